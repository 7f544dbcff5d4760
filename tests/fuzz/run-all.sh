#!/bin/sh
# Runs every libFuzzer harness in turn, for SECONDS each (default 600),
# at the lowest priority, from seeds made out of the test fixtures, and
# prints each run's final figures (executions, time, findings).
#   tests/fuzz/run-all.sh BUILD-FUZZ-DIR [SECONDS] [HARNESS...]
# Corpora grow in $FUZZ_CORPUS (default build-fuzz/corpus); findings are
# written as build-fuzz/crash-*, timeout-*, oom-*; logs as build-fuzz/fuzz-NAME.log.
set -eu

build=${1:?usage: run-all.sh BUILD-FUZZ-DIR [SECONDS] [HARNESS...]}
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
harnesses=${*:-charset anchor jsonld extract store http pgqueue pguri compare parse-tree}
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${FUZZ_CORPUS:-$build/corpus}
cap=$((20 * 1024 * 1024))   # PX_FETCH_DEFAULT_MAX_BYTES: the largest page Parallax reads

seed () {   # seed NAME FILE: the fixture FILE as a seed of harness NAME
  mkdir -p "$corpus/$1"
  case $1 in
    extract) printf '\000' | cat - "$2" > "$corpus/$1/html-$(basename "$2")"
             printf '\200' | cat - "$2" > "$corpus/$1/text-$(basename "$2")" ;;
    charset) printf '\000' | cat - "$2" > "$corpus/$1/$(basename "$2")" ;;
    parse-tree) cp "$2" "$corpus/$1/$(basename "$2")" ;;
    jsonld)  python3 - "$2" "$corpus/$1/$(basename "$2")" <<'PY'
import re, sys
page = open(sys.argv[1], encoding='utf-8', errors='replace').read()
blocks = re.findall(r'<script[^>]*ld\+json[^>]*>(.*?)</script>', page, re.S)
if blocks:
    open(sys.argv[2], 'w').write('\0'.join(blocks[:2]))
PY
             ;;
    anchor)  python3 - "$2" "$corpus/$1/$(basename "$2")" <<'PY'
import re, sys
text = re.sub(r'<[^>]*>', ' ', open(sys.argv[1], encoding='utf-8', errors='replace').read())
text = ' '.join(text.split())[:4000]
if len(text) > 200:
    quote = text[100:160]
    changed = text[:50] + ' Updated: ' + text[50:]
    open(sys.argv[2], 'wb').write(bytes([100, 60]) + '\0'.join([text, changed, quote, text[80:100], text[160:180]]).encode())
PY
             ;;
    http)    python3 - "$2" "$corpus/$1" <<'PY'
import gzip, os, sys
body = open(sys.argv[1], 'rb').read()
name = os.path.basename(sys.argv[1])
out = sys.argv[2]
answers = {
  'plain': b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n' % len(body) + body,
  'close': b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n' + body,
  'chunked': b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n' % len(body) + body + b'\r\n0\r\n\r\n',
  'gzip': b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n' % len(gzip.compress(body)) + gzip.compress(body),
  'continue': b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n' % len(body) + body,
  'redirect': b'HTTP/1.1 301 Moved\r\nLocation: /news/other\r\nSet-Cookie: a=b\r\nContent-Length: 0\r\n\r\n',
}
for kind, answer in answers.items():
    open(os.path.join(out, kind + '-' + name), 'wb').write(answer)
PY
             ;;
    pgqueue) ;;  # seeded below, not from pages
    pguri) ;;
  esac
}

# The comparison: reports of one event written for the project's tests,
# two to four joined by NUL bytes, and a few made to stress the figures
# (heights and weights run together, suffixed names, many sources).
seed_compare () {
  mkdir -p "$corpus/compare"
  for set in linked export; do
    first=1
    for f in "$root"/tests/fixtures/$set/*.txt; do
      [ $first = 1 ] || printf '\000'
      first=0
      cat "$f"
    done > "$corpus/compare/$set"
  done
  a='The forward, listed at 6-foot-8,235 pounds, signed for $12.5 million on Tuesday. Harold T. Brenner Jr. said 3 people were hurt.'
  b='Brenner Jr. said three people were injured. The 6-foot-8, 235-pound forward signed a $12 million deal on Monday.'
  c='Miles Osgood III, 41, was 5-feet-11,180 pounds. Officials said 4 people were hurt at 5 p.m.; others said 30.'
  printf '%s\000%s\000%s' "$a" "$b" "$c" > "$corpus/compare/heights"
  printf '%s\000' "$a" "$b" "$c" "$a" "$b" "$c" "$a" > "$corpus/compare/seven"
}

# The team library's queue: writes of each kind as px-pg-store.c makes
# them, with and without a head; its addresses: the forms libpq reads.
seed_team () {
  mkdir -p "$corpus/pgqueue" "$corpus/pguri"
  w='"write":"3f1c2a9e-0000-4000-8000-000000000001","author":"Ana","at":"2026-12-02T10:00:00Z"'
  printf '%s\n' \
    "{\"kind\":\"create-story\",$w,\"id\":7,\"uuid\":\"u1\",\"title\":\"Bridge\"}" \
    "{\"kind\":\"add-source\",$w,\"id\":8,\"story\":7,\"version-id\":9,\"input\":\"a.html\",\"outlet\":\"BBC\",\"title\":null,\"text\":\"Text.\",\"body\":\"PHA+\",\"sha256\":\"ab\"}" \
    "{\"kind\":\"create-annotation\",$w,\"id\":10,\"story\":7,\"verdict\":\"false\",\"note\":\"n\",\"targets\":[{\"id\":11,\"source\":8,\"version\":9,\"exact\":\"Text\",\"prefix\":\"\",\"suffix\":\".\",\"start\":0,\"end\":4}]}" \
    "{\"kind\":\"review-annotation\",$w,\"annotation\":10,\"reviewed\":true}" \
    "{\"kind\":\"save-annotation\",$w,\"annotation\":10,\"row-version\":2,\"verdict\":\"accurate\",\"note\":\"\"}" \
    "{\"kind\":\"move-source\",$w,\"source\":8,\"position\":0}" > "$corpus/pgqueue/writes"
  { printf '2\n\000'; cat "$corpus/pgqueue/writes"; } > "$corpus/pgqueue/head-2"
  { printf '9\n\000'; head -c 200 "$corpus/pgqueue/writes"; } > "$corpus/pgqueue/cut-short"
  for uri in 'postgresql://ana:secret@db.example.org:5432/newsroom?sslmode=verify-full' \
             'postgres://localhost/parallax' 'postgresql:///parallax?host=/run/postgresql' \
             'postgresql://[::1]:5433/p?application_name=x&password=hunter22' \
             'postgresql://a,b.example:1,2/p?target_session_attrs=any' 'postgresql://%2Fvar%2Frun/p'; do
    printf '%s' "$uri" > "$corpus/pguri/$(printf '%s' "$uri" | sha1sum | cut -c1-12)"
  done
}

for name in $harnesses; do
  mkdir -p "$corpus/$name"
  if [ -z "$(ls -A "$corpus/$name")" ]; then
    if [ "$name" = pgqueue ] || [ "$name" = pguri ]; then
      seed_team
    elif [ "$name" = compare ]; then
      seed_compare
    elif [ "$name" = store ]; then
      # Real databases: a story with sources, versions and an annotation.
      cli=$root/build/app/cli/parallax-cli
      tmp=$(mktemp -d)
      "$cli" story new --db "$tmp/p.db" "Bridge" > /dev/null
      "$cli" story add --db "$tmp/p.db" 1 "$root/tests/fixtures/extract/bbc-article.html" \
        "$root/tests/fixtures/extract/rt-article.html" > /dev/null
      "$cli" annotate --db "$tmp/p.db" 1 --source 1 --quote "the" --verdict accurate > /dev/null 2>&1 || true
      sqlite3 "$tmp/p.db" 'PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;' > /dev/null
      cp "$tmp/p.db" "$corpus/store/story.db"
      cp "$tmp/p.db.backup" "$corpus/store/backup.db" 2>/dev/null || true
      rm -rf "$tmp"
    else
      for f in "$root"/tests/fixtures/extract/*.html "$root"/tests/fixtures/hostile/*.html; do
        seed "$name" "$f"
      done
      case $name in
        extract) python3 "$root/tests/fuzz/extract-seeds.py" "$corpus/extract" ;;
        parse-tree) python3 "$root/tests/fuzz/extract-seeds.py" --raw "$corpus/parse-tree" ;;
      esac
      # Near the size cap too: an article repeated to 19 MiB (charset only,
      # where a run over it takes well under the time-out).
      if [ "$name" = charset ]; then
        big=$(mktemp)
        while [ "$(stat -c %s "$big")" -lt $((19 * 1024 * 1024)) ]; do
          cat "$root/tests/fixtures/extract/bbc-article.html" >> "$big"
        done
        seed charset "$big"
        mv "$corpus/charset/$(basename "$big")" "$corpus/charset/big-19mib"
        rm -f "$big"
      fi
    fi
  fi
  case $name in
    http|store|pgqueue) max_len=1048576 ;;  # each run writes the input out whole: a megabyte keeps it brisk
    pguri) max_len=4096 ;;
    compare|parse-tree) max_len=65536 ;;  # eight 8 KiB reports compared in a second; pages written out twice
    *) max_len=$cap ;;
  esac
  echo "== fuzz-$name, $seconds s"
  nice -n 19 "$build/tests/fuzz/fuzz-$name" "$corpus/$name" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -max_len="$max_len" -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$build/$name-" > "$build/fuzz-$name.log" 2>&1 || echo "fuzz-$name stopped on a finding: see $build/fuzz-$name.log"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|^Done|SUMMARY' "$build/fuzz-$name.log" || true
done
