#!/usr/bin/env bash
# libiscsi's iscsi-test-cu against a glfs LUN (a 256 MiB file in the GlusterFS
# fixture's volume): every test the rdwr store passes
# (tests/conformance/expected-pass.txt) must pass here too.
#   bash conformance_glfs.sh STORLABD GLUSTER_ENV_FILE
# Run by hand (start the fixture with tests/stores/fixture.sh gluster-up),
# not by ctest: it has not yet been run to the end on the test volume.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env=${2:-}
[[ -n $env && -s $env ]] || { echo "SKIP: GlusterFS fixture not running (no ${env:-env file})" >&2; exit 77; }
set -a; source "$env"; set +a
file=conf$$.img
trap 'rm -f "$GLUSTER_DIR/bricks/$GLUSTER_VOLUME/$file"' EXIT
export CONFORMANCE_LUN_JSON
CONFORMANCE_LUN_JSON=$(printf '{"lun":1,"type":"disk","store":"glfs","path":"%s@%s:/%s","bsopts":"port=%s","size":"256M"}' \
  "$GLUSTER_VOLUME" "$GLUSTER_HOST" "$file" "$GLUSTER_PORT")
# Every command is a round trip to the cluster: tests that send hundreds of
# them (CompareAndWrite.Simple, Unmap.Simple) need more than the file-store bound.
export CONFORMANCE_TIMEOUT=${CONFORMANCE_TIMEOUT:-120}
bash "$here/../conformance/test_iscsi_test_cu.sh" "${1:-}"
