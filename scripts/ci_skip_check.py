#!/usr/bin/env python3
"""Fails when a test that must run in CI was skipped.

Reads ctest's JUnit report (ctest --output-junit) and the pattern list
tests/ci-must-run.txt. A skip is a ctest test that skipped (exit 77,
SKIP_RETURN_CODE) or a QTest function that printed "SKIP   : Class::function()"
in a test that passed. Every skip is listed; those the list requires are errors.
usage: ci_skip_check.py JUNIT.xml MUST-RUN.txt
"""
import fnmatch
import re
import sys
import xml.etree.ElementTree as ET

QTEST_SKIP = re.compile(r"^SKIP\s+:\s+\w+::(\w+)\((.*?)\)\s*(.*)$", re.M)


def load_rules(path):
    must, allowed = [], []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            allowed.append(line[1:].split()[0])
        else:
            must.append(line.split()[0])
    return must, allowed


def skips(junit):
    """(name, why) for every skipped ctest test and QTest function."""
    out = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        name = case.get("name", "")
        text = "".join(e.text or "" for e in case.iter("system-out"))
        skipped = case.find("skipped")
        if skipped is not None or case.get("status") == "notrun":
            why = (skipped.get("message") if skipped is not None else "") or ""
            reason = re.findall(r"^SKIP: (.*)$", text, re.M)
            out.append((name, reason[-1] if reason else why or "skipped"))
            continue
        for function, _tag, why in QTEST_SKIP.findall(text):
            out.append((f"{name}::{function}", why.strip()))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    must, allowed = load_rules(sys.argv[2])
    found = skips(sys.argv[1])
    bad = []
    for name, why in found:
        required = any(fnmatch.fnmatchcase(name, p) for p in must)
        excused = any(fnmatch.fnmatchcase(name, p) for p in allowed)
        mark = "ERROR" if required and not excused else "skip "
        print(f"{mark} {name}: {why}")
        if required and not excused:
            bad.append(name)
    print(f"ci_skip_check: {len(found)} skip(s), {len(bad)} of them in tests that must run in CI")
    if bad:
        print("A test that must run in CI was skipped: install what it needs in scripts/deps.sh "
              "or allow the skip in tests/ci-must-run.txt with the reason.", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
