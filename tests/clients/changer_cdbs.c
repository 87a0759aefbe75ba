/* A tiny libiscsi initiator for the changer client test (test_changer_cdbs.sh):
 * sends SMC-3 CDBs to a changer LUN over one session and prints one line per
 * command, so the script can compare with expectations.
 *
 *   changer_cdbs URL CMD [ARGS] [CMD [ARGS]] ...
 *     status              READ ELEMENT STATUS (all types, VOLTAG, DVCID):
 *                         "E <type> <addr> <full> <svalid> <source> <tag> <id>" per element, then "OK n"
 *     move SRC DST        MOVE MEDIUM (decimal element addresses)
 *     exchange S D1 D2    EXCHANGE MEDIUM
 *     tur                 TEST UNIT READY
 *     prevent 0|1         PREVENT ALLOW MEDIUM REMOVAL
 *     modesense PAGE      MODE SENSE(6): "PAGE <hex bytes of the page>"
 *     sleep N             keep the session (and e.g. its PREVENT) for N seconds
 *     raw HEXCDB ALLOC    any CDB with Data-In of ALLOC bytes: "DATA <hex>"
 *   Failures print "SENSE key/asc/ascq" (hex) or "STATUS n"; the exit code is 0
 *   unless the connection fails.
 */
#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static struct iscsi_context *iscsi;
static int lun;

static struct scsi_task *send(const unsigned char *cdb, int len, int alloc)
{
    struct scsi_task *t = calloc(1, sizeof(*t));
    memcpy(t->cdb, cdb, (size_t)len);
    t->cdb_size = len;
    t->xfer_dir = alloc ? SCSI_XFER_READ : SCSI_XFER_NONE;
    t->expxferlen = alloc;
    if (!iscsi_scsi_command_sync(iscsi, lun, t, NULL)) {
        fprintf(stderr, "command failed: %s\n", iscsi_get_error(iscsi));
        exit(2);
    }
    return t;
}

/* Prints the outcome; returns 1 when GOOD. */
static int outcome(struct scsi_task *t)
{
    if (t->status == SCSI_STATUS_GOOD)
        return 1;
    if (t->status == SCSI_STATUS_CHECK_CONDITION)
        printf("SENSE %x/%02x/%02x\n", t->sense.key, t->sense.ascq >> 8, t->sense.ascq & 0xFF);
    else
        printf("STATUS %d\n", t->status);
    return 0;
}

static unsigned be16(const unsigned char *p) { return (unsigned)(p[0] << 8 | p[1]); }
static unsigned be24(const unsigned char *p) { return (unsigned)(p[0] << 16 | p[1] << 8 | p[2]); }

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == 0))
        s[--n] = 0;
}

static void status(void)
{
    unsigned char cdb[12] = {0xB8, 0x10, 0, 0, 0xFF, 0xFF, 0x01, 0, 0xFF, 0xFF, 0, 0};
    struct scsi_task *t = send(cdb, 12, 0xFFFF);
    if (!outcome(t)) {
        scsi_free_scsi_task(t);
        return;
    }
    const unsigned char *d = t->datain.data;
    int size = t->datain.size, n = 0;
    int pos = 8;
    while (pos + 8 <= size) {
        int type = d[pos], pvol = d[pos + 1] & 0x80;
        unsigned len = be16(d + pos + 2), bytes = be24(d + pos + 5);
        for (unsigned q = (unsigned)pos + 8; q + len <= (unsigned)pos + 8 + bytes && q + len <= (unsigned)size; q += len) {
            const unsigned char *e = d + q;
            char tag[33] = "-", id[65] = "-";
            unsigned off = 12;
            if (pvol) {
                if (e[off]) {
                    memcpy(tag, e + off, 32);
                    tag[32] = 0;
                    trim(tag);
                }
                off += 36;
            }
            if (off + 4 <= len && e[off + 3]) {
                unsigned l = e[off + 3] < 64 ? e[off + 3] : 64;
                memcpy(id, e + off + 4, l);
                id[l] = 0;
                for (unsigned i = 0; i < l; ++i)
                    if (id[i] == ' ')
                        id[i] = '_';
            }
            printf("E %d %u %d %d %u %s %s\n", type, be16(e), e[2] & 1, (e[9] & 0x80) ? 1 : 0, be16(e + 10), tag, id);
            ++n;
        }
        pos += 8 + (int)bytes;
    }
    printf("OK %d\n", n);
    scsi_free_scsi_task(t);
}

static void simple(const unsigned char *cdb, int len)
{
    struct scsi_task *t = send(cdb, len, 0);
    if (outcome(t))
        printf("GOOD\n");
    scsi_free_scsi_task(t);
}

static int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s iscsi://HOST:PORT/IQN/LUN CMD [ARGS] ...\n", argv[0]);
        return 1;
    }
    iscsi = iscsi_create_context("iqn.2026-11.lab.storlab:changer-test");
    struct iscsi_url *url = iscsi_parse_full_url(iscsi, argv[1]);
    if (!url) {
        fprintf(stderr, "bad URL: %s\n", iscsi_get_error(iscsi));
        return 2;
    }
    iscsi_set_session_type(iscsi, ISCSI_SESSION_NORMAL);
    iscsi_set_header_digest(iscsi, ISCSI_HEADER_DIGEST_NONE);
    if (iscsi_full_connect_sync(iscsi, url->portal, url->lun) != 0) {
        fprintf(stderr, "login failed: %s\n", iscsi_get_error(iscsi));
        return 2;
    }
    lun = url->lun;
    for (int i = 2; i < argc; ++i) {
        const char *cmd = argv[i];
        if (!strcmp(cmd, "status")) {
            status();
        } else if (!strcmp(cmd, "tur")) {
            unsigned char c[6] = {0};
            simple(c, 6);
        } else if (!strcmp(cmd, "move") && i + 2 < argc) {
            unsigned s = (unsigned)atoi(argv[++i]), d = (unsigned)atoi(argv[++i]);
            unsigned char c[12] = {0xA5, 0, 0, 0, (unsigned char)(s >> 8), (unsigned char)s, (unsigned char)(d >> 8), (unsigned char)d, 0, 0, 0, 0};
            simple(c, 12);
        } else if (!strcmp(cmd, "exchange") && i + 3 < argc) {
            unsigned s = (unsigned)atoi(argv[++i]), d1 = (unsigned)atoi(argv[++i]), d2 = (unsigned)atoi(argv[++i]);
            unsigned char c[12] = {0xA6, 0, 0, 0, (unsigned char)(s >> 8), (unsigned char)s, (unsigned char)(d1 >> 8), (unsigned char)d1,
                                   (unsigned char)(d2 >> 8), (unsigned char)d2, 0, 0};
            simple(c, 12);
        } else if (!strcmp(cmd, "prevent") && i + 1 < argc) {
            unsigned char c[6] = {0x1E, 0, 0, 0, (unsigned char)atoi(argv[++i]), 0};
            simple(c, 6);
        } else if (!strcmp(cmd, "modesense") && i + 1 < argc) {
            int page = (int)strtol(argv[++i], NULL, 16);
            unsigned char c[6] = {0x1A, 0x08, (unsigned char)page, 0, 0xFF, 0};
            struct scsi_task *t = send(c, 6, 0xFF);
            if (outcome(t) && t->datain.size > 4) {
                printf("PAGE");
                for (int k = 4 + t->datain.data[3]; k < t->datain.size; ++k)
                    printf(" %02x", t->datain.data[k]);
                printf("\n");
            }
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "sleep") && i + 1 < argc) {
            struct timespec ts = {atoi(argv[++i]), 0};
            nanosleep(&ts, NULL);
            printf("SLEPT\n");
        } else if (!strcmp(cmd, "raw") && i + 2 < argc) {
            const char *hex = argv[++i];
            int alloc = atoi(argv[++i]);
            unsigned char c[16] = {0};
            int n = 0;
            for (; hex[0] && hex[1] && n < 16; hex += 2)
                c[n++] = (unsigned char)(hexval(hex[0]) << 4 | hexval(hex[1]));
            struct scsi_task *t = send(c, n, alloc);
            if (outcome(t)) {
                printf("DATA");
                for (int k = 0; k < t->datain.size; ++k)
                    printf(" %02x", t->datain.data[k]);
                printf("\n");
            }
            scsi_free_scsi_task(t);
        } else {
            fprintf(stderr, "unknown command or missing arguments: %s\n", cmd);
            return 1;
        }
        fflush(stdout);
    }
    iscsi_logout_sync(iscsi);
    iscsi_destroy_context(iscsi);
    return 0;
}
