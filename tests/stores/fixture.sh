#!/usr/bin/env bash
# fixture.sh ceph-up|ceph-down|gluster-up|gluster-down FIXTURES_DIR STATE_DIR
# CTest fixture steps for the network store tests: starts/stops the real
# single-node Ceph cluster or GlusterFS volume of the shared fixtures
# (../shared/fixtures beside the repository) in STATE_DIR. Exits 77 (skipped)
# when the fixtures, the server packages or root are missing; the tests then
# find no STATE_DIR/env and skip too.
set -uo pipefail
step=${1:-} fx=${2:-} dir=${3:-}
[[ -n $step && -n $fx && -n $dir ]] || { echo "usage: $0 STEP FIXTURES_DIR STATE_DIR" >&2; exit 2; }
skip() { echo "SKIP: $*" >&2; exit 77; }
case $step in
  ceph-up)
    [[ -x $fx/ceph-up.sh ]] || skip "no Ceph fixture at $fx"
    command -v ceph-osd >/dev/null && command -v ceph-mon >/dev/null || skip "ceph-mon/ceph-osd not installed"
    [[ $(id -u) == 0 ]] || skip "the Ceph fixture needs root"
    port=$(python3 -c 'import socket
for p in range(23300, 23400, 2):
    a, b = socket.socket(), socket.socket()
    try:
        a.bind(("127.0.0.1", p)); b.bind(("127.0.0.1", p + 1)); print(p); break
    except OSError: pass
    finally: a.close(); b.close()')
    # bluestore: data survives an OSD restart (the outage test restarts it).
    exec "$fx/ceph-up.sh" --quiet --dir "$dir" --port "$port" --store bluestore --store-size 2G ;;
  ceph-down)
    [[ -d $dir ]] || exit 0
    exec "$fx/ceph-down.sh" --quiet --dir "$dir" ;;
  gluster-up)
    [[ -x $fx/gluster-up.sh ]] || skip "no GlusterFS fixture at $fx"
    command -v glusterd >/dev/null && command -v gluster >/dev/null || skip "glusterfs-server/glusterfs-cli not installed"
    [[ $(id -u) == 0 ]] || skip "the GlusterFS fixture needs root"
    exec "$fx/gluster-up.sh" --quiet --dir "$dir" --volume storlabtest ;;
  gluster-down)
    [[ -d $dir ]] || exit 0
    exec "$fx/gluster-down.sh" --quiet --dir "$dir" ;;
  *) echo "unknown step $step" >&2; exit 2 ;;
esac
