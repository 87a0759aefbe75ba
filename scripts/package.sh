#!/usr/bin/env bash
# Builds the Debian packages storlabd, storlabctl, storlab and storlab-media
# from this tree (debian/, dpkg-buildpackage -us -uc -b), checks them with
# lintian and puts them in build/deb/. Install with:
#   apt install ./build/deb/storlab*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
# The Build-Depends of debian/control that scripts/deps.sh does not cover.
need=(debhelper dpkg-dev lintian libsystemd-dev scdoc)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
fi
version=$(dpkg-parsechangelog -S Version)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
# ccache, when installed, for rebuilds.
command -v ccache >/dev/null 2>&1 && export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
export DEB_BUILD_OPTIONS="parallel=$(nproc) ${DEB_BUILD_OPTIONS:-}"
dpkg-buildpackage -us -uc -b
out=build/deb
mkdir -p "$out"
changes=../storlab_${version}_${arch}.changes
for f in $(awk '/^Files:/{f=1; next} /^[^ ]/{f=0} f{print $5}' "$changes") "$(basename "$changes")"; do
  mv -f "../$f" "$out/"
done
lintian --fail-on error,warning "$out/storlab_${version}_${arch}.changes"
echo "storlab: packages in $out:"
ls -1 "$out"/*.deb
