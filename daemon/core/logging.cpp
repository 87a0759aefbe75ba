#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDaemon, "storlab.daemon", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "storlab.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIscsi, "storlab.iscsi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogin, "storlab.iscsi.login", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScsi, "storlab.scsi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "storlab.config", QtInfoMsg)
