#!/usr/bin/env python3
"""Counts the test cases in a meson test log and prints the suite's closing
line, "N passed, N failed", exiting non-zero when anything failed.

Each TAP test case (an "ok"/"not ok" line) counts once; a test program that
failed without reporting a failing case (a crash, a timeout) counts as one
more failure, so nothing can fail silently."""
import json
import re
import sys

TAP_RE = re.compile(r"^(not ok|ok)\b(.*)$")


def main(path):
    passed = failed = skipped = 0
    try:
        with open(path, encoding="utf-8") as log:
            entries = [json.loads(line) for line in log if line.strip()]
    except OSError as error:
        print(f"tests: no test log at {path}: {error.strerror}")
        print("0 passed, 1 failed")
        return 1

    for entry in entries:
        name = entry.get("name", "?")
        result = entry.get("result", "FAIL")
        t_pass = t_fail = t_skip = 0
        for line in (entry.get("stdout") or "").splitlines():
            match = TAP_RE.match(line.strip())
            if not match:
                continue
            directive = match.group(2)
            if "# SKIP" in directive.upper():
                t_skip += 1
            elif match.group(1) == "ok":
                t_pass += 1
            else:
                t_fail += 1
                print(f"FAILED: {name}: {line.strip()}")
        if t_pass + t_fail + t_skip == 0:
            # Not TAP, or it produced nothing: the exit status decides.
            if result in ("OK", "EXPECTEDFAIL"):
                t_pass = 1
            elif result == "SKIP":
                t_skip = 1
            else:
                t_fail = 1
        elif result not in ("OK", "SKIP", "EXPECTEDFAIL") and t_fail == 0:
            t_fail = 1
        if result not in ("OK", "SKIP", "EXPECTEDFAIL"):
            print(f"FAILED: {name} ({result})")
        passed += t_pass
        failed += t_fail
        skipped += t_skip

    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/meson-logs/testlog.json"))
