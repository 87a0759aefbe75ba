#pragma once
// Create > New tape library: a changer target with LTO drives, slots, IE
// ports and barcoded cartridges, created by library.create (one libraries[]
// entry of shared/CONFIG.md).
#include "gui/rpc_sequence.h"

#include <QWizard>

namespace storlab::gui {

class ConnectionManager;
class SummaryPage;

class NewTapeLibraryWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewTapeLibraryWizard(ConnectionManager* connection, QWidget* parent = nullptr);
    QJsonObject libraryConfig() const;
    SummaryPage* summaryPage() const { return summary_; }
    void reject() override;

private:
    SummaryPage* summary_;
};

} // namespace storlab::gui
