"""Peer: Python icalendar, parse + re-write every DIR/*.ics (the same files invite-bench ics reads)."""
import json, os, resource, sys, time
import icalendar

directory = sys.argv[1]
docs = [open(os.path.join(directory, n), "rb").read() for n in sorted(os.listdir(directory)) if n.endswith(".ics")]
start = time.perf_counter()
failures = 0
for doc in docs:
    try:
        icalendar.Calendar.from_ical(doc).to_ical()
    except Exception:
        failures += 1
elapsed = time.perf_counter() - start
size = sum(map(len, docs))
print(json.dumps({"tool": "python icalendar", "messages": len(docs), "bytes": size, "seconds": elapsed,
                  "MBps": size / elapsed / 1e6, "failures": failures,
                  "peakRSSMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
