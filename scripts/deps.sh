#!/usr/bin/env bash
# Installs the Debian 12 packages storlab needs to build, run and test.
# Idempotent: only missing packages are installed. Usage: scripts/deps.sh [build|test]
set -euo pipefail
what=${1:-build}
build_pkgs=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libgl-dev libaio-dev liburing-dev libarchive-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libsystemd-dev scdoc
            librbd-dev librados-dev libglusterfs-dev)
test_pkgs=(libiscsi-bin libiscsi-dev qemu-utils qemu-block-extra qemu-system-x86 openssl python3 sg3-utils xvfb xauth tgt curl prometheus
           ceph-mon ceph-osd ceph-common uuid-runtime glusterfs-server glusterfs-cli tgt-rbd tgt-glusterfs
           open-isns-server open-isns-utils)
pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "storlab: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
# tgt (the reference target the tests compare with), prometheus (for its
# promtool), Ceph and GlusterFS (the network store tests start their own
# servers, tests/stores/fixture.sh) are tools here, not services: their
# packages would start tgtd on port 3260 - the lab's port -, a Prometheus
# server, glusterd on 24007 (which the test volume needs) and Ceph daemons.
# Unless the machine already has a policy (Debian's invoke-rc.d hook, also
# asked by deb-systemd-invoke), a temporary one keeps just those from
# starting while apt installs them.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# storlab scripts/deps.sh, removed when it ends\ncase "$1" in tgt|prometheus|glusterd*|glustereventsd*|ceph*|rbdmap*) exit 101 ;; esac\nexit 0\n' |
    $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  trap '$SUDO rm -f "$policy"' EXIT
fi
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -q
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
