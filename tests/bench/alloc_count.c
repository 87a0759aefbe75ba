/* alloc_count.c - LD_PRELOAD shim counting heap allocations per thread.
 *
 * Counts every malloc, calloc, realloc, memalign, posix_memalign,
 * aligned_alloc, valloc and pvalloc (C++ operator new reaches malloc, so it
 * is counted too). The counts live in a fixed table; on SIGUSR2 and at exit
 * the shim writes one line per thread to $ALLOC_COUNT_OUT (default
 * /tmp/alloc_count.<pid>), replacing the file:
 *     <tid> <allocations>
 * The reader maps a tid to its thread name with /proc/<pid>/task/<tid>/comm.
 * Two snapshots taken during a steady workload give allocations per I/O.
 * Used by tests/bench/alloc_per_io.sh; see tests/bench/README.md.
 *
 * The real allocator is reached through glibc's __libc_* entry points, so
 * no dlsym (which itself allocates) is needed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

extern void* __libc_malloc(size_t);
extern void* __libc_calloc(size_t, size_t);
extern void* __libc_realloc(void*, size_t);
extern void* __libc_memalign(size_t, size_t);
extern void* __libc_valloc(size_t);
extern void* __libc_pvalloc(size_t);

enum { kSlots = 4096 };

struct slot {
    volatile int tid;
    unsigned long count; /* updated with relaxed atomics */
};

static struct slot slots[kSlots];
static unsigned slots_used;          /* atomic */
static unsigned long overflow_count; /* threads beyond kSlots share this */
static __thread struct slot* my_slot;
static char out_path[256];

static void count_one(void)
{
    struct slot* s = my_slot;
    if (!s) {
        unsigned i = __atomic_fetch_add(&slots_used, 1, __ATOMIC_RELAXED);
        if (i >= kSlots) {
            __atomic_fetch_add(&overflow_count, 1, __ATOMIC_RELAXED);
            return;
        }
        s = &slots[i];
        s->tid = (int)syscall(SYS_gettid);
        my_slot = s;
    }
    __atomic_fetch_add(&s->count, 1, __ATOMIC_RELAXED);
}

void* malloc(size_t n) { count_one(); return __libc_malloc(n); }
void* calloc(size_t n, size_t m) { count_one(); return __libc_calloc(n, m); }
void* realloc(void* p, size_t n) { count_one(); return __libc_realloc(p, n); }
void* memalign(size_t a, size_t n) { count_one(); return __libc_memalign(a, n); }
void* aligned_alloc(size_t a, size_t n) { count_one(); return __libc_memalign(a, n); }
void* valloc(size_t n) { count_one(); return __libc_valloc(n); }
void* pvalloc(size_t n) { count_one(); return __libc_pvalloc(n); }

int posix_memalign(void** out, size_t a, size_t n)
{
    if (a < sizeof(void*) || (a & (a - 1)) != 0)
        return EINVAL;
    count_one();
    void* p = __libc_memalign(a, n);
    if (!p)
        return ENOMEM;
    *out = p;
    return 0;
}

/* Async-signal-safe decimal formatting. */
static size_t put_ulong(char* p, unsigned long v)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; ++i)
        p[i] = tmp[n - 1 - i];
    return n;
}

static void dump(void)
{
    /* Write a temporary file and rename it, so a reader never sees half a table. */
    char tmp_path[sizeof out_path + 8];
    size_t len = strlen(out_path);
    memcpy(tmp_path, out_path, len);
    memcpy(tmp_path + len, ".tmp", 5);
    int fd = open(tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    unsigned used = __atomic_load_n(&slots_used, __ATOMIC_RELAXED);
    if (used > kSlots)
        used = kSlots;
    char line[64];
    for (unsigned i = 0; i < used; ++i) {
        size_t n = put_ulong(line, (unsigned long)slots[i].tid);
        line[n++] = ' ';
        n += put_ulong(line + n, __atomic_load_n(&slots[i].count, __ATOMIC_RELAXED));
        line[n++] = '\n';
        if (write(fd, line, n) < 0)
            break;
    }
    unsigned long spill = __atomic_load_n(&overflow_count, __ATOMIC_RELAXED);
    if (spill) {
        size_t n = 0;
        line[n++] = '0';
        line[n++] = ' ';
        n += put_ulong(line + n, spill);
        line[n++] = '\n';
        if (write(fd, line, n) < 0) {
        }
    }
    close(fd);
    rename(tmp_path, out_path);
}

static void on_signal(int sig)
{
    (void)sig;
    int saved = errno;
    dump();
    errno = saved;
}

__attribute__((constructor)) static void alloc_count_init(void)
{
    const char* out = getenv("ALLOC_COUNT_OUT");
    if (out && *out && strlen(out) < sizeof out_path)
        strcpy(out_path, out);
    else
        snprintf(out_path, sizeof out_path, "/tmp/alloc_count.%d", (int)getpid());
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR2, &sa, NULL);
}

__attribute__((destructor)) static void alloc_count_fini(void)
{
    dump();
}
