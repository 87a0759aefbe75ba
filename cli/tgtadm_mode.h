#pragma once
// The tgtadm-compatible front-end of storlabctl (issue 4, engineer 4b):
// `storlabctl --lld iscsi --mode target --op new --tid 1 --targetname ...`,
// or the binary invoked as `tgtadm`.
#include <QStringList>

namespace storlab::cli {

// True when argv selects tgtadm syntax: argv[0] is "tgtadm", or an argument is
// --mode/-m/--op/-o/--lld/-L (or their --x=value forms).
bool isTgtadmInvocation(const QStringList& argv);
// Runs tgtadm syntax; returns the process exit code (tgtadm's codes).
int runTgtadm(const QStringList& argv);

} // namespace storlab::cli
