#pragma once
// The running configuration on disk (shared/PROTOCOL.md §9): <dir>/config.json
// written atomically (shared/atomic_file.h) after keeping the previous file as
// config.json.1 .. config.json.N; loading falls back to the newest generation
// that parses when config.json is corrupt.
#include "shared/lab_config.h"

#include <QString>

namespace storlab::admin {

class ConfigStore {
public:
    static constexpr int kGenerations = 5;
    explicit ConfigStore(QString path) : path_(std::move(path)) {}
    const QString& path() const { return path_; }
    // Keeps the current file as generation 1 (shifting older ones), then writes `config`.
    // Returns an empty string or an error message; on error the old file is intact.
    QString save(const config::LabConfig& config);
    // Loads path(); if it does not parse, the newest good generation. `used` says
    // which file was read, `warning` why the newest was skipped. nullopt + error when none parses.
    std::optional<config::LabConfig> load(QString* used, QString* warning, QString* error) const;
    quint64 savedCount() const { return saved_; }

private:
    QString generation(int n) const { return path_ + QLatin1Char('.') + QString::number(n); }
    QString path_;
    quint64 saved_ = 0;
};

} // namespace storlab::admin
