#pragma once
// Turns the configuration's accounts, bindings and ACLs into the immutable
// snapshots the login code reads (iscsi/target_access.h).
#include "iscsi/target_access.h"
#include "shared/lab_config.h"

#include <memory>

namespace storlab::app {

std::shared_ptr<const iscsi::TargetAccess> buildTargetAccess(const config::LabConfig& config,
                                                             const config::TargetConfig& target);
std::shared_ptr<const iscsi::TargetAccess> buildDiscoveryAccess(const config::LabConfig& config);
// Logs a warning for each CHAP secret shorter than RFC 7143 §9.2.1's 96 bits (12 bytes).
void warnAboutWeakSecrets(const config::LabConfig& config);

} // namespace storlab::app
