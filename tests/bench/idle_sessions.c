/* idle_sessions.c - holds N logged-in, idle iSCSI sessions open (libiscsi),
 * for measuring the target's memory per idle session (issue #8: < 256 KiB).
 *
 *   idle_sessions PORTAL TARGET_IQN N HOLD_SECONDS
 *
 * Each session has its own initiator name (iqn...:idle-<i>), so none
 * reinstates another. Once all are in Full Feature Phase it prints
 * "ready <N>" on stdout and keeps servicing the sockets (answering the
 * target's NOP-In pings) for HOLD_SECONDS, then logs all out. Exits 1 if a
 * login fails.
 */
#include <iscsi/iscsi.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char** argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s PORTAL TARGET_IQN N HOLD_SECONDS\n", argv[0]);
        return 2;
    }
    const char* portal = argv[1];
    const char* target = argv[2];
    const int n = atoi(argv[3]);
    const double hold = atof(argv[4]);
    if (n < 1 || n > 4096) {
        fprintf(stderr, "N must be 1..4096\n");
        return 2;
    }
    struct iscsi_context** ctx = calloc((size_t)n, sizeof *ctx);
    struct pollfd* fds = calloc((size_t)n, sizeof *fds);
    if (!ctx || !fds)
        return 1;
    for (int i = 0; i < n; ++i) {
        char name[128];
        snprintf(name, sizeof name, "iqn.2026-11.lab.storlab:idle-%d", i);
        ctx[i] = iscsi_create_context(name);
        if (!ctx[i]) {
            fprintf(stderr, "session %d: cannot create a libiscsi context\n", i);
            return 1;
        }
        iscsi_set_targetname(ctx[i], target);
        iscsi_set_session_type(ctx[i], ISCSI_SESSION_NORMAL);
        iscsi_set_header_digest(ctx[i], ISCSI_HEADER_DIGEST_NONE);
        if (iscsi_full_connect_sync(ctx[i], portal, 1) != 0) {
            fprintf(stderr, "session %d: login failed: %s\n", i, iscsi_get_error(ctx[i]));
            return 1;
        }
    }
    printf("ready %d\n", n);
    fflush(stdout);

    const double end = now() + hold;
    while (now() < end) {
        for (int i = 0; i < n; ++i) {
            fds[i].fd = iscsi_get_fd(ctx[i]);
            fds[i].events = (short)iscsi_which_events(ctx[i]);
            fds[i].revents = 0;
        }
        if (poll(fds, (nfds_t)n, 200) < 0)
            break;
        for (int i = 0; i < n; ++i)
            if (fds[i].revents && iscsi_service(ctx[i], fds[i].revents) < 0) {
                fprintf(stderr, "session %d: %s\n", i, iscsi_get_error(ctx[i]));
                return 1;
            }
    }
    for (int i = 0; i < n; ++i) {
        iscsi_logout_sync(ctx[i]);
        iscsi_destroy_context(ctx[i]);
    }
    free(fds);
    free(ctx);
    return 0;
}
