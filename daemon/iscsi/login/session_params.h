#pragma once
// Operational parameters negotiated at login (RFC 7143 §13), as they apply to
// a session and its connections once in Full Feature Phase.
#include <cstdint>
#include <string>

namespace storlab::iscsi {

// What this target offers/accepts (its side of the negotiation).
struct TargetLimits {
    uint32_t maxRecvDataSegmentLength = 262144; // declared by us: largest data segment we accept
    uint32_t maxBurstLength = 1048576;
    uint32_t firstBurstLength = 262144;
    uint32_t maxOutstandingR2T = 16;
    uint32_t maxConnections = 8;
    bool allowImmediateData = true;
    bool requireInitialR2T = false;  // true forces InitialR2T=Yes
    // The digests we accept, in our order of preference (§13.1): without "None"
    // an initiator that does not agree to CRC32C cannot log in.
    std::string headerDigest = "CRC32C,None";
    std::string dataDigest = "CRC32C,None";
    uint32_t defaultTime2Wait = 2;   // §13.15
    uint32_t defaultTime2Retain = 20; // §13.16
};

struct SessionParams {
    std::string sessionType = "Normal";       // "Normal" or "Discovery"
    std::string initiatorName;
    std::string initiatorAlias;
    std::string targetName;                   // empty for discovery sessions
    bool headerDigest = false;                // CRC32C negotiated
    bool dataDigest = false;
    uint32_t initiatorMaxRecvDataSegmentLength = 8192; // largest data segment we may SEND (declared by initiator)
    uint32_t targetMaxRecvDataSegmentLength = 8192;    // largest data segment we RECEIVE (declared by us)
    uint32_t maxBurstLength = 262144;
    uint32_t firstBurstLength = 65536;
    bool immediateData = true;
    bool initialR2T = true;
    uint32_t maxOutstandingR2T = 1;
    bool dataPduInOrder = true;
    bool dataSequenceInOrder = true;
    uint32_t defaultTime2Wait = 2;
    uint32_t defaultTime2Retain = 20;
    uint32_t errorRecoveryLevel = 0;
    uint32_t maxConnections = 1;
    bool isDiscovery() const { return sessionType == "Discovery"; }
};

} // namespace storlab::iscsi
