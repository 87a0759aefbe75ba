#!/usr/bin/env bash
# Makes the built storlabctl, storlab and storlab-media of BUILD_DIR (default
# build/release) reachable from any shell: symlinks in /usr/local/bin as root,
# else in ~/.local/bin (Debian's default ~/.profile puts it on PATH once it
# exists), and their man pages beside them (../share/man, where man(1) looks
# for the programs of that bin directory). A file there that is not already a
# symlink into this checkout is left alone. Prints where each program is.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build/release}" && pwd)
if [ "$(id -u)" -eq 0 ]; then bindir=/usr/local/bin; else bindir=$HOME/.local/bin; fi
mandir=$(dirname "$bindir")/share/man
here=$(pwd)
# link FILE LINK: true when LINK now points at FILE.
link() {
  if [ -e "$2" ] && ! { [ -L "$2" ] && [[ $(readlink "$2") == "$here"/* ]]; }; then
    return 1
  fi
  mkdir -p "$(dirname "$2")"
  ln -sfn "$1" "$2"
}
echo "storlab: programs of this lab (from any shell):"
for p in cli/storlabctl gui/storlab media/storlab-media; do
  exe=$build/$p
  name=$(basename "$p")
  [ -x "$exe" ] || continue
  if link "$exe" "$bindir/$name"; then
    echo "  $name -> $bindir/$name"
  else
    echo "  $name: $exe ($bindir/$name exists and is not ours: left alone)"
  fi
done
for page in "$build"/man/*.[0-9]; do
  [ -f "$page" ] || continue
  link "$page" "$mandir/man${page##*.}/$(basename "$page")" || true
done
case ":$PATH:" in
  *":$bindir:"*) ;;
  *) echo "  ($bindir is not on this shell's PATH: a new login shell has it, or: export PATH=\"$bindir:\$PATH\")" ;;
esac
