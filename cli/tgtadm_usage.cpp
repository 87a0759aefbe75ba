// --help of the tgtadm-compatible mode: the command forms tgtadm accepts.
#include "cli/tgtadm_options.h"

#include <cstdio>

namespace storlab::cli::tgtadm {

void printUsage()
{
    std::printf(
        "storlab tgtadm-compatible administration (storlabctl %s)\n\n"
        "Usage: tgtadm [OPTION]\n"
        "--lld iscsi --mode target --op new --tid <id> --targetname <name>\n"
        "\tcreate target <id> (not zero) named <name>.\n"
        "--lld iscsi --mode target --op delete [--force] --tid <id>\n"
        "\tdelete target <id>; --force drops its sessions first.\n"
        "--lld iscsi --mode target --op show [--tid <id>]\n"
        "\tall targets, or the iSCSI parameters of target <id>.\n"
        "--lld iscsi --mode target --op update --tid <id> --name <param> --value <value>\n"
        "\tchange a target parameter (TargetAlias).\n"
        "--lld iscsi --mode target --op bind|unbind --tid <id> --initiator-address <address>\n"
        "--lld iscsi --mode target --op bind|unbind --tid <id> --initiator-name <name>\n"
        "\tadd or remove an initiator access rule.\n"
        "--lld iscsi --mode logicalunit --op new --tid <id> --lun <lun>\n"
        "  --backing-store <path> [--bstype rdwr|aio|null|uring|mmc|smc|ssc|sheepdog|sg|bsg] [--bsoflags sync:direct]\n"
        "  [--blocksize 512|4096] [--device-type disk|cd|tape|changer|pt]\n"
        "\tadd logical unit <lun> to target <id>.\n"
        "--lld iscsi --mode logicalunit --op delete --tid <id> --lun <lun>\n"
        "\tremove logical unit <lun> from target <id>.\n"
        "--lld iscsi --mode logicalunit --op update --tid <id> --lun <lun> --params key=value[,...]\n"
        "\tvendor_id, product_id, product_rev, scsi_sn, readonly, thin_provisioning.\n"
        "--lld iscsi --mode account --op new --user <name> --password <pass>\n"
        "--lld iscsi --mode account --op delete --user <name>\n"
        "--lld iscsi --mode account --op bind|unbind [--tid <id>] --user <name> [--outgoing]\n"
        "\tCHAP accounts; without --tid the binding is for discovery sessions.\n"
        "--lld iscsi --mode account --op show\n"
        "--lld iscsi --mode portal --op new|delete --param portal=<address>:<port>\n"
        "--lld iscsi --mode portal --op show\n"
        "--lld iscsi --mode conn --op show|delete --tid <id> [--sid <sid> --cid <cid>]\n"
        "--lld iscsi --mode sys --op show|stat|update|delete\n"
        "--lld iscsi --mode lld --op show|start|stop\n"
        "--socket <path>\tthe storlabd admin socket (default: $STORLAB_SOCKET, $TGT_IPC_SOCKET, or the\n"
        "\tstandard path)\n"
        "--help\n"
        "\tdisplay this help and exit\n\n"
        "Exit status: 0 ok, 22 error (the daemon's reason on stderr), 107 daemon not running.\n",
        STORLAB_VERSION);
}

} // namespace storlab::cli::tgtadm
