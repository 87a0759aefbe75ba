#include "isns/isns_registration.h"

namespace storlab::isns {

namespace {
Message request(uint16_t function, uint16_t transaction, const std::string& source)
{
    Message m;
    m.function = function;
    m.transaction = transaction;
    m.attributes.push_back(Attribute::string(IscsiName, source));   // Source attribute (§5.6.1)
    return m;
}
} // namespace

Message registration(const EntityView& view, const std::string& source, uint16_t transaction)
{
    Message m = request(DevAttrReg, transaction, source);
    m.flags |= Replace;   // §5.6.5.1: the entity's previous objects give way to these
    m.attributes.push_back(Attribute::string(EntityIdentifier, view.entityId));   // Message Key
    m.attributes.push_back(Attribute::empty(Delimiter));
    m.attributes.push_back(Attribute::string(EntityIdentifier, view.entityId));
    m.attributes.push_back(Attribute::u32(EntityProtocol, kEntityProtocolIscsi));
    std::vector<RegisteredPortal> portals;
    for (const RegisteredPortal& p : view.portals) {
        auto ip = Attribute::address(PortalIpAddress, p.host);
        if (!ip)
            continue;
        portals.push_back(p);
        m.attributes.push_back(*ip);
        m.attributes.push_back(Attribute::u32(PortalPort, p.port));   // TCP: the UDP bit (§6.3.2) clear
        if (view.esiPort) {
            if (view.esiInterval) {
                m.attributes.push_back(Attribute::u32(EsiInterval, view.esiInterval));
                m.attributes.push_back(Attribute::u32(EsiPort, view.esiPort));
            }
            m.attributes.push_back(Attribute::u32(ScnPort, view.esiPort));
        }
    }
    for (const RegisteredNode& n : view.nodes) {
        m.attributes.push_back(Attribute::string(IscsiName, n.name));
        m.attributes.push_back(Attribute::u32(IscsiNodeType, kNodeTypeTarget));
        if (!n.alias.empty())
            m.attributes.push_back(Attribute::string(IscsiAlias, n.alias));
    }
    // §5.6.5.1: a Portal Group object follows the portal and node it joins.
    for (const RegisteredNode& n : view.nodes)
        for (const RegisteredPortal& p : portals) {
            m.attributes.push_back(Attribute::string(PgIscsiName, n.name));
            m.attributes.push_back(*Attribute::address(PgPortalIpAddress, p.host));
            m.attributes.push_back(Attribute::u32(PgPortalPort, p.port));
            m.attributes.push_back(Attribute::u32(PgTag, n.tpgt));
        }
    return m;
}

Message entityDeregistration(const std::string& entityId, const std::string& source, uint16_t transaction)
{
    Message m = request(DevDereg, transaction, source);
    m.attributes.push_back(Attribute::empty(Delimiter));
    m.attributes.push_back(Attribute::string(EntityIdentifier, entityId));
    return m;
}

Message nodeDeregistration(const std::string& node, uint16_t transaction)
{
    Message m = request(DevDereg, transaction, node);
    m.attributes.push_back(Attribute::empty(Delimiter));
    m.attributes.push_back(Attribute::string(IscsiName, node));
    return m;
}

Message scnRegistration(const std::string& node, uint16_t transaction)
{
    Message m = request(SCNReg, transaction, node);
    m.attributes.push_back(Attribute::string(IscsiName, node));   // Message Key
    m.attributes.push_back(Attribute::empty(Delimiter));
    m.attributes.push_back(Attribute::u32(IscsiScnBitmap, kScnInitiatorAndSelfOnly | kScnObjectRemoved | kScnObjectAdded
                                                              | kScnObjectUpdated));
    return m;
}

Message entityQuery(const std::string& entityId, const std::string& source, uint16_t transaction)
{
    Message m = request(DevAttrQry, transaction, source);
    m.attributes.push_back(Attribute::string(EntityIdentifier, entityId));   // Message Key
    m.attributes.push_back(Attribute::empty(Delimiter));
    m.attributes.push_back(Attribute::empty(EntityIdentifier));             // Operating Attributes wanted
    return m;
}

Message visibleInitiatorsQuery(const std::string& node, uint16_t transaction)
{
    Message m = request(DevAttrQry, transaction, node);
    m.attributes.push_back(Attribute::u32(IscsiNodeType, kNodeTypeInitiator));   // Message Key: every initiator
    m.attributes.push_back(Attribute::empty(Delimiter));
    m.attributes.push_back(Attribute::empty(IscsiName));
    m.attributes.push_back(Attribute::empty(IscsiNodeType));
    return m;
}

Message replyTo(const Message& request)
{
    Message m;
    m.function = uint16_t(request.function | kResponse);
    m.transaction = request.transaction;
    m.hasStatus = true;
    m.status = Success;
    if (request.function == ESI)
        m.attributes = request.attributes;   // §5.7.5.13: ESIRsp echoes the ESI's attributes
    return m;
}

} // namespace storlab::isns
