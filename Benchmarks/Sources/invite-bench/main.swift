// invite-bench: measures invite's parsers on a corpus and prints one JSON line per run.
//
//   invite-bench mime FILE.mbox      split + fully parse every message (headers, MIME tree, decoded text parts)
//   invite-bench summary FILE.mbox   parse + the JSON message summary + text parts decoded (`invite parse` without
//                                    the invitation search: the baseline extraction is measured against)
//   invite-bench extract FILE.mbox   the whole `invite parse` pipeline on every message
//   invite-bench summary-json FILE.mbox, extract-json FILE.mbox
//                                    the same, plus the pretty JSON that `invite parse` prints (Foundation's
//                                    JSONEncoder, as the CLI uses)
//   invite-bench dump FILE.mbox DIR  writes every calendar part to DIR/ics/N.ics and HTML part to DIR/html/N.html
//   invite-bench ics DIR             parse + re-write every DIR/*.ics (MB/s of calendar text)
//   invite-bench html DIR            HTML to structured text for every DIR/*.html
//   invite-bench render N            renders N invitation emails (multipart, calendar part and attachment)
//   invite-bench startup N           builds the extractor (language packs parsed and compiled) N times: the fixed
//                                    cost every `invite parse` run pays before it reads its one message
//
// Peak RSS is the process's VmHWM. Run through Benchmarks/run.sh, which puts peers beside it.
import Foundation
import InviteExtraction
import InviteHTML
import InviteICalendar
import InviteMIME
import InviteModel
import InviteTemplates

func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
        return kb / 1024
    }
    return 0
}

func report(_ tool: String, messages: Int, bytes: Int, seconds: Double, extra: [String: Any] = [:]) {
    var fields: [String: Any] = [
        "tool": tool, "messages": messages, "bytes": bytes, "seconds": seconds,
        "MBps": Double(bytes) / seconds / 1_000_000, "messagesPerSecond": Double(messages) / seconds,
        "peakRSSMB": peakRSSMegabytes(),
    ]
    fields.merge(extra) { a, _ in a }
    if let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) {
        print(String(decoding: data, as: UTF8.self))
    }
}

/// Every regular file in `directory` with the extension, sorted, read into memory (outside the timing).
func documents(in directory: String, extension ext: String) -> [[UInt8]] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(ext) }
        .sorted()
    return names.compactMap { FileManager.default.contents(atPath: directory + "/" + $0).map { [UInt8]($0) } }
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

/// Times a pass over in-memory documents.
func runDocuments(_ mode: String, _ directory: String) {
    let docs = documents(in: directory, extension: mode == "ics" ? ".ics" : ".html")
    let bytes = docs.reduce(0) { $0 + $1.count }
    var checksum = 0
    var failures = 0
    let elapsed = ContinuousClock().measure {
        for doc in docs {
            if mode == "ics" {
                guard let parsed = try? ICalendar.parse(doc) else {
                    failures += 1
                    continue
                }
                for calendar in parsed.calendars { checksum &+= ICalendarWriter.write(calendar).count }
            } else {
                checksum &+= HTMLReader.read(doc, charset: "utf-8").plainText.utf8.count
            }
        }
    }
    report(
        "invite " + mode, messages: docs.count, bytes: bytes, seconds: seconds(elapsed),
        extra: ["checksum": checksum, "failures": failures])
}

/// Writes the calendar and HTML parts of every message of an mbox to files, for the document benchmarks.
func dump(_ path: String, into directory: String) throws {
    var reader = try MailboxReader(path: path)
    for sub in ["ics", "html"] {
        try FileManager.default.createDirectory(atPath: directory + "/" + sub, withIntermediateDirectories: true)
    }
    var n = 0
    while let entry = reader.next() {
        for part in Message(bytes: entry.bytes).leafParts {
            guard let body = part.body else { continue }
            let kind: String
            if CalendarSource.isCalendar(part) {
                kind = "ics"
            } else if part.contentType.mediaType == "text/html" {
                kind = "html"
            } else {
                continue
            }
            n += 1
            let name = String(repeating: "0", count: max(0, 6 - String(n).count)) + String(n)
            _ = FileManager.default.createFile(atPath: "\(directory)/\(kind)/\(name).\(kind)", contents: Data(body))
        }
    }
}

/// Renders `count` whole invitation emails, each with its own title and invitee.
func runStartup(_ count: Int) {
    let clock = ContinuousClock()
    var checksum = 0
    // The first build also parses the built-in packs' text (once per process).
    let first = clock.measure { checksum &+= InvitationExtractor().options.includesText ? 1 : 0 }
    let elapsed = clock.measure {
        for _ in 0..<count {
            let extractor = InvitationExtractor()
            checksum &+= extractor.options.includesText ? 1 : 0
        }
    }
    report(
        "invite startup", messages: count, bytes: 0, seconds: seconds(elapsed),
        extra: ["checksum": checksum, "firstSeconds": seconds(first)])
}

func runRender(_ count: Int) {
    var invitation = Invitation(
        source: .calendar, method: "REQUEST", uid: "bench@example.com", sequence: 0, title: "Quarterly planning",
        host: Person(name: "Nora Hale", email: "nora.hale@example.com"),
        location: Location(name: "Harbor Room, 1 Market St, San Francisco"),
        start: InvitationTime(year: 2031, month: 6, day: 13, hour: 13, minute: 0, utcOffsetSeconds: -7 * 3600),
        end: InvitationTime(year: 2031, month: 6, day: 13, hour: 15, minute: 0, utcOffsetSeconds: -7 * 3600),
        timeZone: "America/Los_Angeles", agenda: ["Roadmap", "Election-security work streams", "Next steps"]
    )
    guard let renderer = try? InvitationRenderer() else { exit(1) }
    var bytes = 0
    var failures = 0
    let elapsed = ContinuousClock().measure {
        for n in 0..<count {
            invitation.title = "Quarterly planning #\(n)"
            invitation.uid = "bench-\(n)@example.com"
            invitation.invitees = [
                Person(name: "Zoë Ångström \(n)", email: "guest\(n)@example.org", role: "REQ-PARTICIPANT")
            ]
            do {
                bytes += try renderer.render(
                    "email", invitation: invitation, options: RenderOptions(language: n % 2 == 0 ? "en" : "fr")
                ).count
            } catch {
                failures += 1
            }
        }
    }
    let s = seconds(elapsed)
    report(
        "invite render email", messages: count, bytes: bytes, seconds: s,
        extra: ["secondsPerThousand": s / Double(count) * 1000, "failures": failures])
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: invite-bench mime|summary|extract FILE.mbox | startup N\n".utf8))
    exit(64)
}
let mode = arguments[1]
let path = arguments[2]
if mode == "render" {
    runRender(Int(path) ?? 10_000)
    exit(0)
}
if mode == "startup" {
    runStartup(Int(path) ?? 100)
    exit(0)
}
if mode == "ics" || mode == "html" {
    runDocuments(mode, path)
    exit(0)
}
if mode == "dump" {
    do {
        try dump(path, into: arguments.count > 3 ? arguments[3] : "/tmp/bench/documents")
    } catch {
        FileHandle.standardError.write(Data("invite-bench: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

do {
    var reader = try MailboxReader(path: path)
    let clock = ContinuousClock()
    var messages = 0
    var bytes = 0
    var checksum = 0
    var invitations = 0
    let extractor = InvitationExtractor()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let elapsed = clock.measure {
        while let entry = reader.next() {
            messages += 1
            bytes += entry.bytes.count
            switch mode {
            case "extract":
                if let document = try? extractor.document(for: entry.bytes) {
                    invitations += document.invitations.count
                }
            case "extract-json":
                if let document = try? extractor.document(for: entry.bytes) {
                    invitations += document.invitations.count
                    checksum &+= (try? encoder.encode(document))?.count ?? 0
                }
            case "summary-json":
                let message = Message(bytes: entry.bytes)
                let summary = MessageSummary(message: message)
                for part in message.leafParts where part.contentType.isText {
                    checksum &+= part.decodedText()?.text.utf8.count ?? 0
                }
                let document = ParseDocument(
                    message: summary, invitations: [], warnings: message.diagnostics.map(\.description))
                checksum &+= (try? encoder.encode(document))?.count ?? 0
            case "summary":
                // What `invite parse` prints for a message that holds no invitation, without looking for one:
                // the parsed message, its JSON summary, and its text parts decoded.
                let message = Message(bytes: entry.bytes)
                let summary = MessageSummary(message: message)
                checksum &+= summary.to.count &+ summary.cc.count &+ summary.parts.count
                for part in message.leafParts where part.contentType.isText {
                    checksum &+= part.decodedText()?.text.utf8.count ?? 0
                }
            default:
                let message = Message(bytes: entry.bytes)
                checksum &+= (message.subject?.utf8.count ?? 0) &+ message.from.count &+ message.to.count
                checksum &+= message.date?.day ?? 0
                for part in message.leafParts where part.contentType.isText {
                    checksum &+= part.decodedText()?.text.utf8.count ?? 0
                }
            }
        }
    }
    report(
        "invite " + mode, messages: messages, bytes: bytes, seconds: seconds(elapsed),
        extra: ["checksum": checksum, "invitations": invitations]
    )
} catch {
    FileHandle.standardError.write(Data("invite-bench: \(error)\n".utf8))
    exit(66)
}
