#pragma once
// Import of tgt-admin's targets.conf (the format of tgt's conf/targets.conf.example)
// into a LabConfig. Every directive that cannot be honoured is reported with
// its file, line and reason instead of being dropped silently.
#include "shared/lab_config.h"

#include <QList>
#include <QString>

namespace storlab::config {

struct ImportIssue {
    QString file;
    int line = 0;
    QString directive;
    QString reason;
    QString toString() const;  // "file:line: directive: reason"
};

struct TargetsConfImport {
    LabConfig config;            // targets, LUNs, accounts, ACLs (tids from controller_tid or in order)
    QList<ImportIssue> issues;   // what was not honoured, in file order
    bool fatal = false;          // the file could not be read or parsed at all
};

// Reads `path` (and the files its `include` lines name; globs allowed, relative
// to the including file's directory).
TargetsConfImport importTargetsConf(const QString& path);
// Parses text; `fileName` is used in issues, `baseDir` resolves relative includes.
TargetsConfImport parseTargetsConf(const QString& text, const QString& fileName, const QString& baseDir);

} // namespace storlab::config
