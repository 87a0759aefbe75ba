#include "cli/tgtadm_getopt.h"

#include <cstdio>

namespace storlab::cli::tgtadm {

namespace {

void complain(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
}

} // namespace

Getopt::Getopt(QStringList argv, const char* shortOptions, QList<LongOption> longOptions)
    : argv_(std::move(argv)), shortOptions_(QString::fromLatin1(shortOptions)), longOptions_(std::move(longOptions))
{
}

int Getopt::next()
{
    optarg_.clear();
    if (!bundle_.isEmpty())
        return shortOption();
    while (index_ < argv_.size()) {
        const QString a = argv_[index_];
        if (a == QLatin1String("--")) {
            nonOptions_ << argv_.mid(index_ + 1);
            index_ = int(argv_.size());
            return -1;
        }
        if (a.startsWith(QLatin1String("--"))) {
            ++index_;
            return longOption(a.mid(2));
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            ++index_;
            bundle_ = a.mid(1);
            return shortOption();
        }
        nonOptions_ << a;   // permuted to the end, as GNU getopt does
        ++index_;
    }
    return -1;
}

int Getopt::longOption(const QString& body)
{
    const QString prog = argv_.value(0);
    const QString name = body.section(QLatin1Char('='), 0, 0);
    const bool hasValue = body.contains(QLatin1Char('='));
    const LongOption* found = nullptr;
    QList<const LongOption*> prefixed;
    for (const LongOption& o : longOptions_) {
        const QString n = QLatin1String(o.name);
        if (n == name) {
            found = &o;
            break;
        }
        if (n.startsWith(name))
            prefixed << &o;
    }
    if (!found && prefixed.size() == 1)
        found = prefixed.first();
    if (!found && prefixed.size() > 1) {
        QString text = QStringLiteral("%1: option '--%2' is ambiguous; possibilities:").arg(prog, name);
        for (const LongOption* o : prefixed)
            text += QStringLiteral(" '--%1'").arg(QLatin1String(o->name));
        complain(text + QLatin1Char('\n'));
        return '?';
    }
    if (!found) {
        complain(QStringLiteral("%1: unrecognized option '--%2'\n").arg(prog, body));
        return '?';
    }
    if (!found->hasArg) {
        if (hasValue) {
            complain(QStringLiteral("%1: option '--%2' doesn't allow an argument\n").arg(prog, QLatin1String(found->name)));
            return '?';
        }
        return found->val;
    }
    if (hasValue) {
        optarg_ = body.section(QLatin1Char('='), 1);
    } else if (index_ < argv_.size()) {
        optarg_ = argv_[index_++];
    } else {
        complain(QStringLiteral("%1: option '--%2' requires an argument\n").arg(prog, QLatin1String(found->name)));
        return '?';
    }
    return found->val;
}

int Getopt::shortOption()
{
    const QString prog = argv_.value(0);
    const QChar c = bundle_.at(0);
    bundle_.remove(0, 1);
    const qsizetype at = c == QLatin1Char(':') ? -1 : shortOptions_.indexOf(c);
    if (at < 0) {
        bundle_.clear();
        complain(QStringLiteral("%1: invalid option -- '%2'\n").arg(prog, QString(c)));
        return '?';
    }
    const bool takesArg = at + 1 < shortOptions_.size() && shortOptions_.at(at + 1) == QLatin1Char(':');
    if (!takesArg)
        return c.toLatin1();
    if (!bundle_.isEmpty()) {
        optarg_ = bundle_;
        bundle_.clear();
    } else if (index_ < argv_.size()) {
        optarg_ = argv_[index_++];
    } else {
        complain(QStringLiteral("%1: option requires an argument -- '%2'\n").arg(prog, QString(c)));
        return '?';
    }
    return c.toLatin1();
}

} // namespace storlab::cli::tgtadm
