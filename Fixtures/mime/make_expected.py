#!/usr/bin/env python3
"""Compare the fixtures' expected files with Python's `email` package (the oracle).

Usage: python3 Fixtures/mime/make_expected.py [--show] [NAME...]

For every `*.eml` under this folder it computes what Python's `email` package
(policy.default, compat32 as a fallback) reads, and prints where that differs
from `<name>.expected.json` / `<name>.expected.txt`. The expected files are the
authority, not Python: SOURCES.md says why they differ where they do. With
`--show` it prints the oracle document instead. It never writes files.
"""
import email
import email.policy
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def _addresses(msg, name):
    header = msg.get(name)
    if header is None:
        return []
    try:
        return [{"name": a.display_name or None, "email": a.addr_spec} for a in header.addresses]
    except Exception as error:  # noqa: BLE001 - the oracle reports, never crashes
        return [{"error": repr(error)}]


def _date(msg):
    header = msg.get("date")
    if header is None:
        return None
    try:
        value = header.datetime
    except Exception:  # noqa: BLE001
        return None
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset().total_seconds() == 0:
        return value.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    return value.isoformat()


def _leaves(part, inside_message=False):
    if part.is_multipart():
        nested = inside_message or part.get_content_type() == "message/rfc822"
        for sub in part.get_payload():
            yield from _leaves(sub, nested)
    else:
        yield part, inside_message


def _text(payload, charset):
    if charset:
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def oracle(data):
    """The parse document Python's email package gives for `data`, plus the body text (or None)."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    message = {}
    message_id = msg.get("message-id")
    message["messageId"] = str(message_id).strip() if message_id is not None else None
    subject = msg.get("subject")
    message["subject"] = str(subject) if subject is not None else None
    message["from"] = _addresses(msg, "from")
    message["to"] = _addresses(msg, "to")
    message["cc"] = _addresses(msg, "cc")
    message["date"] = _date(msg)
    parts = []
    text = None
    for part, nested in _leaves(msg):
        payload = part.get_payload(decode=True) or b""
        charset = part.get_param("charset")
        charset = str(charset).lower() if charset else None
        try:
            filename = part.get_filename()
        except Exception:  # noqa: BLE001
            filename = None
        parts.append({"contentType": part.get_content_type(), "charset": charset,
                      "filename": filename, "size": len(payload)})
        if text is None and not nested and part.get_content_type() == "text/plain":
            text = _text(payload, charset).replace("\r\n", "\n")
    message["parts"] = parts
    return {"message": message}, text


def _diff(expected, actual, path, out):
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key, value in expected.items():
            _diff(value, actual.get(key, "<missing>"), f"{path}.{key}", out)
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (left, right) in enumerate(zip(expected, actual)):
            _diff(left, right, f"{path}[{index}]", out)
    elif expected != actual:
        out.append(f"  {path}: expected {json.dumps(expected, ensure_ascii=False)}, python {json.dumps(actual, ensure_ascii=False)}")


def main(argv):
    show = "--show" in argv
    names = [a for a in argv if not a.startswith("--")]
    for eml in sorted(HERE.rglob("*.eml")):
        rel = eml.relative_to(HERE).as_posix()
        if names and not any(n in rel for n in names):
            continue
        document, text = oracle(eml.read_bytes())
        if show:
            print(rel, json.dumps(document, ensure_ascii=False, indent=1), repr(text), sep="\n")
            continue
        out = []
        stem = eml.with_suffix("")
        expected_json = stem.with_name(stem.name + ".expected.json")
        expected_txt = stem.with_name(stem.name + ".expected.txt")
        if expected_json.exists():
            _diff(json.loads(expected_json.read_text("utf-8")), document, "", out)
        else:
            out.append("  no .expected.json")
        if expected_txt.exists():
            if expected_txt.read_text("utf-8") != (text or ""):
                out.append(f"  text: python {text!r}")
        elif text is not None:
            out.append("  no .expected.txt (python finds a text/plain part)")
        if out:
            print(rel)
            print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
