/* loopback_tcp.c - the loopback TCP copy rate: what one TCP connection over
 * 127.0.0.1 carries on this machine, the ceiling for any iSCSI sequential
 * transfer measured beside it (issue #8: seq read/write >= 60 % of it).
 *
 *   loopback_tcp PORT SECONDS [BLOCK_BYTES]
 *
 * One thread writes BLOCK_BYTES blocks (default 256 KiB, the bench's seq
 * block) to a connection on 127.0.0.1:PORT for SECONDS, the other reads them.
 * Prints "LOOPBACK <bytes> <seconds> <MB/s>" (MB = 10^6 bytes).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static size_t block_bytes = 262144;
static double run_seconds;
static int sender_fd = -1;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void* send_blocks(void* arg)
{
    (void)arg;
    char* block = malloc(block_bytes);
    if (!block)
        return NULL;
    memset(block, 0x5a, block_bytes);
    double end = now() + run_seconds;
    while (now() < end) {
        size_t off = 0;
        while (off < block_bytes) {
            ssize_t n = write(sender_fd, block + off, block_bytes - off);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                goto out;
            off += (size_t)n;
        }
    }
out:
    shutdown(sender_fd, SHUT_WR); /* the reader sees EOF */
    free(block);
    return NULL;
}

int main(int argc, char** argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: loopback_tcp PORT SECONDS [BLOCK_BYTES]\n");
        return 2;
    }
    int port = atoi(argv[1]);
    run_seconds = atof(argv[2]);
    if (argc > 3)
        block_bytes = strtoul(argv[3], NULL, 10);
    if (port <= 0 || port > 65535 || run_seconds <= 0 || run_seconds > 600 || block_bytes == 0 ||
        block_bytes > (64u << 20)) {
        fprintf(stderr, "loopback_tcp: PORT 1..65535, SECONDS 0..600, BLOCK_BYTES 1..64 MiB\n");
        return 2;
    }

    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (lfd < 0 || setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
        bind(lfd, (struct sockaddr*)&addr, sizeof addr) < 0 || listen(lfd, 1) < 0) {
        perror("loopback_tcp: listen on 127.0.0.1");
        return 1;
    }
    sender_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sender_fd < 0 || connect(sender_fd, (struct sockaddr*)&addr, sizeof addr) < 0) {
        perror("loopback_tcp: connect");
        return 1;
    }
    int rfd = accept(lfd, NULL, NULL);
    if (rfd < 0) {
        perror("loopback_tcp: accept");
        return 1;
    }
    close(lfd);
    /* Like an iSCSI connection: Nagle off on both ends. */
    setsockopt(sender_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(rfd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    char* buffer = malloc(block_bytes);
    if (!buffer)
        return 1;
    pthread_t sender;
    double start = now();
    if (pthread_create(&sender, NULL, send_blocks, NULL) != 0) {
        fprintf(stderr, "loopback_tcp: pthread_create failed\n");
        return 1;
    }
    unsigned long long received = 0;
    for (;;) {
        ssize_t n = read(rfd, buffer, block_bytes);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        received += (unsigned long long)n;
    }
    double elapsed = now() - start;
    pthread_join(sender, NULL);
    close(rfd);
    close(sender_fd);
    free(buffer);
    printf("LOOPBACK %llu %.3f %.1f\n", received, elapsed, (double)received / elapsed / 1e6);
    return received > 0 ? 0 : 1;
}
