#!/usr/bin/env bash
# libiscsi's iscsi-test-cu against an rbd LUN (a 256 MiB image in the Ceph
# fixture): every test the rdwr store passes (tests/conformance/expected-pass.txt)
# must pass here too.   bash conformance_rbd.sh STORLABD CEPH_ENV_FILE
# Run by hand, not by ctest: with 120 s per test it takes far longer than the
# file stores, and Unmap.Simple (hundreds of discards, each a cluster round
# trip) still times out on the single-OSD test cluster.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env=${2:-}
[[ -n $env && -s $env ]] || { echo "SKIP: Ceph fixture not running (no ${env:-env file})" >&2; exit 77; }
set -a; source "$env"; set +a
R() { timeout 60 rbd -c "$CEPH_CONF" --id "$CEPH_CLIENT_ID" --keyring "$CEPH_KEYRING" "$@"; }
img=$CEPH_POOL/conf$$
R create --size 256M "$img" || { echo "FAIL: rbd create $img" >&2; exit 1; }
trap 'R rm "$img" >/dev/null 2>&1 || true' EXIT
export CONFORMANCE_LUN_JSON
CONFORMANCE_LUN_JSON=$(printf '{"lun":1,"type":"disk","store":"rbd","path":"%s","bsopts":"conf=%s;id=%s;keyring=%s"}' \
  "$img" "$CEPH_CONF" "$CEPH_CLIENT_ID" "$CEPH_KEYRING")
# Every command is a round trip to the cluster: tests that send hundreds of
# them (CompareAndWrite.Simple, Unmap.Simple) need more than the file-store bound.
export CONFORMANCE_TIMEOUT=${CONFORMANCE_TIMEOUT:-120}
bash "$here/../conformance/test_iscsi_test_cu.sh" "${1:-}"
