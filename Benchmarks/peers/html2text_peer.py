"""Peer: Python html2text on every DIR/*.html (the same files invite-bench html reads)."""
import json, os, resource, sys, time
import html2text

directory = sys.argv[1]
docs = [open(os.path.join(directory, n), "rb").read().decode("utf-8", "replace") for n in sorted(os.listdir(directory)) if n.endswith(".html")]
start = time.perf_counter()
for doc in docs:
    converter = html2text.HTML2Text()
    converter.handle(doc)
elapsed = time.perf_counter() - start
size = sum(len(d.encode()) for d in docs)
print(json.dumps({"tool": "python html2text", "messages": len(docs), "bytes": size, "seconds": elapsed,
                  "MBps": size / elapsed / 1e6,
                  "peakRSSMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
