#!/usr/bin/env python3
"""tgtadm_compare.py TGT STORLAB KNOWN: compares two normalized tgtadm
transcripts command by command (blocks starting with '$ tgtadm'). A block
that differs fails the comparison unless its command is listed in KNOWN
('command<TAB>reason' lines; '#' comments), which is then reported as a
known difference. Exit 0 when every other command matches."""
import difflib
import sys


def blocks(path):
    out, cur = [], None
    for line in open(path, encoding='utf-8', errors='replace'):
        if line.startswith('$ tgtadm '):
            cur = [line]
            out.append(cur)
        elif cur is not None:
            cur.append(line)
    return out


def main():
    tgt, ours = blocks(sys.argv[1]), blocks(sys.argv[2])
    known = {}
    for line in open(sys.argv[3], encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            cmd, _, why = line.rstrip('\n').partition('\t')
            known[cmd.strip()] = why.strip()
    if [b[0] for b in tgt] != [b[0] for b in ours]:
        print('the transcripts ran different commands', file=sys.stderr)
        return 1
    failed, matched, used = 0, 0, set()
    for a, b in zip(tgt, ours):
        cmd = a[0][len('$ tgtadm '):].strip()
        if a == b:
            matched += 1
            continue
        if cmd in known:
            used.add(cmd)
            print('KNOWN DIFFERENCE: tgtadm %s: %s' % (cmd, known[cmd]))
            continue
        failed += 1
        sys.stderr.writelines(difflib.unified_diff(a, b, 'tgt', 'storlab'))
    for cmd in sorted(set(known) - used):
        print('NOW THE SAME (drop it from the known list): tgtadm %s' % cmd)
    print('%d commands the same as tgt, %d known differences, %d new differences' % (matched, len(used), failed))
    return 1 if failed else 0


sys.exit(main())
