#pragma once
// New DVD jukebox wizard: sample discs, blank DVD+Rs and ISO images/archives
// (paths on the daemon's machine) put in the slots.
// Fields: "samples", "blanks"; images() for the list.
#include <QWizardPage>

class QListWidget;
class QSpinBox;

namespace storlab::gui {

class JukeboxMediaPage : public QWizardPage {
    Q_OBJECT
public:
    explicit JukeboxMediaPage(QWidget* parent = nullptr);
    QStringList images() const;
    void addImage(const QString& path);
    bool isComplete() const override;

private:
    QSpinBox* samples_;
    QSpinBox* blanks_;
    QListWidget* images_;
};

} // namespace storlab::gui
