#include "gui/target_edit_dialog.h"

#include "gui/connection_manager.h"
#include "gui/string_list_editor.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <algorithm>

namespace storlab::gui {

// incomingUsers may list names or {user} objects.
static QStringList userNames(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue& u : a)
        out << (u.isObject() ? u.toObject().value(QLatin1String("user")).toString() : u.toString());
    if (v.isString() && !v.toString().isEmpty())
        out << v.toString();
    if (v.isObject())
        out << v.toObject().value(QLatin1String("user")).toString();
    out.removeAll(QString());
    return out;
}

static QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

TargetEditDialog::TargetEditDialog(ConnectionManager* connection, const QJsonObject& target, QWidget* parent)
    : RpcDialog(connection, parent), target_(target), iqn_(target.value(QLatin1String("iqn")).toString())
{
    setObjectName(QStringLiteral("targetEditDialog"));
    setWindowTitle(tr("Edit target %1").arg(iqn_));
    setAccessibleName(windowTitle());
    resize(620, 600);
    auto* iqn = new QLabel(iqn_, this);
    iqn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Target:"), iqn);
    alias_ = new QLineEdit(target.value(QLatin1String("alias")).toString(), this);
    alias_->setAccessibleName(tr("Alias"));
    alias_->setPlaceholderText(tr("shown to initiators as TargetAlias (optional)"));
    form()->addRow(tr("&Alias:"), alias_);

    auto* access = new QLabel(tr("<b>Who may log in</b> — empty lists admit everyone; a non-empty list must match."), this);
    access->setWordWrap(true);
    form()->addRow(access);
    names_ = new StringListEditor(tr("Allowed initiator names"), tr("iqn.1993-08.org.debian:01:abcdef"), this);
    names_->setItems(strings(target.value(QLatin1String("initiatorNames"))));
    form()->addRow(tr("Initiator &names:"), names_);
    addresses_ = new StringListEditor(tr("Allowed initiator addresses"), tr("10.0.0.5, 10.0.0.0/24, fd00::/64 or ALL"), this);
    addresses_->setItems(strings(target.value(QLatin1String("initiatorAddresses"))));
    form()->addRow(tr("Initiator a&ddresses:"), addresses_);

    auto* chap = new QLabel(tr("<b>CHAP</b> — incoming: the initiator proves who it is; outgoing: the target answers "
                               "(mutual CHAP)."),
                            this);
    chap->setWordWrap(true);
    form()->addRow(chap);
    incoming_ = new StringListEditor(tr("Incoming CHAP users"), tr("user name"), this);
    incoming_->setItems(userNames(target.value(QLatin1String("incomingUsers"))));
    form()->addRow(tr("&Incoming users:"), incoming_);
    incomingSecret_ = new QLineEdit(this);
    incomingSecret_->setEchoMode(QLineEdit::Password);
    incomingSecret_->setAccessibleName(tr("Secret for new incoming users"));
    incomingSecret_->setPlaceholderText(tr("only for users that do not exist yet (12–16 characters)"));
    form()->addRow(tr("New user &secret:"), incomingSecret_);
    outgoing_ = new QLineEdit(userNames(target.value(QLatin1String("outgoingUser"))).value(0), this);
    outgoing_->setAccessibleName(tr("Outgoing CHAP user"));
    outgoing_->setPlaceholderText(tr("empty: no mutual CHAP"));
    form()->addRow(tr("&Outgoing user:"), outgoing_);
    outgoingSecret_ = new QLineEdit(this);
    outgoingSecret_->setEchoMode(QLineEdit::Password);
    outgoingSecret_->setAccessibleName(tr("Secret for a new outgoing user"));
    outgoingSecret_->setPlaceholderText(tr("only when the outgoing user does not exist yet"));
    form()->addRow(tr("Outgoing s&ecret:"), outgoingSecret_);
    const int sessions = target.value(QLatin1String("sessions")).toInt();
    if (sessions > 0) {
        auto* note = new QLabel(tr("%n session(s) logged in: access changes apply at their next login.", nullptr, sessions), this);
        note->setWordWrap(true);
        form()->addRow(note);
    }

    reloadState();
}

// What the daemon has now (after a partly applied change too): the next OK
// computes its differences from this, not from what the dialog opened with.
void TargetEditDialog::reloadState()
{
    QPointer<TargetEditDialog> self(this);
    connection()->call(QStringLiteral("account.list"), {}, [self](const rpc::RpcReply& r) {
        if (!self || !r.ok())
            return;
        self->accounts_.clear();
        for (const QJsonValue& a : r.result.toArray())
            self->accounts_ << a.toObject().value(QLatin1String("user")).toString();
        self->accountsLoaded_ = true;
    });
    connection()->call(QStringLiteral("target.show"), {{QStringLiteral("target"), iqn_}}, [self](const rpc::RpcReply& r) {
        if (self && r.ok())
            self->target_ = r.result.toObject();
    });
}

QList<RpcSequence::Step> TargetEditDialog::steps(QString* problem)
{
    names_->commitTyped();
    addresses_->commitTyped();
    incoming_->commitTyped();
    const QJsonObject t{{QStringLiteral("target"), iqn_}};
    auto with = [&t](std::initializer_list<QPair<QString, QJsonValue>> extra) {
        QJsonObject o = t;
        for (const auto& [k, v] : extra)
            o.insert(k, v);
        return o;
    };
    QList<RpcSequence::Step> out;
    if (alias_->text() != target_.value(QLatin1String("alias")).toString())
        out.append({tr("Setting the alias"), QStringLiteral("target.update"), with({{QStringLiteral("alias"), alias_->text()}})});

    auto diff = [&](const QStringList& before, const QStringList& after, const QString& key, const QString& what) {
        for (const QString& x : before)
            if (!after.contains(x))
                out.append({tr("Removing %1 %2").arg(what, x), QStringLiteral("acl.remove"), with({{key, x}})});
        for (const QString& x : after)
            if (!before.contains(x))
                out.append({tr("Allowing %1 %2").arg(what, x), QStringLiteral("acl.add"), with({{key, x}})});
    };
    diff(strings(target_.value(QLatin1String("initiatorNames"))), names_->items(), QStringLiteral("initiator"), tr("initiator"));
    diff(strings(target_.value(QLatin1String("initiatorAddresses"))), addresses_->items(), QStringLiteral("address"), tr("address"));

    QStringList missingSecret;
    QSet<QString> creating;
    auto ensureAccount = [&](const QString& user, const QString& secret) {
        if (accounts_.contains(user) || creating.contains(user))
            return;
        if (secret.isEmpty()) {
            missingSecret << user;
            return;
        }
        creating << user;
        out.append({tr("Creating CHAP user %1").arg(user), QStringLiteral("account.create"),
                    {{QStringLiteral("user"), user}, {QStringLiteral("password"), secret}}});
    };
    const QStringList inBefore = userNames(target_.value(QLatin1String("incomingUsers")));
    const QStringList inAfter = incoming_->items();
    for (const QString& u : inBefore)
        if (!inAfter.contains(u))
            out.append({tr("Unbinding incoming user %1").arg(u), QStringLiteral("target.unbindAccount"),
                        with({{QStringLiteral("user"), u}, {QStringLiteral("direction"), QStringLiteral("incoming")}})});
    for (const QString& u : inAfter)
        if (!inBefore.contains(u)) {
            ensureAccount(u, incomingSecret_->text());
            out.append({tr("Binding incoming user %1").arg(u), QStringLiteral("target.bindAccount"),
                        with({{QStringLiteral("user"), u}, {QStringLiteral("direction"), QStringLiteral("incoming")}})});
        }
    const QString outBefore = userNames(target_.value(QLatin1String("outgoingUser"))).value(0);
    const QString outAfter = outgoing_->text().trimmed();
    if (outBefore != outAfter) {
        if (!outBefore.isEmpty())
            out.append({tr("Unbinding outgoing user %1").arg(outBefore), QStringLiteral("target.unbindAccount"),
                        with({{QStringLiteral("user"), outBefore}, {QStringLiteral("direction"), QStringLiteral("outgoing")}})});
        if (!outAfter.isEmpty()) {
            ensureAccount(outAfter, outgoingSecret_->text());
            out.append({tr("Binding outgoing user %1").arg(outAfter), QStringLiteral("target.bindAccount"),
                        with({{QStringLiteral("user"), outAfter}, {QStringLiteral("direction"), QStringLiteral("outgoing")}})});
        }
    }
    if (!missingSecret.isEmpty()) {
        *problem = tr("%1 does not exist yet: enter a secret for the new CHAP user (12 to 16 characters; initiators "
                      "must use the same).")
                       .arg(missingSecret.join(QStringLiteral(", ")));
        return {};
    }
    // account.create must come before its binding: move creations first.
    std::stable_partition(out.begin(), out.end(),
                          [](const RpcSequence::Step& s) { return s.method == QLatin1String("account.create"); });
    return out;
}

} // namespace storlab::gui
