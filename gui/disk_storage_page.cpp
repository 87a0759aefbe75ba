#include "gui/disk_storage_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace storlab::gui {

DiskStoragePage::DiskStoragePage(QWidget* parent) : QWizardPage(parent)
{
    setTitle(tr("Backing store"));
    setSubTitle(tr("Where the disk's blocks live on the daemon's machine."));
    store_ = new QComboBox(this);
    store_->setObjectName(QStringLiteral("storeCombo"));
    store_->setAccessibleName(tr("Backing store type"));
    store_->addItem(tr("File, thread pool (rdwr)"), QStringLiteral("rdwr"));
    store_->addItem(tr("File, Linux AIO (aio)"), QStringLiteral("aio"));
    store_->addItem(tr("File, io_uring (uring)"), QStringLiteral("uring"));
    store_->addItem(tr("No storage, discards writes (null)"), QStringLiteral("null"));
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("pathEdit"));
    path_->setAccessibleName(tr("Image file path"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the image file"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    size_ = new QSpinBox(this);
    size_->setObjectName(QStringLiteral("sizeSpin"));
    size_->setAccessibleName(tr("Size"));
    size_->setRange(1, 1024 * 1024);
    size_->setValue(1);
    unit_ = new QComboBox(this);
    unit_->setObjectName(QStringLiteral("sizeUnit"));
    unit_->setAccessibleName(tr("Size unit"));
    unit_->addItem(QStringLiteral("MiB"), QStringLiteral("M"));
    unit_->addItem(QStringLiteral("GiB"), QStringLiteral("G"));
    unit_->addItem(QStringLiteral("TiB"), QStringLiteral("T"));
    unit_->setCurrentIndex(1);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(size_, 1);
    sizeRow->addWidget(unit_);
    lun_ = new QSpinBox(this);
    lun_->setObjectName(QStringLiteral("lunSpin"));
    lun_->setAccessibleName(tr("LUN"));
    lun_->setRange(0, 16383);
    lun_->setValue(1);
    blockSize_ = new QComboBox(this);
    blockSize_->setObjectName(QStringLiteral("blockSizeCombo"));
    blockSize_->setAccessibleName(tr("Block size"));
    blockSize_->addItem(QStringLiteral("512"), 512);
    blockSize_->addItem(QStringLiteral("4096"), 4096);
    thin_ = new QCheckBox(tr("&Thin provisioning (UNMAP frees space in the file)"), this);
    thin_->setObjectName(QStringLiteral("thinCheck"));
    thin_->setChecked(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Store:"), store_);
    form->addRow(tr("&Image file:"), pathRow);
    form->addRow(tr("Si&ze:"), sizeRow);
    form->addRow(tr("&LUN:"), lun_);
    form->addRow(tr("Bl&ock size:"), blockSize_);
    form->addRow(thin_);
    registerField(QStringLiteral("path"), path_);
    registerField(QStringLiteral("lun"), lun_);
    registerField(QStringLiteral("thin"), thin_);
    registerField(QStringLiteral("store"), store_, "currentData");
    registerField(QStringLiteral("blockSize"), blockSize_, "currentData");
    connect(path_, &QLineEdit::textEdited, this, [this] { pathEdited_ = true; });
    connect(path_, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(store_, &QComboBox::currentIndexChanged, this, [this] {
        path_->setEnabled(store_->currentData() != QLatin1String("null"));
        emit completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Disk image"), path_->text(), {}, nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty()) {
            path_->setText(f);
            pathEdited_ = true;
        }
    });
}

void DiskStoragePage::initializePage()
{
    if (pathEdited_)
        return;
    const QString dir = stateDir_.isEmpty() ? QDir::homePath() : stateDir_;
    path_->setText(dir + QStringLiteral("/images/") + field(QStringLiteral("name")).toString() + QStringLiteral(".img"));
}

bool DiskStoragePage::isComplete() const
{
    return store_->currentData() == QLatin1String("null") || path_->text().startsWith(QLatin1Char('/'));
}

qint64 DiskStoragePage::sizeBytes() const
{
    const QString u = unit_->currentData().toString();
    const int shift = u == QLatin1String("M") ? 20 : u == QLatin1String("G") ? 30 : 40;
    return qint64(size_->value()) << shift;
}

} // namespace storlab::gui
