#include "cli/connect.h"

#include "shared/rpc_paths.h"

#include <QFile>

namespace storlab::cli {

rpc::ConnectOptions connectFromEnvironment()
{
    rpc::ConnectOptions o;
    o.url = rpc::clientSocketPath();
    o.token = qEnvironmentVariable("STORLAB_TOKEN");
    return o;
}

QStringList argsAfterConnectOptions(const QStringList& argv)
{
    QStringList args = argv.mid(1);
    rpc::ConnectOptions ignored;
    QString error;
    takeConnectOptions(args, ignored, &error);
    args.removeAll(QStringLiteral("--json"));
    return args;
}

bool takeConnectOptions(QStringList& args, rpc::ConnectOptions& options, QString* error)
{
    options = connectFromEnvironment();
    // --user and --password-file name the connection's credentials only before
    // the command (NOUN VERB): after it they belong to the command, e.g.
    // `admin-user set NAME --password-file F`, `account create USER --password-file F`.
    bool beforeCommand = true;
    for (int i = 0; i < args.size();) {
        const QString a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            beforeCommand = false;
            ++i;
            continue;
        }
        auto value = [&](QString* out) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            *out = args[i + 1];
            args.remove(i, 2);
            return true;
        };
        QString v;
        if (a == QLatin1String("--socket")) {
            if (!value(&options.url))
                return false;
        } else if (a == QLatin1String("--connect")) {
            if (!value(&options.url))
                return false;
            if (!options.url.startsWith(QLatin1String("tls://")) && !options.url.startsWith(QLatin1String("unix:"))) {
                *error = QStringLiteral("--connect: expected tls://HOST:PORT or unix:PATH");
                return false;
            }
        } else if (beforeCommand && a == QLatin1String("--user")) {
            if (!value(&options.user))
                return false;
        } else if (a == QLatin1String("--token")) {
            if (!value(&options.token))
                return false;
        } else if (a == QLatin1String("--ca")) {
            if (!value(&options.caFile))
                return false;
        } else if (a == QLatin1String("--insecure")) {
            options.insecure = true;
            args.removeAt(i);
        } else if (beforeCommand && a == QLatin1String("--password-file")) {
            if (!value(&v))
                return false;
            QFile f(v);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("--password-file %1: %2").arg(v, f.errorString());
                return false;
            }
            options.password = QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0);
        } else {
            ++i;
        }
    }
    if (options.url.startsWith(QLatin1String("tls://")) && options.token.isEmpty() && options.user.isEmpty()) {
        *error = QStringLiteral("--connect tls://... needs --user U --password-file F, or --token T");
        return false;
    }
    return true;
}

} // namespace storlab::cli
