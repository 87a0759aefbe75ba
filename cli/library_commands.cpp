#include "cli/library_commands.h"

#include "cli/commands.h"

#include "cli/connect.h"
#include "cli/output.h"
#include "shared/rpc_blocking.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace storlab::cli {

namespace {

struct Verb {
    const char* noun;
    const char* verb;
    const char* method;
    QStringList positional;
    QStringList columns;
    const char* help;
};

const QList<Verb>& verbs()
{
    static const QList<Verb> list{
        {"library", "list", "library.list", {}, {"name", "iqn", "personality", "driveType", "drives", "slots", "ieSlots", "media", "sessions"},
         "tape libraries and DVD jukeboxes"},
        {"library", "show", "library.show", {"name"}, {}, "NAME: elements (slots, drives, IE ports) with barcodes"},
        {"library", "create", "library.create", {}, {},
         "--name N [--iqn IQN] [--personality ibm-ts3500] [--drives 2] [--drive-type tape|dvd] [--generation LTO-6] [--slots 20] "
         "[--ie 4] [--cartridges A00000L6:10[,W00000LW:1:worm]] [--capacity 8G] [--changer-lun 0] [--first-lun 1] [--alias A]"},
        {"library", "delete", "library.delete", {"name"}, {}, "NAME [--force]: --force drops its sessions"},
        {"library", "add-cartridges", "library.addCartridges", {"library"}, {"barcode", "location", "path"},
         "LIBRARY --first A00010L6 [--count 5] [--generation LTO-6] [--capacity 8G] [--worm]"},
        {"changer", "move", "changer.move", {"library", "from", "to"}, {}, "LIBRARY FROM TO: slot:N, ie:N, drive:N (from 0), an address or a barcode"},
        {"changer", "import", "changer.import", {"library", "barcode"}, {}, "LIBRARY BARCODE [--to ie:N]: bring an exported medium back into an IE port"},
        {"changer", "export", "changer.export", {"library", "from"}, {}, "LIBRARY IE: take the medium out of an IE port"},
        {"media", "list", "media.list", {"library"}, {"library", "barcode", "type", "capacity", "used", "worm", "location"}, "[LIBRARY]: cartridges and discs"},
        {"media", "create", "media.create", {"library", "barcode"}, {},
         "LIBRARY BARCODE [--generation LTO-6] [--capacity 8G] [--worm] [--type tape|dvd+r] [--to slot:N]"},
        {"media", "delete", "media.delete", {"library", "barcode"}, {}, "LIBRARY BARCODE: take it out of the library and delete its file (not when loaded)"},
    };
    return list;
}

QJsonValue typed(const QString& text)
{
    if (text == QLatin1String("true") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no"))
        return false;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? QJsonValue(double(n)) : QJsonValue(text);
}

void usage(FILE* out, const QString& noun)
{
    std::fprintf(out, "usage: storlabctl [connection options] [--json] NOUN VERB [ARGS]\n\n");
    for (const Verb& v : verbs())
        if (noun.isEmpty() || noun == QLatin1String(v.noun))
            std::fprintf(out, "  %-8s %-15s %s\n", v.noun, v.verb, v.help);
}

// `library create` flags -> one libraries[] entry (shared/CONFIG.md).
bool libraryEntry(const QJsonObject& flags, QJsonObject& entry, QString* error)
{
    static const QStringList known{"name", "iqn", "alias", "tpgt", "personality", "drives", "driveType", "generation", "slots", "ie",
                                   "ieSlots", "cartridges", "capacity", "changerLun", "firstLun", "vendor", "synchronous", "mediaDir"};
    for (auto it = flags.begin(); it != flags.end(); ++it)
        if (!known.contains(it.key())) {
            *error = QStringLiteral("library create: unknown option --%1").arg(it.key());
            return false;
        }
    const QString name = flags.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        *error = QStringLiteral("library create: --name NAME is required");
        return false;
    }
    entry[QStringLiteral("name")] = name;
    entry[QStringLiteral("iqn")] = flags.contains(QLatin1String("iqn")) ? flags.value(QLatin1String("iqn"))
                                                                        : QJsonValue(QStringLiteral("iqn.2026-11.lab.storlab:") + name.toLower());
    for (const char* k : {"alias", "tpgt", "personality", "slots", "changerLun", "mediaDir"})
        if (flags.contains(QLatin1String(k)))
            entry[QLatin1String(k)] = flags.value(QLatin1String(k));
    if (flags.contains(QLatin1String("ie")) || flags.contains(QLatin1String("ieSlots")))
        entry[QStringLiteral("ieSlots")] = flags.contains(QLatin1String("ie")) ? flags.value(QLatin1String("ie")) : flags.value(QLatin1String("ieSlots"));
    QJsonObject drives;
    const QStringList driveKeys{"drives", "driveType", "generation", "firstLun", "vendor", "synchronous"};
    const QStringList driveNames{"count", "type", "generation", "firstLun", "vendor", "synchronous"};
    for (int i = 0; i < driveKeys.size(); ++i)
        if (flags.contains(driveKeys[i]))
            drives[driveNames[i]] = flags.value(driveKeys[i]);
    if (!drives.isEmpty())
        entry[QStringLiteral("drives")] = drives;
    const bool dvd = drives.value(QLatin1String("type")).toString() == QLatin1String("dvd");
    if (flags.contains(QLatin1String("cartridges"))) {
        // FIRST:COUNT[:worm], comma-separated; --capacity applies to each set.
        QJsonArray sets;
        for (const QString& spec : flags.value(QLatin1String("cartridges")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = spec.split(QLatin1Char(':'));
            QJsonObject set{{QStringLiteral("first"), parts.value(0)}};
            bool ok = true;
            if (parts.size() > 1)
                set[QStringLiteral("count")] = parts[1].toInt(&ok);
            if (!ok || parts.size() > 3 || (parts.size() == 3 && parts[2] != QLatin1String("worm"))) {
                *error = QStringLiteral("--cartridges %1: expected FIRST:COUNT[:worm], e.g. A00000L6:10").arg(spec);
                return false;
            }
            if (parts.size() == 3)
                set[QStringLiteral("worm")] = true;
            if (flags.contains(QLatin1String("capacity")))
                set[QStringLiteral("capacity")] = flags.value(QLatin1String("capacity")).isDouble()
                                                      ? flags.value(QLatin1String("capacity"))
                                                      : QJsonValue(flags.value(QLatin1String("capacity")).toString());
            if (dvd)
                set[QStringLiteral("blank")] = QStringLiteral("dvd+r");
            sets.append(set);
        }
        entry[dvd ? QStringLiteral("discs") : QStringLiteral("cartridges")] = sets;
    }
    return true;
}

void printShow(const QJsonObject& o)
{
    QJsonObject summary = o;
    const QJsonArray elements = o.value(QLatin1String("elements")).toArray();
    summary.remove(QStringLiteral("elements"));
    summary.remove(QStringLiteral("vault"));
    std::fputs(renderHuman(summary).toUtf8().constData(), stdout);
    QJsonArray rows;
    for (const QJsonValue& v : elements) {
        QJsonObject e = v.toObject();
        if (e.value(QLatin1String("type")).toString() == QLatin1String("transport"))
            continue;
        const QJsonObject d = e.value(QLatin1String("drive")).toObject();
        if (!d.isEmpty())
            e[QStringLiteral("lun")] = d.value(QLatin1String("lun"));
        e[QStringLiteral("address")] = QStringLiteral("0x%1").arg(e.value(QLatin1String("address")).toInt(), 4, 16, QLatin1Char('0'));
        rows.append(e);
    }
    std::printf("\n");
    std::fputs(renderHuman(rows, {"name", "address", "barcode", "mediaType", "lun", "sourceName"}).toUtf8().constData(), stdout);
    const QJsonArray vault = o.value(QLatin1String("vault")).toArray();
    if (!vault.isEmpty()) {
        std::printf("\noutside the library (changer import brings them back):\n");
        std::fputs(renderHuman(vault, {"barcode", "mediaType"}).toUtf8().constData(), stdout);
    }
}

} // namespace

bool isLibraryCommand(const QStringList& argv)
{
    const QString noun = argsAfterConnectOptions(argv).value(0);
    return noun == QLatin1String("library") || noun == QLatin1String("changer") || noun == QLatin1String("media");
}

int runLibraryCommand(const QStringList& argv)
{
    QStringList args = argv.mid(1);
    rpc::ConnectOptions conn;
    QString error;
    if (!takeConnectOptions(args, conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 2;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    const QString noun = args.value(0), verb = args.value(1);
    const Verb* cmd = nullptr;
    for (const Verb& v : verbs())
        if (noun == QLatin1String(v.noun) && verb == QLatin1String(v.verb))
            cmd = &v;
    if (!cmd) {
        const bool help = verb == QLatin1String("--help") || verb == QLatin1String("help");
        if (!verb.isEmpty() && !help)
            std::fprintf(stderr, "storlabctl: unknown command '%s %s'\n", qPrintable(noun), qPrintable(verb));
        usage(help ? stdout : stderr, noun);
        return help ? 0 : 2;
    }
    QJsonObject params;
    QStringList positional;
    static const QStringList flags{QStringLiteral("force"), QStringLiteral("worm"), QStringLiteral("synchronous")};
    static const QStringList strings{QStringLiteral("name"), QStringLiteral("iqn"), QStringLiteral("barcode"), QStringLiteral("first"),
                                     QStringLiteral("capacity"), QStringLiteral("cartridges"), QStringLiteral("from"), QStringLiteral("to"),
                                     QStringLiteral("library"), QStringLiteral("alias")};
    for (int i = 2; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::printf("storlabctl %s %s %s\n", cmd->noun, cmd->verb, cmd->help);
            return 0;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            positional << a;
            continue;
        }
        QString key = camel(a.mid(2).section(QLatin1Char('='), 0, 0));
        QString value;
        if (a.contains(QLatin1Char('=')))
            value = a.section(QLatin1Char('='), 1);
        else if (flags.contains(key) && (i + 1 >= args.size() || typed(args[i + 1]).isString()))
            value = QStringLiteral("true");
        else if (i + 1 < args.size())
            value = args[++i];
        else {
            std::fprintf(stderr, "storlabctl: --%s needs a value (%s)\n", qPrintable(a.mid(2)), cmd->help);
            return 2;
        }
        params[key] = strings.contains(key) ? QJsonValue(value) : typed(value);
    }
    if (positional.size() > cmd->positional.size()) {
        std::fprintf(stderr, "storlabctl: %s %s: too many arguments (%s)\n", cmd->noun, cmd->verb, cmd->help);
        return 2;
    }
    for (int i = 0; i < positional.size(); ++i)
        params[cmd->positional[i]] = positional[i];
    for (int i = positional.size(); i < cmd->positional.size(); ++i)
        if (!params.contains(cmd->positional[i]) && !(noun == QLatin1String("media") && verb == QLatin1String("list"))) {
            std::fprintf(stderr, "storlabctl: %s %s: missing %s (%s)\n", cmd->noun, cmd->verb, qPrintable(cmd->positional[i].toUpper()), cmd->help);
            return 2;
        }
    const QString method = QLatin1String(cmd->method);
    if (method == QLatin1String("library.create")) {
        QJsonObject entry;
        if (!libraryEntry(params, entry, &error)) {
            std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
            return 2;
        }
        params = entry;
    }
    rpc::BlockingClient client;
    if (!client.connectTo(conn, &error)) {
        std::fprintf(stderr, "storlabctl: %s\n", qPrintable(error));
        return 1;
    }
    const rpc::RpcReply reply = client.call(method, params);
    if (!reply.ok()) {
        std::fprintf(stderr, "storlabctl: %s (error %d)\n", qPrintable(reply.message), reply.code);
        return 1;
    }
    if (json)
        std::fputs(renderJson(reply.result).toUtf8().constData(), stdout);
    else if (method == QLatin1String("library.show"))
        printShow(reply.result.toObject());
    else
        std::fputs(renderHuman(reply.result, cmd->columns).toUtf8().constData(), stdout);
    return 0;
}

} // namespace storlab::cli
