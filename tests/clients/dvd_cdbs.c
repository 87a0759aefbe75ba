/* A tiny libiscsi initiator for the DVD client test (test_dvd_cdbs.sh): sends
 * MMC-6 CDBs to a DVD drive LUN over one session and prints one line per
 * command.
 *
 *   dvd_cdbs URL CMD [ARGS] [CMD [ARGS]] ...
 *     tur                 TEST UNIT READY: "GOOD"
 *     profile             GET CONFIGURATION: "PROFILE xxxx" (current profile, hex)
 *     cap                 READ CAPACITY(10): "CAP <last lba> <block length>"
 *     discinfo            READ DISC INFORMATION: "DISC <status 0 blank|1 appendable|2 complete> <last track in last session>"
 *     sessions            READ DISC INFORMATION: "SESSIONS <disc status> <state of last session 0 empty|1 incomplete|3 complete>
 *                         <number of sessions> <first track in last session>"
 *     session             READ TOC format 1: "SESSION <last complete session> <its first track> <start lba>"
 *     nwa                 READ TRACK INFORMATION of the invisible track: "NWA <nwa> <free>"
 *     toc                 READ TOC format 0: "TOC <first> <last> <lead-out lba>"
 *     gesn                GET EVENT STATUS NOTIFICATION, media class: "EVENT <event code> <media status byte, hex>"
 *     verify FILE         READ(10) the file's length (rounded up to 2048) from LBA 0 and compare: "SAME" / "DIFF at N"
 *     verifyat LBA FILE   the same from LBA
 *     burn FILE           WRITE(10) FILE from the next writable address in 32 KiB chunks (last padded): "GOOD"
 *     write LBA COUNT     WRITE(10) COUNT zero sectors at LBA
 *     close FUNCTION      CLOSE TRACK/SESSION (1 track, 2 session, 5/6 finalize)
 *     sync                SYNCHRONIZE CACHE
 *     eject | load        START STOP UNIT LoEj
 *     prevent 0|1         PREVENT ALLOW MEDIUM REMOVAL
 *     sleep N
 *   Failures print "SENSE key/asc/ascq" (hex) or "STATUS n"; exit code 0 unless
 *   the connection fails.
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

static struct scsi_task *send(const unsigned char *cdb, int len, int dir, unsigned char *out, int outlen, int alloc)
{
    struct scsi_task *t = calloc(1, sizeof(*t));
    struct iscsi_data data = {outlen, out};
    memcpy(t->cdb, cdb, (size_t)len);
    t->cdb_size = len;
    t->xfer_dir = dir;
    t->expxferlen = dir == SCSI_XFER_WRITE ? outlen : alloc;
    if (!iscsi_scsi_command_sync(iscsi, lun, t, dir == SCSI_XFER_WRITE ? &data : NULL)) {
        fprintf(stderr, "command failed: %s\n", iscsi_get_error(iscsi));
        exit(2);
    }
    return t;
}

static struct scsi_task *in(const unsigned char *cdb, int len, int alloc) { return send(cdb, len, alloc ? SCSI_XFER_READ : SCSI_XFER_NONE, NULL, 0, alloc); }

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
static unsigned be32(const unsigned char *p) { return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3]; }
static void put16(unsigned char *p, unsigned v) { p[0] = (unsigned char)(v >> 8); p[1] = (unsigned char)v; }
static void put32(unsigned char *p, unsigned v) { p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16); p[2] = (unsigned char)(v >> 8); p[3] = (unsigned char)v; }

static void simple(const unsigned char *cdb, int len)
{
    struct scsi_task *t = in(cdb, len, 0);
    if (outcome(t))
        printf("GOOD\n");
    scsi_free_scsi_task(t);
}

static unsigned char *slurp(const char *path, long *size)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf;
    if (!f) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(2);
    }
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = calloc(1, (size_t)*size + 65536);
    if (fread(buf, 1, (size_t)*size, f) != (size_t)*size)
        exit(2);
    fclose(f);
    return buf;
}

/* READ TRACK INFORMATION of the invisible track: its next writable address (0 when the call fails). */
static unsigned nextWritable(void)
{
    unsigned char c[10] = {0x52, 0x01, 0, 0, 0, 0xFF, 0, 0, 48, 0};
    struct scsi_task *t = in(c, 10, 48);
    unsigned nwa = t->status == SCSI_STATUS_GOOD && t->datain.size >= 16 ? be32(&t->datain.data[12]) : 0;
    scsi_free_scsi_task(t);
    return nwa;
}

static int writeAt(unsigned lba, unsigned count, unsigned char *data)
{
    unsigned char cdb[10] = {0x2A};
    struct scsi_task *t;
    int ok;
    put32(&cdb[2], lba);
    put16(&cdb[7], count);
    t = send(cdb, 10, SCSI_XFER_WRITE, data, (int)count * 2048, 0);
    ok = outcome(t);
    scsi_free_scsi_task(t);
    return ok;
}

int main(int argc, char **argv)
{
    struct iscsi_url *url;
    int i;
    if (argc < 3) {
        fprintf(stderr, "usage: dvd_cdbs URL CMD...\n");
        return 2;
    }
    iscsi = iscsi_create_context("iqn.2026-11.lab.storlab:dvd-cdbs");
    url = iscsi_parse_full_url(iscsi, argv[1]);
    if (!url) {
        fprintf(stderr, "bad URL: %s\n", iscsi_get_error(iscsi));
        return 2;
    }
    iscsi_set_session_type(iscsi, ISCSI_SESSION_NORMAL);
    iscsi_set_header_digest(iscsi, ISCSI_HEADER_DIGEST_NONE);
    if (iscsi_full_connect_sync(iscsi, url->portal, url->lun)) {
        fprintf(stderr, "login failed: %s\n", iscsi_get_error(iscsi));
        return 2;
    }
    lun = url->lun;
    for (i = 2; i < argc; ++i) {
        const char *cmd = argv[i];
        if (!strcmp(cmd, "tur")) {
            unsigned char c[6] = {0};
            simple(c, 6);
        } else if (!strcmp(cmd, "profile")) {
            unsigned char c[10] = {0x46, 0x01, 0, 0, 0, 0, 0, 0, 8, 0};
            struct scsi_task *t = in(c, 10, 8);
            if (outcome(t))
                printf("PROFILE %04x\n", be16(&t->datain.data[6]));
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "cap")) {
            unsigned char c[10] = {0x25};
            struct scsi_task *t = in(c, 10, 8);
            if (outcome(t))
                printf("CAP %u %u\n", be32(&t->datain.data[0]), be32(&t->datain.data[4]));
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "discinfo")) {
            unsigned char c[10] = {0x51, 0, 0, 0, 0, 0, 0, 0, 34, 0};
            struct scsi_task *t = in(c, 10, 34);
            if (outcome(t))
                printf("DISC %u %u\n", t->datain.data[2] & 3, t->datain.data[6]);
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "sessions")) {
            unsigned char c[10] = {0x51, 0, 0, 0, 0, 0, 0, 0, 34, 0};
            struct scsi_task *t = in(c, 10, 34);
            if (outcome(t)) {
                const unsigned char *d = t->datain.data;
                printf("SESSIONS %u %u %u %u\n", d[2] & 3, (d[2] >> 2) & 3, d[9] << 8 | d[4], d[10] << 8 | d[5]);
            }
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "session")) {
            unsigned char c[10] = {0x43, 0, 0x01, 0, 0, 0, 0, 0, 12, 0};
            struct scsi_task *t = in(c, 10, 12);
            if (outcome(t))
                printf("SESSION %u %u %u\n", t->datain.data[3], t->datain.data[6], be32(&t->datain.data[8]));
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "gesn")) {
            unsigned char c[10] = {0x4A, 0x01, 0, 0, 0x10, 0, 0, 0, 8, 0};
            struct scsi_task *t = in(c, 10, 8);
            if (outcome(t))
                printf("EVENT %u %02x\n", t->datain.data[4] & 0x0F, t->datain.data[5]);
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "nwa")) {
            unsigned char c[10] = {0x52, 0x01, 0, 0, 0, 0xFF, 0, 0, 48, 0};
            struct scsi_task *t = in(c, 10, 48);
            if (outcome(t))
                printf("NWA %u %u\n", be32(&t->datain.data[12]), be32(&t->datain.data[16]));
            scsi_free_scsi_task(t);
        } else if (!strcmp(cmd, "toc")) {
            unsigned char c[10] = {0x43, 0, 0, 0, 0, 0, 0, 0x03, 0x24, 0};
            struct scsi_task *t = in(c, 10, 804);
            if (outcome(t)) {
                unsigned n = be16(&t->datain.data[0]) + 2;
                printf("TOC %u %u %u\n", t->datain.data[2], t->datain.data[3], be32(&t->datain.data[n - 4]));
            }
            scsi_free_scsi_task(t);
        } else if ((!strcmp(cmd, "verify") && i + 1 < argc) || (!strcmp(cmd, "verifyat") && i + 2 < argc)) {
            long size, at;
            unsigned first = !strcmp(cmd, "verifyat") ? (unsigned)strtoul(argv[++i], NULL, 0) : 0;
            unsigned char *want = slurp(argv[++i], &size);
            unsigned sectors = (unsigned)((size + 2047) / 2048), lba;
            int bad = 0;
            for (lba = 0; lba < sectors && !bad; lba += 16) {
                unsigned n = sectors - lba < 16 ? sectors - lba : 16;
                unsigned char c[10] = {0x28};
                struct scsi_task *t;
                put32(&c[2], first + lba);
                put16(&c[7], n);
                t = in(c, 10, (int)n * 2048);
                if (!outcome(t)) {
                    bad = 2;
                } else {
                    for (at = 0; at < (long)n * 2048 && (long)lba * 2048 + at < size; ++at)
                        if (t->datain.data[at] != want[(long)lba * 2048 + at]) {
                            printf("DIFF at %ld\n", (long)lba * 2048 + at);
                            bad = 1;
                            break;
                        }
                }
                scsi_free_scsi_task(t);
            }
            if (!bad)
                printf("SAME\n");
            free(want);
        } else if (!strcmp(cmd, "burn") && i + 1 < argc) {
            long size;
            unsigned char *data = slurp(argv[++i], &size);
            unsigned sectors = (unsigned)((size + 2047) / 2048), lba, nwa = nextWritable();
            int ok = 1;
            for (lba = 0; lba < sectors && ok; lba += 16)
                ok = writeAt(nwa + lba, sectors - lba < 16 ? sectors - lba : 16, data + (long)lba * 2048);
            if (ok)
                printf("GOOD\n");
            free(data);
        } else if (!strcmp(cmd, "write") && i + 2 < argc) {
            unsigned lba = (unsigned)strtoul(argv[i + 1], NULL, 0), n = (unsigned)strtoul(argv[i + 2], NULL, 0);
            unsigned char *zero = calloc(n ? n : 1, 2048);
            i += 2;
            if (writeAt(lba, n, zero))
                printf("GOOD\n");
            free(zero);
        } else if (!strcmp(cmd, "close") && i + 1 < argc) {
            unsigned char c[10] = {0x5B, 0, (unsigned char)atoi(argv[++i]), 0, 0, 1, 0, 0, 0, 0};
            simple(c, 10);
        } else if (!strcmp(cmd, "sync")) {
            unsigned char c[10] = {0x35};
            simple(c, 10);
        } else if (!strcmp(cmd, "eject") || !strcmp(cmd, "load")) {
            unsigned char c[6] = {0x1B, 0, 0, 0, (unsigned char)(!strcmp(cmd, "load") ? 0x03 : 0x02), 0};
            simple(c, 6);
        } else if (!strcmp(cmd, "prevent") && i + 1 < argc) {
            unsigned char c[6] = {0x1E, 0, 0, 0, (unsigned char)atoi(argv[++i]), 0};
            simple(c, 6);
        } else if (!strcmp(cmd, "sleep") && i + 1 < argc) {
            struct timespec ts = {atoi(argv[++i]), 0};
            nanosleep(&ts, NULL);
        } else {
            fprintf(stderr, "unknown command %s\n", cmd);
            return 2;
        }
        fflush(stdout);
    }
    iscsi_logout_sync(iscsi);
    iscsi_destroy_url(url);
    iscsi_destroy_context(iscsi);
    return 0;
}
