#pragma once
// One logging category per component (design.md §6). Enable with
// QT_LOGGING_RULES or storlabd --log-level.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDaemon)   // storlab.daemon
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // storlab.net
Q_DECLARE_LOGGING_CATEGORY(lcIscsi)    // storlab.iscsi
Q_DECLARE_LOGGING_CATEGORY(lcLogin)    // storlab.iscsi.login
Q_DECLARE_LOGGING_CATEGORY(lcScsi)     // storlab.scsi
Q_DECLARE_LOGGING_CATEGORY(lcConfig)   // storlab.config
