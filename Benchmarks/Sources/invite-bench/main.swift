// invite-bench: measures invite's parsers on a corpus and prints one JSON line per run.
//
//   invite-bench mime FILE.mbox      split + fully parse every message (headers, MIME tree, decoded text parts)
//   invite-bench extract FILE.mbox   the whole `invite parse` pipeline on every message
//
// Peak RSS is the process's VmHWM. Run through Benchmarks/run.sh, which puts peers beside it.
import Foundation
import InviteExtraction
import InviteMIME

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

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: invite-bench mime|extract FILE.mbox\n".utf8))
    exit(64)
}
let mode = arguments[1]
let path = arguments[2]

do {
    var reader = try MailboxReader(path: path)
    let clock = ContinuousClock()
    var messages = 0
    var bytes = 0
    var checksum = 0
    var invitations = 0
    let extractor = InvitationExtractor()
    let elapsed = clock.measure {
        while let entry = reader.next() {
            messages += 1
            bytes += entry.bytes.count
            switch mode {
            case "extract":
                if let document = try? extractor.document(for: entry.bytes) {
                    invitations += document.invitations.count
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
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    report(
        "invite " + mode, messages: messages, bytes: bytes, seconds: seconds,
        extra: ["checksum": checksum, "invitations": invitations]
    )
} catch {
    FileHandle.standardError.write(Data("invite-bench: \(error)\n".utf8))
    exit(66)
}
