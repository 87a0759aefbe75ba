/* A libiscsi initiator writing and checking a verified pattern, for the
 * crash-consistency test (test_crash_consistency.sh) and the soak
 * (tests/soak/soak.sh). `write` logs every write the target acknowledged as
 * durable; after storlabd was killed and restarted, `verify` checks that every
 * logged write is on the medium. `soak` mixes I/O, logouts and task management.
 *
 *   verified_io write  disk URL LOG ROUND      WRITE(10) of blocks 0,1,2,... (4 KiB each):
 *                                               even blocks FUA=1, logged on GOOD; odd blocks plain,
 *                                               logged after the SYNCHRONIZE CACHE that follows them
 *   verified_io write  tape URL LOG ROUND      files of 8 records (4 KiB, variable); each file is
 *                                               logged after WRITE FILEMARKS(6) IMMED=0 returned GOOD
 *   verified_io write  dvd  URL LOG ROUND      WRITE(10) of 16-sector runs at the next writable
 *                                               address, logged after SYNCHRONIZE CACHE returned GOOD
 *   verified_io verify KIND URL LOG ROUND      reads back what LOG lists; prints "VERIFIED n" or the
 *                                               first difference (exit 1)
 *   verified_io soak   disk URL SECONDS SEED    for SECONDS: random 4 KiB writes and read-backs in the
 *                                               1024 blocks at SEED*1024, SYNCHRONIZE CACHE, ABORT TASK
 *                                               SET, logout and login again; prints "OPS n LOGINS l TMFS t
 *                                               MISMATCHES m" and exits 1 on a mismatch
 * The writer runs until the connection breaks (the daemon was killed) and
 * exits 0 then. A block's pattern names its round and position, so a stale or
 * misplaced block is told apart from the right one.
 */
#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { kBlock = 4096, kRecords = 8, kDvdRun = 16, kDvdSector = 2048 };

static struct iscsi_context *iscsi;
static int lun;

static void pattern(unsigned char *buf, size_t len, unsigned round, unsigned long position)
{
    uint32_t x = (uint32_t)(round * 2654435761u) ^ (uint32_t)(position * 40503u) ^ 0x9e3779b9u;
    for (size_t i = 0; i < len; i += 4) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        memcpy(buf + i, &x, 4);
    }
    snprintf((char *)buf, 48, "storlab round %u position %lu", round, position);
}

/* NULL when the connection broke; the task otherwise. A UNIT ATTENTION (a LUN
 * added or removed by the admin plane, a reset) is retried, as initiators do. */
static struct scsi_task *command(const unsigned char *cdb, int len, int dir, unsigned char *out, int outlen, int alloc)
{
    for (int attempt = 0;; ++attempt) {
        struct scsi_task *t = calloc(1, sizeof(*t));
        struct iscsi_data data = {outlen, out};
        memcpy(t->cdb, cdb, (size_t)len);
        t->cdb_size = len;
        t->xfer_dir = dir;
        t->expxferlen = dir == SCSI_XFER_WRITE ? outlen : alloc;
        if (!iscsi_scsi_command_sync(iscsi, lun, t, dir == SCSI_XFER_WRITE ? &data : NULL)) {
            free(t);
            return NULL;
        }
        if (attempt < 8 && t->status == SCSI_STATUS_CHECK_CONDITION && t->sense.key == SCSI_SENSE_UNIT_ATTENTION) {
            scsi_free_scsi_task(t);
            continue;
        }
        return t;
    }
}

static int good(struct scsi_task *t)
{
    const int ok = t && t->status == SCSI_STATUS_GOOD;
    if (t && !ok && t->status == SCSI_STATUS_CHECK_CONDITION)
        fprintf(stderr, "SENSE %x/%02x/%02x\n", t->sense.key, t->sense.ascq >> 8, t->sense.ascq & 0xFF);
    return ok;
}

static void done(struct scsi_task *t) { if (t) scsi_free_scsi_task(t); }

static void put32(unsigned char *p, uint32_t v) { p[0] = v >> 24; p[1] = v >> 16; p[2] = v >> 8; p[3] = v; }

static int ready(void)
{
    for (int i = 0; i < 8; ++i) {
        unsigned char tur[6] = {0};
        struct scsi_task *t = command(tur, 6, SCSI_XFER_NONE, NULL, 0, 0);
        if (!t)
            return 0;
        const int ok = good(t);
        done(t);
        if (ok)
            return 1;
    }
    return 0;
}

static int write10(uint32_t lba, unsigned char *buf, int blocks, int blockSize, int fua)
{
    unsigned char cdb[10] = {0x2A, fua ? 0x08 : 0};
    put32(cdb + 2, lba);
    cdb[7] = (unsigned char)(blocks >> 8); cdb[8] = (unsigned char)blocks;
    struct scsi_task *t = command(cdb, 10, SCSI_XFER_WRITE, buf, blocks * blockSize, 0);
    const int ok = good(t);
    done(t);
    return t ? ok : -1;
}

static int read10(uint32_t lba, unsigned char *out, int blocks, int blockSize)
{
    unsigned char cdb[10] = {0x28};
    put32(cdb + 2, lba);
    cdb[7] = (unsigned char)(blocks >> 8); cdb[8] = (unsigned char)blocks;
    struct scsi_task *t = command(cdb, 10, SCSI_XFER_READ, NULL, 0, blocks * blockSize);
    const int ok = good(t) && t->datain.size == blocks * blockSize;
    if (ok)
        memcpy(out, t->datain.data, (size_t)(blocks * blockSize));
    done(t);
    return ok;
}

static int sync_cache(void)
{
    unsigned char cdb[10] = {0x35};
    struct scsi_task *t = command(cdb, 10, SCSI_XFER_NONE, NULL, 0, 0);
    const int ok = good(t);
    done(t);
    return ok;
}

static int simple(const unsigned char *cdb6)
{
    struct scsi_task *t = command(cdb6, 6, SCSI_XFER_NONE, NULL, 0, 0);
    const int ok = good(t);
    done(t);
    return ok;
}

/* ---- writers: run until the connection breaks ---- */

static void write_disk(FILE *log, unsigned round)
{
    unsigned char buf[kBlock];
    for (uint32_t block = 0; block < 16384; block += 2) {
        pattern(buf, kBlock, round, block);
        if (write10(block * (kBlock / 512), buf, kBlock / 512, 512, 1) != 1)   /* even: FUA */
            return;
        fprintf(log, "%u\n", block);
        fflush(log);
        pattern(buf, kBlock, round, block + 1);
        if (write10((block + 1) * (kBlock / 512), buf, kBlock / 512, 512, 0) != 1 || !sync_cache())   /* odd: cache, then SYNC */
            return;
        fprintf(log, "%u\n", block + 1);
        fflush(log);
    }
}

static void write_tape(FILE *log, unsigned round)
{
    unsigned char buf[kBlock];
    const unsigned char rewind[6] = {0x01};
    if (!simple(rewind))
        return;
    for (unsigned long file = 0; file < 1024; ++file) {
        for (int r = 0; r < kRecords; ++r) {
            unsigned char cdb[6] = {0x0A, 0x00, 0x00, kBlock >> 8, kBlock & 0xFF, 0};   /* WRITE(6) variable */
            pattern(buf, kBlock, round, file * kRecords + r);
            struct scsi_task *t = command(cdb, 6, SCSI_XFER_WRITE, buf, kBlock, 0);
            const int ok = good(t);
            done(t);
            if (!ok)
                return;
        }
        const unsigned char wfm[6] = {0x10, 0x00, 0, 0, 1, 0};   /* WRITE FILEMARKS(6) IMMED=0, 1 mark */
        if (!simple(wfm))
            return;
        fprintf(log, "%lu\n", file);
        fflush(log);
    }
}

static void write_dvd(FILE *log, unsigned round)
{
    unsigned char buf[kDvdRun * kDvdSector];
    for (uint32_t run = 0; run < 1024; ++run) {
        for (int s = 0; s < kDvdRun; ++s)
            pattern(buf + s * kDvdSector, kDvdSector, round, run * kDvdRun + s);
        if (write10(run * kDvdRun, buf, kDvdRun, kDvdSector, 0) != 1 || !sync_cache())
            return;
        fprintf(log, "%u\n", run);
        fflush(log);
    }
}

/* ---- verification ---- */

static int verify(const char *kind, FILE *log, unsigned round)
{
    unsigned long position, checked = 0, last = 0;
    int any = 0;
    unsigned char want[kDvdRun * kDvdSector], got[kDvdRun * kDvdSector];
    const int tape = strcmp(kind, "tape") == 0, dvd = strcmp(kind, "dvd") == 0;
    if (tape) {
        const unsigned char rewind[6] = {0x01};
        if (!simple(rewind)) { printf("REWIND failed\n"); return 1; }
    }
    while (fscanf(log, "%lu", &position) == 1) {
        if (tape) {
            if (any && position != last + 1) { printf("log out of order at file %lu\n", position); return 1; }
            for (int r = 0; r < kRecords; ++r) {
                unsigned char cdb[6] = {0x08, 0x00, 0x00, kBlock >> 8, kBlock & 0xFF, 0};   /* READ(6) variable */
                struct scsi_task *t = command(cdb, 6, SCSI_XFER_READ, NULL, 0, kBlock);
                pattern(want, kBlock, round, position * kRecords + r);
                if (!good(t) || t->datain.size != kBlock || memcmp(t->datain.data, want, kBlock)) {
                    printf("DIFF file %lu record %d\n", position, r);
                    return 1;
                }
                done(t);
                ++checked;
            }
            const unsigned char space[6] = {0x11, 0x01, 0, 0, 1, 0};   /* SPACE over the filemark */
            if (!simple(space)) { printf("no filemark after file %lu\n", position); return 1; }
        } else if (dvd) {
            if (!read10((uint32_t)position * kDvdRun, got, kDvdRun, kDvdSector)) { printf("READ failed at run %lu\n", position); return 1; }
            for (int s = 0; s < kDvdRun; ++s) {
                pattern(want, kDvdSector, round, position * kDvdRun + s);
                if (memcmp(got + s * kDvdSector, want, kDvdSector)) { printf("DIFF sector %lu\n", position * kDvdRun + s); return 1; }
                ++checked;
            }
        } else {
            if (!read10((uint32_t)position * (kBlock / 512), got, kBlock / 512, 512)) { printf("READ failed at block %lu\n", position); return 1; }
            pattern(want, kBlock, round, position);
            if (memcmp(got, want, kBlock)) { printf("DIFF block %lu: %.40s\n", position, (const char *)got); return 1; }
            ++checked;
        }
        any = 1;
        last = position;
    }
    printf("VERIFIED %lu\n", checked);
    return 0;
}

/* ---- soak: mixed verified I/O in a private region, logouts, task management ---- */

static struct iscsi_context *login(const char *urlText, int *lunOut)
{
    struct iscsi_context *c = iscsi_create_context("iqn.2026-11.lab.storlab:verified-io");
    struct iscsi_url *url = c ? iscsi_parse_full_url(c, urlText) : NULL;
    if (!url)
        return NULL;
    iscsi_set_targetname(c, url->target);
    iscsi_set_session_type(c, ISCSI_SESSION_NORMAL);
    iscsi_set_header_digest(c, ISCSI_HEADER_DIGEST_NONE_CRC32C);
    iscsi_set_noautoreconnect(c, 1);
    *lunOut = url->lun;
    const int rc = iscsi_full_connect_sync(c, url->portal, url->lun);
    iscsi_destroy_url(url);
    if (rc != 0) {
        fprintf(stderr, "login failed: %s\n", iscsi_get_error(c));
        iscsi_destroy_context(c);
        return NULL;
    }
    return c;
}

static int soak(const char *urlText, unsigned seconds, unsigned seed)
{
    enum { kBlocks = 1024 };
    static unsigned version[kBlocks];   /* 0 = never written in this run */
    unsigned char buf[kBlock], got[kBlock];
    unsigned long ops = 0, logins = 0, tmfs = 0, mismatches = 0;
    const uint32_t base = seed * kBlocks;
    unsigned rng = seed * 7919u + 1;
    const time_t end = time(NULL) + (time_t)seconds;
    while (time(NULL) < end) {
        iscsi = login(urlText, &lun);
        if (!iscsi || !ready())
            return fprintf(stderr, "cannot log in to %s\n", urlText), 2;
        ++logins;
        const unsigned burst = 200 + rng % 800;
        for (unsigned i = 0; i < burst && time(NULL) < end; ++i, ++ops) {
            rng = rng * 1103515245u + 12345u;
            const uint32_t block = (rng >> 8) % kBlocks;
            const unsigned op = (rng >> 20) % 16;
            if (op < 7) {
                pattern(buf, kBlock, version[block] + 1, ((unsigned long)seed << 32) | block);
                if (write10((base + block) * (kBlock / 512), buf, kBlock / 512, 512, op == 0) != 1)
                    return fprintf(stderr, "WRITE failed at block %u\n", block), 2;
                ++version[block];
            } else if (op < 14) {
                if (!read10((base + block) * (kBlock / 512), got, kBlock / 512, 512))
                    return fprintf(stderr, "READ failed at block %u\n", block), 2;
                if (version[block]) {
                    pattern(buf, kBlock, version[block], ((unsigned long)seed << 32) | block);
                    if (memcmp(buf, got, kBlock)) {
                        ++mismatches;
                        fprintf(stderr, "MISMATCH block %u version %u: %.40s\n", block, version[block], (const char *)got);
                    }
                }
            } else if (op == 14) {
                if (!sync_cache())
                    return fprintf(stderr, "SYNCHRONIZE CACHE failed\n"), 2;
            } else {
                /* ABORT TASK SET (RFC 7143 §11.5.1): nothing of ours is in flight, so it must just succeed. */
                if (iscsi_task_mgmt_abort_task_set_sync(iscsi, (uint32_t)lun) != 0)
                    return fprintf(stderr, "ABORT TASK SET failed: %s\n", iscsi_get_error(iscsi)), 2;
                ++tmfs;
            }
        }
        iscsi_logout_sync(iscsi);
        iscsi_destroy_context(iscsi);
        iscsi = NULL;
    }
    printf("OPS %lu LOGINS %lu TMFS %lu MISMATCHES %lu\n", ops, logins, tmfs, mismatches);
    return mismatches ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: %s write|verify disk|tape|dvd URL LOG ROUND | soak disk URL SECONDS SEED\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "soak") == 0) {
        iscsi = NULL;
        return soak(argv[3], (unsigned)strtoul(argv[4], NULL, 10), (unsigned)strtoul(argv[5], NULL, 10));
    }
    const int writing = strcmp(argv[1], "write") == 0;
    const unsigned round = (unsigned)strtoul(argv[5], NULL, 10);
    iscsi = iscsi_create_context("iqn.2026-11.lab.storlab:verified-io");
    struct iscsi_url *url = iscsi ? iscsi_parse_full_url(iscsi, argv[3]) : NULL;
    if (!url) {
        fprintf(stderr, "bad URL %s\n", argv[3]);
        return 2;
    }
    iscsi_set_targetname(iscsi, url->target);
    iscsi_set_session_type(iscsi, ISCSI_SESSION_NORMAL);
    iscsi_set_header_digest(iscsi, ISCSI_HEADER_DIGEST_NONE);
    iscsi_set_noautoreconnect(iscsi, 1);   /* a broken connection ends the run: the daemon was killed */
    lun = url->lun;
    if (iscsi_full_connect_sync(iscsi, url->portal, url->lun) != 0) {
        fprintf(stderr, "login failed: %s\n", iscsi_get_error(iscsi));
        return 2;
    }
    FILE *log = fopen(argv[4], writing ? "a" : "r");
    if (!log || !ready()) {
        fprintf(stderr, "cannot open %s or the LUN is not ready\n", argv[4]);
        return 2;
    }
    int rc = 0;
    if (!writing)
        rc = verify(argv[2], log, round);
    else if (strcmp(argv[2], "tape") == 0)
        write_tape(log, round);
    else if (strcmp(argv[2], "dvd") == 0)
        write_dvd(log, round);
    else
        write_disk(log, round);
    fclose(log);
    iscsi_destroy_url(url);
    if (!writing)
        iscsi_logout_sync(iscsi);
    iscsi_destroy_context(iscsi);
    return rc;
}
