#pragma once
// The counters of `stats.get` in the Prometheus text exposition format 0.0.4
// (design.md §6; https://prometheus.io/docs/instrumenting/exposition_formats/),
// served by MetricsServer on GET /metrics. Per LU: labels target, tid, lun, type.
#include "admin/admin_host.h"
#include "shared/lab_config.h"

#include <QByteArray>

namespace storlab::admin {

QByteArray metricsText(const AdminHost& host, const config::LabConfig& running);

// A label value escaped as the format requires: backslash, double quote, line feed.
QString escapeLabelValue(const QString& value);

} // namespace storlab::admin
