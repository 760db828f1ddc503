import Foundation
import InviteMIME
import InviteTestSupport
import Testing

/// What a mailbox golden file records about one entry: enough to see framing and un-quoting at a glance.
struct MailboxEntrySummary: Codable, Equatable, Sendable {
    var index: Int
    var offset: Int?
    var path: String?
    var size: Int
    var firstLine: String?
    var lastLine: String?
    var messageID: String?
    /// The last bytes of the message, to show which line break it ends with.
    var tail: String?
    /// Body and header lines matching `^>*From `, after un-quoting.
    var fromLines: [String]?
    var warnings: [String]?
    var error: String?

    init(_ entry: MailboxEntry, relativeTo root: String? = nil) {
        index = entry.index
        offset = entry.offset
        if let path = entry.path, let root, path.hasPrefix(root + "/") {
            self.path = String(path.dropFirst(root.count + 1))
        } else {
            self.path = entry.path
        }
        size = entry.bytes.count
        let lines = mailboxLines(entry.bytes)
        firstLine = lines.first
        lastLine = lines.last
        messageID = lines.first { $0.lowercased().hasPrefix("message-id:") }
            .map { String($0.dropFirst("message-id:".count)).trimmingCharacters(in: .whitespaces) }
        tail = entry.bytes.isEmpty ? nil : String(decoding: entry.bytes.suffix(6), as: UTF8.self)
        let quoted = lines.filter { $0.drop { $0 == ">" }.hasPrefix("From ") }
        fromLines = quoted.isEmpty ? nil : quoted
        warnings = entry.warnings.isEmpty ? nil : entry.warnings.map { $0.code.description }
        error = entry.error?.code.description
    }
}

/// What a mailbox golden file holds.
struct MailboxSummary: Codable, Equatable, Sendable {
    var kind: String
    var entries: [MailboxEntrySummary]
    var warnings: [String]?
}

/// Lines of a message without their line breaks (a final line break does not start an empty line).
func mailboxLines(_ bytes: [UInt8]) -> [String] {
    var lines: [String] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        var end = i
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
        start = i + 1
    }
    if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
    return lines
}

/// Reads every entry of an in-memory mbox.
func mailboxEntries(_ bytes: [UInt8], options: MailboxOptions = MailboxOptions()) -> (
    entries: [MailboxEntry], warnings: [MailboxReadError]
) {
    var reader = MboxReader(bytes: bytes, options: options)
    var entries: [MailboxEntry] = []
    while let entry = reader.next() { entries.append(entry) }
    return (entries, reader.warnings)
}

/// Compares `summary` with the golden file at `url` (or rewrites it under `INVITE_UPDATE_GOLDEN=1`).
func expectMailboxGolden(_ summary: MailboxSummary, at url: URL, sourceLocation: SourceLocation = #_sourceLocation)
    throws
{
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(summary)
    data.append(0x0A)
    if shouldUpdateGolden {
        try data.write(to: url)
        return
    }
    guard let expected = try? Data(contentsOf: url) else {
        Issue.record("missing golden file \(url.path); run with INVITE_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        return
    }
    #expect(
        String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
        sourceLocation: sourceLocation)
}

/// `Fixtures/mailbox` as a path.
let mailboxFixtureRoot = Fixture.repositoryRoot.appendingPathComponent("Fixtures").appendingPathComponent("mailbox")
    .path

/// A fresh temporary folder.
func makeMailboxTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("invite-mailbox-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
