#include "gui/disk_storage_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
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
    setAvailableStores({});
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
    sizeRow_ = sizeRow;
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
    auto lineEdit = [this](const char* name, const QString& accessible, const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        return e;
    };
    cephConf_ = lineEdit("cephConfEdit", tr("Ceph configuration file"), QStringLiteral("/etc/ceph/ceph.conf"));
    cephId_ = lineEdit("cephIdEdit", tr("Ceph client id"), QStringLiteral("admin"));
    cephKeyring_ = lineEdit("cephKeyringEdit", tr("Ceph keyring"), tr("from the configuration file"));
    glusterPort_ = lineEdit("glusterPortEdit", tr("glusterd port"), QStringLiteral("24007"));

    auto* form = new QFormLayout(this);
    form_ = form;
    form->addRow(tr("&Store:"), store_);
    form->addRow(tr("&Image file:"), pathRow);
    form->addRow(tr("Ceph &conf:"), cephConf_);
    form->addRow(tr("Client &id:"), cephId_);
    form->addRow(tr("&Keyring:"), cephKeyring_);
    form->addRow(tr("glusterd &port:"), glusterPort_);
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
    connect(store_, &QComboBox::currentIndexChanged, this, &DiskStoragePage::storeChanged);
    storeChanged();
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

void DiskStoragePage::setAvailableStores(const QStringList& stores)
{
    static const QList<QPair<QString, const char*>> known{
        {QStringLiteral("rdwr"), QT_TR_NOOP("File, thread pool (rdwr)")},
        {QStringLiteral("aio"), QT_TR_NOOP("File, Linux AIO (aio)")},
        {QStringLiteral("uring"), QT_TR_NOOP("File, io_uring (uring)")},
        {QStringLiteral("null"), QT_TR_NOOP("No storage, discards writes (null)")},
        {QStringLiteral("rbd"), QT_TR_NOOP("Ceph RBD image (rbd)")},
        {QStringLiteral("glfs"), QT_TR_NOOP("GlusterFS volume file (glfs)")},
    };
    const QString current = store_->currentData().toString();
    store_->clear();
    for (const auto& [name, label] : known)
        if (stores.isEmpty() ? name != QLatin1String("rbd") && name != QLatin1String("glfs") : stores.contains(name))
            store_->addItem(tr(label), name);
    for (const QString& s : stores) // a store this GUI does not describe yet
        if (store_->findData(s) < 0)
            store_->addItem(s, s);
    if (int i = store_->findData(current); i >= 0)
        store_->setCurrentIndex(i);
}

void DiskStoragePage::storeChanged()
{
    const QString s = store_->currentData().toString();
    const bool rbd = s == QLatin1String("rbd"), glfs = s == QLatin1String("glfs");
    if (!form_)
        return;
    for (QWidget* w : {static_cast<QWidget*>(cephConf_), static_cast<QWidget*>(cephId_), static_cast<QWidget*>(cephKeyring_)})
        form_->setRowVisible(w, rbd);
    form_->setRowVisible(glusterPort_, glfs);
    form_->setRowVisible(sizeRow_, !rbd); // an RBD image has its size in Ceph
    const bool network = rbd || glfs;
    if (network && path_->text().startsWith(QLatin1Char('/'))) {
        filePath_ = path_->text();
        path_->clear();
    } else if (!network && path_->text().isEmpty() && !filePath_.isEmpty()) {
        path_->setText(filePath_);
    }
    path_->setPlaceholderText(rbd ? tr("pool/image or pool/image@snapshot") : glfs ? tr("volume@host:/image.img") : QString());
    path_->setAccessibleName(rbd ? tr("RBD image") : glfs ? tr("GlusterFS volume and file") : tr("Image file path"));
    path_->setEnabled(s != QLatin1String("null"));
    emit completeChanged();
}

QString DiskStoragePage::bsopts() const
{
    QStringList parts;
    auto add = [&](const char* key, const QLineEdit* e) {
        if (!e->text().trimmed().isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + e->text().trimmed();
    };
    const QString s = store_->currentData().toString();
    if (s == QLatin1String("rbd")) {
        add("conf", cephConf_);
        add("id", cephId_);
        add("keyring", cephKeyring_);
    } else if (s == QLatin1String("glfs")) {
        add("port", glusterPort_);
    }
    return parts.join(QLatin1Char(';'));
}

bool DiskStoragePage::sizeApplies() const
{
    return store_->currentData() != QLatin1String("rbd");
}

bool DiskStoragePage::isComplete() const
{
    const QString s = store_->currentData().toString();
    const QString p = path_->text().trimmed();
    if (s == QLatin1String("rbd")) // [pool/]image[@snapshot]
        return QRegularExpression(QStringLiteral("^([^/@\\s]+/)?[^/@\\s]+(@[^/@\\s]+)?$")).match(p).hasMatch();
    if (s == QLatin1String("glfs")) { // volume@host:/file
        bool portOk = true;
        if (!glusterPort_->text().trimmed().isEmpty()) {
            const int port = glusterPort_->text().trimmed().toInt(&portOk);
            portOk = portOk && port > 0 && port < 65536;
        }
        return portOk && QRegularExpression(QStringLiteral("^[^@\\s]+@[^:\\s]+:.+$")).match(p).hasMatch();
    }
    return s == QLatin1String("null") || p.startsWith(QLatin1Char('/'));
}

qint64 DiskStoragePage::sizeBytes() const
{
    const QString u = unit_->currentData().toString();
    const int shift = u == QLatin1String("M") ? 20 : u == QLatin1String("G") ? 30 : 40;
    return qint64(size_->value()) << shift;
}

} // namespace storlab::gui
