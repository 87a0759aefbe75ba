#include "admin/library_elements.h"

#include <QRegularExpression>

namespace storlab::admin {

namespace {
constexpr scsi::ElementType kTypes[] = {scsi::ElementType::MediumTransport, scsi::ElementType::Storage,
                                        scsi::ElementType::ImportExport, scsi::ElementType::DataTransfer};
int firstNumber(scsi::ElementType t)
{
    return t == scsi::ElementType::Storage || t == scsi::ElementType::ImportExport ? 1 : 0;
}
} // namespace

QString elementName(const scsi::ElementLayout& layout, uint16_t address)
{
    for (scsi::ElementType t : kTypes) {
        const int base = layout.base(t);
        if (address >= base && address < base + layout.count(t))
            return QStringLiteral("%1:%2").arg(QLatin1String(scsi::elementTypeName(t))).arg(address - base + firstNumber(t));
    }
    return QStringLiteral("0x%1").arg(address, 4, 16, QLatin1Char('0'));
}

std::optional<uint16_t> resolveElement(const scsi::SmcChanger& changer, const QJsonValue& value, QString* error)
{
    const scsi::ElementLayout& layout = changer.layout();
    auto known = [&](qint64 a) -> std::optional<uint16_t> {
        for (scsi::ElementType t : kTypes)
            if (a >= layout.base(t) && a < layout.base(t) + layout.count(t))
                return uint16_t(a);
        *error = QStringLiteral("%1 is not an element address of this library: library.show lists them").arg(a);
        return std::nullopt;
    };
    if (value.isDouble())
        return known(qint64(value.toDouble()));
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        *error = QStringLiteral("expected an element: slot:N, ie:N, drive:N, an element address or a barcode");
        return std::nullopt;
    }
    static const QRegularExpression named(QStringLiteral("^(slot|ie|drive|transport)[: ]?(\\d+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = named.match(text); m.hasMatch()) {
        const QString kind = m.captured(1).toLower();
        for (scsi::ElementType t : kTypes) {
            if (kind != QLatin1String(scsi::elementTypeName(t)))
                continue;
            const int index = m.captured(2).toInt() - firstNumber(t);
            if (auto a = changer.addressOf(t, index))
                return *a;
            const int first = firstNumber(t);
            *error = layout.count(t) ? QStringLiteral("%1: this library has %2 %3 element(s), %3:%4 .. %3:%5")
                                           .arg(text).arg(layout.count(t)).arg(kind).arg(first).arg(first + layout.count(t) - 1)
                                     : QStringLiteral("%1: this library has no %2 elements").arg(text, kind);
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 n = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toLongLong(&ok, 16) : text.toLongLong(&ok, 10);
    if (ok)
        return known(n);
    if (auto a = changer.addressOfBarcode(text.toStdString()))
        return *a;
    *error = QStringLiteral("%1: no such element and no medium with that barcode in the library (use slot:N, ie:N, drive:N, an address, or a barcode from media.list)").arg(text);
    return std::nullopt;
}

} // namespace storlab::admin
