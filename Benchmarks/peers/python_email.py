"""Peer: Python's mailbox + email (policy=default): split the mbox and parse every message,
decoding every text part, as `invite-bench mime` does. Prints one JSON line."""
import email, email.policy, json, mailbox, resource, sys, time

path = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 and int(sys.argv[2]) > 0 else None
start = time.perf_counter()
count = size = chars = 0
box = mailbox.mbox(path, create=False)
for key in box.iterkeys():
    data = box.get_bytes(key)
    size += len(data)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("subject", "from", "to", "cc", "date", "message-id"):
        try:
            v = msg[h]
            chars += len(str(v)) if v is not None else 0
        except Exception:
            pass
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                chars += len(part.get_content())
            except Exception:
                pass
    count += 1
    if limit and count >= limit:
        break
elapsed = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"tool": "python email", "messages": count, "bytes": size, "seconds": elapsed, "MBps": size / elapsed / 1e6, "messagesPerSecond": count / elapsed, "peakRSSMB": rss}))
