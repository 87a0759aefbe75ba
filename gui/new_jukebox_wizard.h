#pragma once
// Create > New DVD jukebox: a changer target with DVD drives, slots, IE
// ports and discs (samples, blanks, images), created by library.create with
// "drives": {"type": "dvd"} (shared/CONFIG.md, "DVD jukeboxes").
#include "gui/rpc_sequence.h"

#include <QWizard>

namespace storlab::gui {

class ConnectionManager;
class JukeboxMediaPage;
class SummaryPage;

class NewJukeboxWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewJukeboxWizard(ConnectionManager* connection, QWidget* parent = nullptr);
    QJsonObject libraryConfig() const;
    SummaryPage* summaryPage() const { return summary_; }
    JukeboxMediaPage* mediaPage() const { return media_; }
    void reject() override;

private:
    JukeboxMediaPage* media_;
    SummaryPage* summary_;
};

} // namespace storlab::gui
