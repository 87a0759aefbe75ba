#include "app/target_access_builder.h"

#include "core/logging.h"

namespace storlab::app {

namespace {

std::optional<iscsi::ChapCredential> credential(const config::LabConfig& c, const QString& user)
{
    for (const config::ChapAccount& a : c.accounts)
        if (a.user == user)
            return iscsi::ChapCredential{a.user.toStdString(), a.password.toStdString()};
    return std::nullopt;  // the parser refuses unknown users; a stale binding just does not match
}

std::shared_ptr<const iscsi::TargetAccess> build(const config::LabConfig& c, const QStringList& incoming,
                                                 const QString& outgoing)
{
    auto access = std::make_shared<iscsi::TargetAccess>();
    for (const QString& user : incoming)
        if (auto cred = credential(c, user))
            access->incoming.push_back(*cred);
    if (!outgoing.isEmpty())
        access->outgoing = credential(c, outgoing);
    if (!incoming.isEmpty() && access->incoming.empty())
        access->incoming.push_back({"", ""});  // bound users all missing: CHAP required, nobody passes
    return access;
}

} // namespace

std::shared_ptr<const iscsi::TargetAccess> buildTargetAccess(const config::LabConfig& c, const config::TargetConfig& t)
{
    auto access = std::const_pointer_cast<iscsi::TargetAccess>(build(c, t.incomingUsers, t.outgoingUser));
    for (const QString& a : t.initiatorAddresses)
        access->initiatorAddresses.push_back(a.toStdString());
    for (const QString& n : t.initiatorNames)
        access->initiatorNames.push_back(n.toStdString());
    return access;
}

std::shared_ptr<const iscsi::TargetAccess> buildDiscoveryAccess(const config::LabConfig& c)
{
    return build(c, c.discovery.incomingUsers, c.discovery.outgoingUser);
}

void warnAboutWeakSecrets(const config::LabConfig& c)
{
    for (const config::ChapAccount& a : c.accounts)
        if (a.password.toUtf8().size() < 12)
            qCWarning(lcConfig).noquote() << "CHAP account" << a.user
                                          << "has a secret shorter than 12 bytes (RFC 7143 §9.2.1: use 96 random bits or IPsec)";
}

} // namespace storlab::app
