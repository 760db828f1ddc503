"""Scores `invite batch --all` against a generated corpus's truth file, per kind of message.

    python3 Benchmarks/accuracy.py INVITE_BINARY CORPUS.mbox

For every message: is it an invitation (precision/recall), and for invitations whether title,
host email, start and end instants (UTC), location, method and attendees match the truth.
"""
import collections, datetime, json, subprocess, sys

binary, corpus = sys.argv[1], sys.argv[2]
truth = [json.loads(l) for l in open(corpus + ".truth.jsonl")]
out = subprocess.run([binary, "batch", corpus, "--all"], capture_output=True, check=True).stdout
lines = {d["index"]: d for d in map(json.loads, out.decode().splitlines())}


def instant(text):
    if not text:
        return None
    if len(text) == 10:
        return text
    t = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if t.tzinfo else text


fields = ["detected", "title", "host", "start", "end", "location", "method", "attendees"]
score = collections.defaultdict(lambda: collections.Counter())
false_positives = collections.Counter()
examples = collections.defaultdict(list)
for t in truth:
    line = lines.get(t["index"], {})
    invitations = line.get("invitations") or []
    kind = t["kind"] + "/" + (t.get("subkind") or "").split("-")[0]
    if not t["is_invitation"]:
        score[kind]["n"] += 1
        if invitations:
            false_positives[kind] += 1
            examples[kind + " fp"].append(t["index"])
        else:
            score[kind]["detected"] += 1
        continue
    e = t["event"]
    score[kind]["n"] += 1
    if not invitations:
        examples[kind + " missed"].append(t["index"])
        continue
    inv = invitations[0]
    truth_end = e.get("end_utc") or e.get("end")
    if e.get("all_day") and truth_end and len(truth_end) == 10:
        # The truth holds the exclusive DTEND; the contract's end of an all-day event is its last day.
        truth_end = (datetime.date.fromisoformat(truth_end) - datetime.timedelta(days=1)).isoformat()
    score[kind]["detected"] += 1
    checks = {
        "title": (inv.get("title") or "").strip() == (e.get("summary") or "").strip(),
        "host": ((inv.get("host") or {}).get("email") or "").lower() == (e.get("organizer") or "").lower(),
        "start": instant(inv.get("start")) == (e.get("start_utc") or e.get("start")),
        "end": e.get("end") is None or instant(inv.get("end")) == truth_end,
        "location": not e.get("location") or e["location"] in json.dumps(inv.get("location"), ensure_ascii=False),
        "method": inv.get("method") == (e.get("method") if t["kind"] == "ics" or e.get("ics_present") else None),
        "attendees": not e.get("attendees") or sorted((p.get("email") or "").lower() for p in inv.get("invitees", []) if p.get("email")) == e["attendees"],
    }
    for name, ok in checks.items():
        score[kind][name] += ok
        if not ok:
            examples[kind + " " + name].append(t["index"])

print(f"{'kind':32} {'n':>5} " + " ".join(f"{f:>9}" for f in fields))
for kind in sorted(score):
    c = score[kind]
    n = c["n"]
    cells = []
    for f in fields:
        denominator = n if f == "detected" else c["detected"]
        cells.append(f"{c[f] / denominator:9.2f}" if denominator else f"{'-':>9}")
    print(f"{kind:32} {n:5} " + " ".join(cells))
if "-v" in sys.argv:
    for k, v in sorted(examples.items()):
        print(k, v[:8])
