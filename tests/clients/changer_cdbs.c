/* A tiny libiscsi initiator for the changer and tape client tests
 * (test_changer_cdbs.sh, test_tape_cdbs.sh): sends SMC-3 / SSC-4 CDBs to a
 * changer or tape LUN over one session and prints one line per command, so
 * the script can compare with expectations.
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
 *   Tape positioning as Linux st does it: tell (READ POSITION, BT = 1): "TELL <block>";
 *     seek N (LOCATE(10), BT = 1).
 *   Tape streaming (tests/bench/run_tape_bench.sh), queue depth $STREAM_QD (default 4):
 *     stream-write N BS   N variable-length WRITE(6) blocks of BS bytes, pipelined:
 *                         "STREAM write N BYTES SECS MB/s SUM" (MB = 10^6 B, SUM = order-dependent
 *                         64-bit hash of the data in block order)
 *     stream-read N BS    N variable-length READ(6) of BS bytes, pipelined, same line with "read";
 *                         any short block or sense prints "STREAMFAIL ..." instead
 *     clock               "CLOCK <monotonic seconds>" (to time e.g. stream-write + wfm)
 *   Failures print "SENSE key/asc/ascq" (hex) or "STATUS n"; the exit code is 0
 *   unless the connection fails.
 */
#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>
#include <poll.h>
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

/* ---------------------------------------------------------------- tape (SSC-4) */

static unsigned char pattern(unsigned seed, size_t i)
{
    return (unsigned char)(seed * 131u + i * 7u + (i >> 8) + (i >> 16));
}

static void fill(unsigned char *buf, size_t len, unsigned seed, size_t offset)
{
    for (size_t i = 0; i < len; ++i)
        buf[i] = pattern(seed, offset + i);
}

static int matches(const unsigned char *buf, size_t len, unsigned seed, size_t offset)
{
    for (size_t i = 0; i < len; ++i)
        if (buf[i] != pattern(seed, offset + i))
            return 0;
    return 1;
}

/* Sends a tape CDB; Data-In lands in `in` (so sense and data are both kept),
 * Data-Out comes from `out`. Returns the task (caller frees). */
static struct scsi_task *send_tape(const unsigned char *cdb, int len, unsigned char *in, int inlen,
                                   unsigned char *out, int outlen)
{
    struct scsi_task *t = calloc(1, sizeof(*t));
    memcpy(t->cdb, cdb, (size_t)len);
    t->cdb_size = len;
    t->xfer_dir = inlen ? SCSI_XFER_READ : outlen ? SCSI_XFER_WRITE : SCSI_XFER_NONE;
    t->expxferlen = inlen ? inlen : outlen;
    if (inlen && scsi_task_add_data_in_buffer(t, inlen, in) != 0) {
        fprintf(stderr, "scsi_task_add_data_in_buffer failed\n");
        exit(2);
    }
    struct iscsi_data d = {(size_t)outlen, out};
    if (!iscsi_scsi_command_sync(iscsi, lun, t, outlen ? &d : NULL)) {
        fprintf(stderr, "command failed: %s\n", iscsi_get_error(iscsi));
        exit(2);
    }
    return t;
}

/* Bytes of Data-In actually transferred for a task sent with send_tape. */
static int transferred(const struct scsi_task *t, int inlen)
{
    if (t->residual_status == SCSI_RESIDUAL_UNDERFLOW)
        return inlen - (int)t->residual;
    return inlen;
}

/* Prints the outcome of a tape command with FILEMARK/EOM/ILI and INFORMATION;
 * returns 1 when GOOD (nothing printed then). */
static int tape_outcome(const struct scsi_task *t)
{
    if (t->status == SCSI_STATUS_GOOD)
        return 1;
    if (t->status != SCSI_STATUS_CHECK_CONDITION || t->datain.size < 4) {
        printf("STATUS %d", t->status);
        return 0;
    }
    const unsigned char *sb = t->datain.data + 2;
    int n = t->datain.size - 2;
    int fm = 0, eom = 0, ili = 0, valid = 0, key = 0, asc = 0, ascq = 0;
    int64_t info = 0;
    if ((sb[0] & 0x7F) == 0x70 || (sb[0] & 0x7F) == 0x71) { /* fixed format (SPC-4 4.5.3) */
        key = sb[2] & 0x0F;
        fm = sb[2] & 0x80;
        eom = sb[2] & 0x40;
        ili = sb[2] & 0x20;
        valid = sb[0] & 0x80;
        info = (int32_t)((uint32_t)sb[3] << 24 | (uint32_t)sb[4] << 16 | (uint32_t)sb[5] << 8 | sb[6]);
        asc = n > 12 ? sb[12] : 0;
        ascq = n > 13 ? sb[13] : 0;
    } else if ((sb[0] & 0x7F) == 0x72 || (sb[0] & 0x7F) == 0x73) { /* descriptor format (SPC-4 4.5.2) */
        key = sb[1] & 0x0F;
        asc = sb[2];
        ascq = sb[3];
        for (int p = 8; p + 2 <= n && p + 2 + sb[p + 1] <= n; p += 2 + sb[p + 1]) {
            const unsigned char *dd = sb + p;
            if (dd[0] == 0x00 && dd[1] >= 0x0A) { /* information */
                valid = dd[2] & 0x80;
                uint64_t v = 0;
                for (int k = 4; k < 12; ++k)
                    v = v << 8 | dd[k];
                info = (int64_t)v;
            } else if (dd[0] == 0x04 && dd[1] >= 2) { /* stream commands */
                fm = dd[3] & 0x80;
                eom = dd[3] & 0x40;
                ili = dd[3] & 0x20;
            }
        }
    } else {
        printf("SENSE ?format %02x", sb[0]);
        return 0;
    }
    printf("SENSE %x/%02x/%02x%s%s%s", key, asc, ascq, fm ? " FM" : "", eom ? " EOM" : "", ili ? " ILI" : "");
    if (valid)
        printf(" INFO=%lld", (long long)info);
    return 0;
}

static void tape_simple(const unsigned char *cdb, int len)
{
    struct scsi_task *t = send_tape(cdb, len, NULL, 0, NULL, 0);
    if (tape_outcome(t))
        printf("GOOD");
    printf("\n");
    scsi_free_scsi_task(t);
}

static void tape_write(int fixed, unsigned count, unsigned bl, unsigned seed)
{
    size_t bytes = fixed ? (size_t)count * bl : count;
    unsigned char *buf = malloc(bytes ? bytes : 1);
    fill(buf, bytes, seed, 0);
    unsigned char c[6] = {0x0A, (unsigned char)(fixed ? 1 : 0), (unsigned char)(count >> 16), (unsigned char)(count >> 8),
                          (unsigned char)count, 0};
    struct scsi_task *t = send_tape(c, 6, NULL, 0, buf, (int)bytes);
    if (tape_outcome(t))
        printf("GOOD");
    printf("\n");
    scsi_free_scsi_task(t);
    free(buf);
}

static void tape_read(int fixed, unsigned count, unsigned bl, unsigned seed)
{
    size_t bytes = fixed ? (size_t)count * bl : count;
    unsigned char *buf = calloc(1, bytes ? bytes : 1);
    unsigned char c[6] = {0x08, (unsigned char)(fixed ? 1 : 0), (unsigned char)(count >> 16), (unsigned char)(count >> 8),
                          (unsigned char)count, 0};
    struct scsi_task *t = send_tape(c, 6, buf, (int)bytes, NULL, 0);
    int got = transferred(t, (int)bytes);
    int ok = matches(buf, (size_t)got, seed, 0);
    if (tape_outcome(t))
        printf("READ %d %s", got, ok ? "OK" : "BAD");
    else if (got > 0)
        printf(" GOT=%d %s", got, ok ? "OK" : "BAD");
    printf("\n");
    scsi_free_scsi_task(t);
    free(buf);
}


/* ------------------------------------------------------ tape streaming (bench) */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Block `idx` of a stream: xorshift64 words seeded by the block number, so
 * every block differs and nothing compresses. */
static void stream_fill(unsigned char *buf, size_t len, uint64_t idx)
{
    uint64_t x = 0x9E3779B97F4A7C15ull ^ (idx * 0xD1B54A32D192ED03ull + 1);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        memcpy(buf + i, &x, 8);
    }
    for (; i < len; ++i)
        buf[i] = (unsigned char)(idx + i);
}

static uint64_t stream_hash(const unsigned char *buf, size_t len)
{
    uint64_t h = 0xCBF29CE484222325ull, w;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        memcpy(&w, buf + i, 8);
        h = (h ^ w) * 0x100000001B3ull;
    }
    for (; i < len; ++i)
        h = (h ^ buf[i]) * 0x100000001B3ull;
    return h ^ len;
}

struct stream_slot {
    unsigned char *buf;
    uint64_t idx;
    int busy;
};

struct stream_state {
    int reading, failed;
    unsigned bs;
    int inflight;
    uint64_t *hashes;
};

struct stream_io {
    struct stream_state *st;
    struct stream_slot *slot;
};

static void stream_done(struct iscsi_context *ctx, int status, void *command_data, void *private_data)
{
    (void)ctx;
    struct scsi_task *t = command_data;
    struct stream_io *io = private_data;
    struct stream_state *st = io->st;
    if (status != SCSI_STATUS_GOOD || !t || t->status != SCSI_STATUS_GOOD) {
        if (!st->failed) {
            printf("STREAMFAIL %s block %llu: ", st->reading ? "read" : "write", (unsigned long long)io->slot->idx);
            if (t && t->status == SCSI_STATUS_CHECK_CONDITION)
                tape_outcome(t);
            else
                printf("status %d %s", status, iscsi_get_error(iscsi));
            printf("\n");
        }
        st->failed = 1;
    } else if (st->reading) {
        int got = transferred(t, (int)st->bs);
        if (got != (int)st->bs && !st->failed) {
            printf("STREAMFAIL read block %llu: %d bytes, want %u\n", (unsigned long long)io->slot->idx, got, st->bs);
            st->failed = 1;
        }
        st->hashes[io->slot->idx] = stream_hash(io->slot->buf, (size_t)got);
    }
    if (t)
        scsi_free_scsi_task(t);
    io->slot->busy = 0;
    st->inflight--;
    free(io);
}

static void stream(int reading, uint64_t n, unsigned bs)
{
    const char *q = getenv("STREAM_QD");
    int qd = q ? atoi(q) : 4;
    if (qd < 1 || qd > 64)
        qd = 4;
    if (bs == 0 || bs > 0xFFFFFF) {
        fprintf(stderr, "stream: block size must be 1..16777215\n");
        exit(1);
    }
    struct stream_state st = {reading, 0, bs, 0, calloc(n ? n : 1, sizeof(uint64_t))};
    struct stream_slot *slots = calloc((size_t)qd, sizeof(*slots));
    for (int k = 0; k < qd; ++k)
        slots[k].buf = malloc(bs);
    uint64_t next = 0;
    double t0 = now_s();
    while ((next < n && !st.failed) || st.inflight) {
        while (st.inflight < qd && next < n && !st.failed) {
            struct stream_slot *sl = NULL;
            for (int k = 0; k < qd && !sl; ++k)
                if (!slots[k].busy)
                    sl = &slots[k];
            sl->idx = next;
            unsigned char c[6] = {(unsigned char)(reading ? 0x08 : 0x0A), 0, (unsigned char)(bs >> 16),
                                  (unsigned char)(bs >> 8), (unsigned char)bs, 0};
            struct scsi_task *t = calloc(1, sizeof(*t));
            memcpy(t->cdb, c, 6);
            t->cdb_size = 6;
            t->xfer_dir = reading ? SCSI_XFER_READ : SCSI_XFER_WRITE;
            t->expxferlen = (int)bs;
            struct iscsi_data d = {bs, sl->buf};
            if (reading) {
                scsi_task_add_data_in_buffer(t, (int)bs, sl->buf);
            } else {
                stream_fill(sl->buf, bs, next);
                st.hashes[next] = stream_hash(sl->buf, bs);
            }
            struct stream_io *io = malloc(sizeof(*io));
            io->st = &st;
            io->slot = sl;
            if (iscsi_scsi_command_async(iscsi, lun, t, stream_done, reading ? NULL : &d, io) != 0) {
                fprintf(stderr, "stream: cannot queue a command: %s\n", iscsi_get_error(iscsi));
                exit(2);
            }
            sl->busy = 1;
            st.inflight++;
            next++;
        }
        struct pollfd pfd = {iscsi_get_fd(iscsi), (short)iscsi_which_events(iscsi), 0};
        int r = poll(&pfd, 1, 1000);
        if (r < 0) {
            perror("poll");
            exit(2);
        }
        if (iscsi_service(iscsi, r > 0 ? pfd.revents : 0) < 0) {
            fprintf(stderr, "stream: connection failed: %s\n", iscsi_get_error(iscsi));
            exit(2);
        }
    }
    double secs = now_s() - t0;
    if (!st.failed) {
        uint64_t sum = 0xCBF29CE484222325ull;
        for (uint64_t k = 0; k < n; ++k)
            sum = (sum ^ st.hashes[k]) * 0x100000001B3ull;
        double bytes = (double)n * bs;
        printf("STREAM %s %llu %.0f %.3f %.1f %016llx\n", reading ? "read" : "write", (unsigned long long)n, bytes, secs,
               secs > 0 ? bytes / secs / 1e6 : 0.0, (unsigned long long)sum);
    }
    for (int k = 0; k < qd; ++k)
        free(slots[k].buf);
    free(slots);
    free(st.hashes);
}

static void tape_command(int argc, char **argv, int *i)
{
    const char *cmd = argv[*i];
#define ARG(k) ((unsigned)strtoul(argv[*i + (k)], NULL, 0))
    if (!strcmp(cmd, "ready")) {
        unsigned char c[6] = {0};
        for (int k = 0; k < 3; ++k) {
            struct scsi_task *t = send_tape(c, 6, NULL, 0, NULL, 0);
            int good = t->status == SCSI_STATUS_GOOD;
            scsi_free_scsi_task(t);
            if (good) {
                printf("READY\n");
                return;
            }
        }
        printf("NOT READY\n");
    } else if (!strcmp(cmd, "rbl")) {
        unsigned char c[6] = {0x05, 0, 0, 0, 0, 0}, d[6] = {0};
        struct scsi_task *t = send_tape(c, 6, d, 6, NULL, 0);
        if (tape_outcome(t))
            printf("LIMITS %u %u %u", d[0] & 0x1F, be24(d + 1), be16(d + 4));
        printf("\n");
        scsi_free_scsi_task(t);
    } else if (!strcmp(cmd, "blocksize") && *i + 1 < argc) {
        unsigned bl = ARG(1);
        *i += 1;
        unsigned char p[12] = {0, 0, 0x10, 8, 0, 0, 0, 0, 0, (unsigned char)(bl >> 16), (unsigned char)(bl >> 8), (unsigned char)bl};
        unsigned char c[6] = {0x15, 0x10, 0, 0, 12, 0};
        struct scsi_task *t = send_tape(c, 6, NULL, 0, p, 12);
        if (tape_outcome(t))
            printf("GOOD");
        printf("\n");
        scsi_free_scsi_task(t);
    } else if ((!strcmp(cmd, "write") || !strcmp(cmd, "read")) && *i + 2 < argc) {
        unsigned len = ARG(1), seed = ARG(2);
        *i += 2;
        if (cmd[0] == 'w')
            tape_write(0, len, 0, seed);
        else
            tape_read(0, len, 0, seed);
    } else if ((!strcmp(cmd, "writefix") || !strcmp(cmd, "readfix")) && *i + 3 < argc) {
        unsigned n = ARG(1), bl = ARG(2), seed = ARG(3);
        *i += 3;
        if (cmd[0] == 'w')
            tape_write(1, n, bl, seed);
        else
            tape_read(1, n, bl, seed);
    } else if (!strcmp(cmd, "wfm") && *i + 1 < argc) {
        unsigned n = ARG(1);
        *i += 1;
        unsigned char c[6] = {0x10, 0, (unsigned char)(n >> 16), (unsigned char)(n >> 8), (unsigned char)n, 0};
        tape_simple(c, 6);
    } else if (!strcmp(cmd, "rewind")) {
        unsigned char c[6] = {0x01, 0, 0, 0, 0, 0};
        tape_simple(c, 6);
    } else if (!strcmp(cmd, "space") && *i + 2 < argc) {
        unsigned code = ARG(1);
        int count = atoi(argv[*i + 2]);
        *i += 2;
        unsigned char c[6] = {0x11, (unsigned char)(code & 0x0F), (unsigned char)((unsigned)count >> 16),
                              (unsigned char)((unsigned)count >> 8), (unsigned char)count, 0};
        tape_simple(c, 6);
    } else if (!strcmp(cmd, "rpos") || !strcmp(cmd, "rposl")) {
        int lng = cmd[4] == 'l';
        unsigned char c[10] = {0x34, (unsigned char)(lng ? 0x06 : 0x00), 0, 0, 0, 0, 0, 0, 0, 0}, d[32] = {0};
        struct scsi_task *t = send_tape(c, 10, d, lng ? 32 : 20, NULL, 0);
        if (tape_outcome(t)) {
            if (lng) {
                uint64_t obj = 0, file = 0, set = 0;
                for (int k = 0; k < 8; ++k) {
                    obj = obj << 8 | d[8 + k];
                    file = file << 8 | d[16 + k];
                    set = set << 8 | d[24 + k];
                }
                printf("POSL %llu %llu %llu BOP=%d EOP=%d", (unsigned long long)obj, (unsigned long long)file,
                       (unsigned long long)set, !!(d[0] & 0x80), !!(d[0] & 0x40));
            } else {
                printf("POS %u %u BOP=%d EOP=%d", be16(d + 4) << 16 | be16(d + 6), be16(d + 8) << 16 | be16(d + 10),
                       !!(d[0] & 0x80), !!(d[0] & 0x40));
            }
        }
        printf("\n");
        scsi_free_scsi_task(t);
    } else if (!strcmp(cmd, "locate") && *i + 1 < argc) {
        unsigned n = ARG(1);
        *i += 1;
        unsigned char c[10] = {0x2B, 0, 0, (unsigned char)(n >> 24), (unsigned char)(n >> 16), (unsigned char)(n >> 8),
                               (unsigned char)n, 0, 0, 0};
        tape_simple(c, 10);
    } else if (!strcmp(cmd, "tell")) {
        /* What Linux st sends for `mt tell` (MTIOCPOS): READ POSITION with
         * BT = 1, the block address at bytes 4..7: "TELL <block>". */
        unsigned char c[10] = {0x34, 0x01, 0, 0, 0, 0, 0, 0, 0, 0}, d[20] = {0};
        struct scsi_task *t = send_tape(c, 10, d, 20, NULL, 0);
        if (tape_outcome(t))
            printf("TELL %u", be16(d + 4) << 16 | be16(d + 6));
        printf("\n");
        scsi_free_scsi_task(t);
    } else if (!strcmp(cmd, "seek") && *i + 1 < argc) {
        /* What Linux st sends for `mt seek N` (MTSEEK): LOCATE(10) with BT = 1. */
        unsigned n = ARG(1);
        *i += 1;
        unsigned char c[10] = {0x2B, 0x04, 0, (unsigned char)(n >> 24), (unsigned char)(n >> 16), (unsigned char)(n >> 8),
                               (unsigned char)n, 0, 0, 0};
        tape_simple(c, 10);
    } else if (!strcmp(cmd, "locate16") && *i + 1 < argc) {
        unsigned n = ARG(1);
        *i += 1;
        unsigned char c[16] = {0x92, 0, 0, 0, 0, 0, 0, 0, (unsigned char)(n >> 24), (unsigned char)(n >> 16),
                               (unsigned char)(n >> 8), (unsigned char)n, 0, 0, 0, 0};
        tape_simple(c, 16);
    } else if ((!strcmp(cmd, "stream-write") || !strcmp(cmd, "stream-read")) && *i + 2 < argc) {
        uint64_t n = strtoull(argv[*i + 1], NULL, 0);
        unsigned bs = ARG(2);
        *i += 2;
        stream(cmd[7] == 'r', n, bs);
    } else if (!strcmp(cmd, "clock")) {
        printf("CLOCK %.6f\n", now_s());
    } else {
        fprintf(stderr, "unknown command or missing arguments: %s\n", cmd);
        exit(1);
    }
#undef ARG
}

static int is_tape_command(const char *cmd)
{
    static const char *const names[] = {"ready", "rbl", "blocksize", "write", "read", "writefix", "readfix", "wfm",
                                        "rewind", "space", "rpos", "rposl", "locate", "locate16", "tell", "seek", "stream-write",
                                        "stream-read", "clock", NULL};
    for (int k = 0; names[k]; ++k)
        if (!strcmp(cmd, names[k]))
            return 1;
    return 0;
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
        } else if (is_tape_command(cmd)) {
            tape_command(argc, argv, &i);
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
