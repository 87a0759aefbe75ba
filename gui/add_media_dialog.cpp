#include "gui/add_media_dialog.h"

#include "gui/connection_manager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace storlab::gui {

QString AddMediaDialog::nextBarcode(const QString& barcode)
{
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < barcode.size();) {
        int j = i;
        while (j < barcode.size() && barcode[j].isDigit())
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = qMax(j, i + 1);
    }
    if (bestStart < 0)
        return {};
    const qulonglong next = barcode.mid(bestStart, bestLength).toULongLong() + 1;
    const QString digits = QStringLiteral("%1").arg(next, bestLength, 10, QLatin1Char('0'));
    if (digits.size() > bestLength)
        return {};
    QString out = barcode;
    out.replace(bestStart, bestLength, digits);
    return out;
}

AddMediaDialog::AddMediaDialog(ConnectionManager* connection, const QJsonObject& library, QWidget* parent)
    : RpcDialog(connection, parent), library_(library),
      dvd_(library.value(QLatin1String("driveType")).toString() == QLatin1String("dvd"))
{
    const QString name = library.value(QLatin1String("name")).toString();
    setObjectName(QStringLiteral("addMediaDialog"));
    setWindowTitle(dvd_ ? tr("Add blank discs to %1").arg(name) : tr("Add cartridges to %1").arg(name));
    setAccessibleName(windowTitle());
    auto* intro = new QLabel(dvd_ ? tr("Blank DVD+R discs come in through an import/export port into the first empty "
                                       "slots. To add disc images, drop .iso files on a slot in the Library tab.")
                                  : tr("New cartridges come in through an import/export port into the first empty slots."),
                             this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    first_ = new QLineEdit(this);
    first_->setObjectName(QStringLiteral("firstBarcode"));
    first_->setAccessibleName(tr("First barcode"));
    // Volume tags are up to 32 characters of upper-case letters and digits (SMC-3 §6.3.3).
    first_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Z0-9]{1,32}")), first_));
    form()->addRow(tr("&First barcode:"), first_);
    count_ = new QSpinBox(this);
    count_->setObjectName(QStringLiteral("mediaCount"));
    count_->setAccessibleName(dvd_ ? tr("Number of discs") : tr("Number of cartridges"));
    const int free = library.value(QLatin1String("slots")).toInt() - library.value(QLatin1String("media")).toInt();
    count_->setRange(1, qMax(1, free));
    count_->setValue(qMin(qMax(1, free), dvd_ ? 2 : 4));
    form()->addRow(dvd_ ? tr("&Discs:") : tr("&Cartridges:"), count_);
    if (!dvd_) {
        generation_ = new QComboBox(this);
        generation_->setAccessibleName(tr("LTO generation"));
        // "LTO-6" (library.list); cartridges of the two generations before can be read too.
        const QString ownText = library.value(QLatin1String("generation")).toString();
        const int own = ownText.section(QLatin1Char('-'), -1).toInt() > 0 ? ownText.section(QLatin1Char('-'), -1).toInt() : 6;
        for (int g = qMax(1, own - 2); g <= own; ++g)
            generation_->addItem(QStringLiteral("LTO-%1").arg(g), g);
        generation_->setCurrentIndex(generation_->count() - 1);
        form()->addRow(tr("&Generation:"), generation_);
        worm_ = new QCheckBox(tr("&WORM (write once)"), this);
        form()->addRow(QString(), worm_);
    }
    summary_ = new QLabel(this);   // one line: a word-wrapped label in a form row is cut to one line
    form()->addRow(tr("Barcodes:"), summary_);
    setOkText(tr("&Add"));
    connect(first_, &QLineEdit::textChanged, this, &AddMediaDialog::updateSummary);
    connect(count_, &QSpinBox::valueChanged, this, &AddMediaDialog::updateSummary);

    reloadState();
    updateSummary();
    resize(520, sizeHint().height());
}

// The barcodes in the library now; after a partly done run the next
// suggestion follows the ones just created.
void AddMediaDialog::reloadState()
{
    first_->clear();
    QPointer<AddMediaDialog> self(this);
    connection()->call(QStringLiteral("media.list"), {{QStringLiteral("library"), library_.value(QLatin1String("name"))}},
                       [self](const rpc::RpcReply& r) {
                           if (!self)
                               return;
                           QStringList barcodes;
                           for (const QJsonValue& m : r.result.toArray())
                               barcodes << m.toObject().value(QLatin1String("barcode")).toString();
                           self->suggest(barcodes);
                       });
}

void AddMediaDialog::suggest(const QStringList& barcodes)
{
    if (!first_->text().isEmpty())
        return;
    // Tape barcodes end in the media id (LTO-6 data: "L6", WORM: "LW"): follow the data series.
    const QString gen = generation_ ? QStringLiteral("L%1").arg(generation_->currentData().toInt()) : QString();
    QString highest;
    for (const QString& b : barcodes)
        if (b.endsWith(gen) && (b.size() > highest.size() || (b.size() == highest.size() && b > highest)))
            highest = b;
    first_->setText(highest.isEmpty() ? (dvd_ ? QStringLiteral("DVD001") : QStringLiteral("A00000") + gen) : nextBarcode(highest));
}

void AddMediaDialog::updateSummary()
{
    QString last = first_->text();
    for (int i = 1; i < count_->value() && !last.isEmpty(); ++i)
        last = nextBarcode(last);
    summary_->setText(first_->text().isEmpty() ? QString()
                      : last.isEmpty()         ? tr("The barcodes run out of digits: choose a lower first barcode.")
                      : count_->value() == 1   ? first_->text()
                                               : tr("%1 … %2").arg(first_->text(), last));
}

QList<RpcSequence::Step> AddMediaDialog::steps(QString* problem)
{
    if (!first_->hasAcceptableInput()) {
        *problem = tr("Enter the first barcode: capital letters and digits, e.g. A00010L6.");
        return {};
    }
    QList<RpcSequence::Step> out;
    QString barcode = first_->text();
    for (int i = 0; i < count_->value(); ++i) {
        if (barcode.isEmpty()) {
            *problem = tr("The barcodes run out of digits: choose a lower first barcode.");
            return {};
        }
        QJsonObject p{{QStringLiteral("library"), library_.value(QLatin1String("name"))},
                      {QStringLiteral("first"), barcode},
                      {QStringLiteral("count"), 1}};
        if (dvd_) {
            p.insert(QStringLiteral("type"), QStringLiteral("dvd+r"));
        } else {
            p.insert(QStringLiteral("generation"), generation_->currentText());
            if (worm_->isChecked())
                p.insert(QStringLiteral("worm"), true);
        }
        out.append({tr("Creating %1 (%2 of %3)").arg(barcode).arg(i + 1).arg(count_->value()),
                    QStringLiteral("library.addCartridges"), p});
        barcode = nextBarcode(barcode);
    }
    return out;
}

} // namespace storlab::gui
