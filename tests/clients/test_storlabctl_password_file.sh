#!/usr/bin/env bash
# --password-file after the command belongs to the command, as the README's
# Administration section writes it: `admin-user set admin --password-file ./pw`
# (then a TLS login as that user with the same file works, a wrong one is
# refused) and `account create USER --password-file F` (then iscsi-inq logs in
# with CHAP using that secret; a wrong secret is refused). Run from the
# directory holding the files, with relative paths.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/tgtadm_lib.sh"
sl_init "$1"
sl_need openssl iscsi-inq
tgtadm_find_ctl
SOCK=$SL_TMP/admin.sock
ctl() { timeout 60 "$CTL" --socket "$SOCK" "$@"; }

sl_config "$SL_TMP/c.json" "$(sl_target_json "$SL_IQN" "$(sl_lun_json 1 null '' 16M 512)")"
sl_start "$SL_TMP/c.json" --socket "$SOCK"
cd "$SL_TMP"
printf 'Adm1n-secret\n' >pw
printf 'chap-secret-12\n' >chap
chmod 600 pw chap

# admin-user set NAME --password-file F
ctl admin-user set admin --password-file ./pw >/dev/null || sl_die "admin-user set admin --password-file ./pw failed"
ctl admin-user list | grep -qw admin || sl_die "admin-user list lacks admin"

# account create USER --password-file F, bound to the target: CHAP with that secret.
ctl account create alice --password-file ./chap >/dev/null || sl_die "account create alice --password-file ./chap failed"
ctl target bind "$SL_IQN" alice >/dev/null || sl_die "target bind alice failed"
sl_run 30 iscsi-inq "iscsi://alice%chap-secret-12@127.0.0.1:$SL_PORT/$SL_IQN/1" | grep -q DIRECT_ACCESS ||
  sl_die "iscsi-inq with alice's CHAP secret from the file cannot log in"
if timeout 30 iscsi-inq "iscsi://alice%wrong-secret-1@127.0.0.1:$SL_PORT/$SL_IQN/1" >/dev/null 2>&1; then
  sl_die "a wrong CHAP secret logs in: the account's secret is not the file's"
fi

# The admin user's password is the file's: a TLS login with it works.
port=$(sl_free_port)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -keyout admin.key -out admin.crt 2>/dev/null ||
  sl_die "openssl could not make a key pair"
ctl config export >lab.json
python3 - lab.json "$port" "$SL_TMP" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d = d.get("config", d)
d.setdefault("admin", {})["tls"] = {"listen": "127.0.0.1:" + sys.argv[2], "cert": sys.argv[3] + "/admin.crt", "key": sys.argv[3] + "/admin.key"}
json.dump(d, open(sys.argv[1], "w"))
PY
ctl config import lab.json >/dev/null || sl_die "config import with admin.tls failed"
timeout 60 "$CTL" --connect "tls://127.0.0.1:$port" --user admin --password-file ./pw --ca admin.crt target list | grep -q "$SL_IQN" ||
  sl_die "TLS login as admin with --password-file ./pw failed"
printf 'not-the-password\n' >bad
if timeout 60 "$CTL" --connect "tls://127.0.0.1:$port" --user admin --password-file ./bad --ca admin.crt target list >/dev/null 2>&1; then
  sl_die "a TLS login with the wrong password succeeded"
fi
echo "PASS: --password-file after admin-user set / account create is the command's"
