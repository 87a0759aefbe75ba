#pragma once
// What storlabd registers with an iSNS server (RFC 4171 §5.6.5.1): one
// Network Entity, its Portals, one iSCSI Storage Node per target and the
// Portal Groups joining them (tgt registers the same objects). Builds the
// messages; the client (isns_client.h) sends them.
#include "isns/isns_pdu.h"

#include <string>
#include <vector>

namespace storlab::isns {

struct RegisteredPortal {
    std::string host;        // "127.0.0.1", "::1"
    uint16_t port = 3260;
    bool operator==(const RegisteredPortal&) const = default;
};

struct RegisteredNode {
    std::string name;        // target IQN
    std::string alias;
    uint16_t tpgt = 1;
    bool operator==(const RegisteredNode&) const = default;
};

struct EntityView {
    std::string entityId;
    std::vector<RegisteredPortal> portals;
    std::vector<RegisteredNode> nodes;
    uint16_t esiPort = 0;    // where we answer ESI and SCN messages; 0 = none
    uint32_t esiInterval = 0;
    bool operator==(const EntityView&) const = default;
    bool empty() const { return nodes.empty(); }
};

// DevAttrReg with the Replace flag: the entity, every portal (with its ESI
// and SCN port), every node and one portal group per node and portal.
// `source` is a node name (§5.6.1); a bad portal address is left out.
Message registration(const EntityView& view, const std::string& source, uint16_t transaction);
// DevDereg of the whole entity (§5.6.5.4), sent by `source`, one of its nodes.
Message entityDeregistration(const std::string& entityId, const std::string& source, uint16_t transaction);
// DevDereg of one node, sent by itself.
Message nodeDeregistration(const std::string& node, uint16_t transaction);
// SCNReg for `node` (§5.6.5.5): object added/removed/updated, initiators only (as tgt asks).
Message scnRegistration(const std::string& node, uint16_t transaction);
// DevAttrQry for the entity's identifier (§5.6.5.2): does the server still know us?
Message entityQuery(const std::string& entityId, const std::string& source, uint16_t transaction);
// DevAttrQry of the initiators `node` may see (§5.6.5.2, Discovery Domains): their names.
Message visibleInitiatorsQuery(const std::string& node, uint16_t transaction);
// The reply the server expects to an ESI or SCN message (§5.7.5.8, §5.7.5.13): status 0
// and, for ESI, the attributes it carried.
Message replyTo(const Message& request);

} // namespace storlab::isns
