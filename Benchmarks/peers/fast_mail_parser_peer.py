"""Peer: fast-mail-parser (Stalwart's Rust mail-parser under Python), end to end: the mbox is
split in Python on From_ lines, every message parsed. Prints one JSON line."""
import json, resource, sys, time
from fast_mail_parser import parse_email

path = sys.argv[1]
start = time.perf_counter()
count = size = 0

def messages(f):
    buf = []
    for line in f:
        if line.startswith(b"From ") and buf:
            yield b"".join(buf[1:])
            buf = []
        buf.append(line)
    if buf:
        yield b"".join(buf[1:])

with open(path, "rb") as f:
    for data in messages(f):
        size += len(data)
        try:
            m = parse_email(data)
            _ = (m.subject, m.text_plain, m.text_html, m.headers)
        except Exception:
            pass
        count += 1
elapsed = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"tool": "fast-mail-parser", "messages": count, "bytes": size, "seconds": elapsed, "MBps": size / elapsed / 1e6, "messagesPerSecond": count / elapsed, "peakRSSMB": rss}))
