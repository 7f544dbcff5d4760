#!/usr/bin/env python3
"""Count the lines of plain-text files that parallax-cli's `extract` leaves out of the text:
the head it cuts (the text starts further into the file) and any line below it that the text
holds as spaces only (a rule that takes a line out but keeps the file's offsets, as the stamps'
blanking tried in stamps29). Prints one line per line left out with its file, then the totals.

usage: count-stamp-lines.py CLI FILE_OR_FOLDER... [--quiet]"""
import json
import os
import subprocess
import sys


def files_of(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        else:
            yield path


def lines_out(cli, path):
    raw = open(path, encoding="utf-8", errors="replace").read()
    out = subprocess.run([cli, "extract", "--format", "json", path], capture_output=True, text=True)
    try:
        text = json.loads(out.stdout.splitlines()[0]).get("text") or ""
    except (IndexError, ValueError):
        return None, []
    # the text is the file's from some offset on (line ends as "\n"), every other character kept
    # or made white space
    flat = raw.replace("\r", " ")
    # the text's first line, up to 40 characters (a stamp below it is spaces in the text)
    first = text[:40].split("\n")[0]
    start = flat.find(first) if first else -1
    if start < 0:
        return None, []
    gone = []
    offset = 0
    for line in flat.split("\n"):
        end = offset + len(line)
        if line.strip():
            if end <= start:
                gone.append(("head", line.strip()))
            elif offset >= start:
                shown = text[offset - start:end - start]
                if not shown.strip():
                    gone.append(("below", line.strip()))
        offset = end + 1
    return start, gone


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in sys.argv
    cli, paths = args[0], args[1:]
    totals = {"head": 0, "below": 0}
    n_files = unplaced = 0
    for path in files_of(paths):
        n_files += 1
        start, gone = lines_out(cli, path)
        if start is None:
            unplaced += 1
            continue
        for where, line in gone:
            totals[where] += 1
            if not quiet:
                print(f"{where}\t{path}\t{line[:120]}")
    print(f"files {n_files}, text not found in its file {unplaced}; lines out: head {totals['head']}, "
          f"below the first line kept {totals['below']}")


main()
