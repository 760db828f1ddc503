#!/usr/bin/env bash
# Benchmarks invite against its peers on the same corpus, in one run.
#   Benchmarks/run.sh [MESSAGES]    (default 20000, ≈250 MB; the corpus is cached in /tmp/bench)
# Needs python3; installs fast-mail-parser, icalendar and html2text from PyPI when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
messages="${1:-20000}"
corpus="/tmp/bench/corpus${messages}.mbox"
[ "$messages" = 20000 ] && corpus=/tmp/bench/corpus20k.mbox
mkdir -p /tmp/bench
if [ ! -s "$corpus" ]; then
    python3 "$here/../../shared/bench/make_corpus.py" --messages "$messages" --seed 1 --out "$corpus" \
        || python3 "${INVITE_BENCH_GENERATOR:?set INVITE_BENCH_GENERATOR to make_corpus.py}" --messages "$messages" --seed 1 --out "$corpus"
fi
python3 -c "import fast_mail_parser" 2>/dev/null || pip install -q fast-mail-parser
python3 -c "import icalendar, html2text" 2>/dev/null || pip install -q icalendar html2text

# SwiftPM does not notice files added to the parent package; drop the cached build plan so it re-plans.
rm -f "$here/.build/release.yaml" "$here/.build/release/description.json"
(cd "$here" && swift build -c release --product invite-bench >/dev/null)
bench="$here/.build/release/invite-bench"
size=$(stat -c %s "$corpus")
echo "corpus: $corpus ($((size / 1000000)) MB, $messages messages)"
cat "$corpus" >/dev/null  # warm the page cache so every tool reads from memory

start=$(date +%s.%N); wc -l "$corpus" >/dev/null; end=$(date +%s.%N)
python3 -c "import json,sys; s=float(sys.argv[2])-float(sys.argv[1]); print(json.dumps({'tool':'wc -l','bytes':int(sys.argv[3]),'seconds':s,'MBps':int(sys.argv[3])/s/1e6}))" "$start" "$end" "$size"
taskset -c 0 "$bench" mime "$corpus"
taskset -c 0 "$bench" summary "$corpus"
taskset -c 0 "$bench" extract "$corpus"
taskset -c 0 python3 "$here/peers/fast_mail_parser_peer.py" "$corpus"
taskset -c 0 python3 "$here/peers/python_email.py" "$corpus" "${PYTHON_EMAIL_LIMIT:-0}"

# Calendar and HTML documents from the same corpus, then each parser beside its peer.
docs=/tmp/bench/documents
if [ ! -d "$docs/ics" ]; then "$bench" dump "$corpus" "$docs"; fi
echo "calendars: $(ls "$docs/ics" | wc -l) files; HTML: $(ls "$docs/html" | wc -l) files"
taskset -c 0 "$bench" ics "$docs/ics"
taskset -c 0 python3 "$here/peers/icalendar_peer.py" "$docs/ics"
taskset -c 0 "$bench" html "$docs/html"
taskset -c 0 python3 "$here/peers/html2text_peer.py" "$docs/html"

# Rendering whole invitation emails.
taskset -c 0 "$bench" render 10000
