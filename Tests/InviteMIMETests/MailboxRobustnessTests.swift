import Foundation
import InviteMIME
import InviteTestSupport
import Testing

@Suite struct MailboxRobustnessTests {
    static let fixtures = Fixture.all(in: "mailbox", extensions: ["mbox"])

    @Test("every buffer size gives the same entries", arguments: fixtures)
    func bufferBoundaries(_ fixture: Fixture) throws {
        let bytes = try fixture.bytes()
        let reference = mailboxEntries(bytes)
        for size in [1, 2, 3, 4, 5, 6, 7, 8, 11, 13, 17, 64, 100, 257] {
            let split = mailboxEntries(bytes, options: MailboxOptions(bufferSize: size))
            #expect(split.entries == reference.entries, "buffer size \(size)")
            #expect(split.warnings == reference.warnings, "buffer size \(size)")
        }
        // The file path and a real file descriptor, with a tiny buffer.
        let fromFile = Array(try MboxReader(path: fixture.url.path, options: MailboxOptions(bufferSize: 7)))
        #expect(fromFile.map(\.bytes) == reference.entries.map(\.bytes))
        #expect(fromFile.map(\.offset) == reference.entries.map(\.offset))
    }

    @Test("every truncation keeps the messages that were complete", arguments: fixtures)
    func truncations(_ fixture: Fixture) throws {
        let bytes = try fixture.bytes()
        let full = mailboxEntries(bytes).entries
        for length in 0...bytes.count {
            let prefix = Array(bytes[..<length])
            for size in [7, 1 << 20] {
                let entries = mailboxEntries(prefix, options: MailboxOptions(bufferSize: size)).entries
                #expect(entries.map(\.index) == Array(0..<entries.count))
                for (i, entry) in full.enumerated() {
                    guard isComplete(i, in: full, bytes: bytes, length: length) else { break }
                    #expect(
                        i < entries.count && entries[i] == entry,
                        "entry \(i) of a \(length)-byte prefix, buffer \(size)")
                }
            }
        }
    }

    /// Whether entry `i` is framed the same in the first `length` bytes: the next From_ line is fully there.
    private func isComplete(_ i: Int, in entries: [MailboxEntry], bytes: [UInt8], length: Int) -> Bool {
        if length == bytes.count { return true }
        guard i + 1 < entries.count, let next = entries[i + 1].offset else { return false }
        let lineEnd = bytes[next...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return length >= lineEnd + 8
    }

    @Test("random input never crashes and frames the same at every buffer size", arguments: 0..<150)
    func randomInput(_ seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let pieces: [String] = [
            "From ", "From a@example.com Mon Jan  8 08:00:00 2024", "\n", "\n", "\n", "\r\n", "\r", ">", ">>From ",
            ">From ",
            "Content-Length: 3", "Content-Length: 0", "Content-Length: 12", "Subject: x", "x", "hello ", ":", " ",
            "\u{0}", "\u{FF}",
        ]
        var bytes: [UInt8] = []
        for _ in 0..<Int(generator.next() % 200) {
            bytes += Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8)
        }
        for limit in [1 << 20, 60, 16] {
            let reference = mailboxEntries(bytes, options: MailboxOptions(maxMessageBytes: limit, bufferSize: 1 << 16))
            #expect(reference.entries.map(\.index) == Array(0..<reference.entries.count))
            for size in [1, 3, 7] {
                let split = mailboxEntries(bytes, options: MailboxOptions(maxMessageBytes: limit, bufferSize: size))
                #expect(split.entries == reference.entries, "seed \(seed), limit \(limit), buffer \(size)")
            }
        }
    }

    @Test("a message over the limit becomes an error entry and the next one is intact")
    func oversizeMessage() {
        var text = "From a@example.com Mon Jan  8 08:00:00 2024\nSubject: small\n\nfirst\n\n"
        text += "From b@example.com Mon Jan  8 09:00:00 2024\nSubject: big\n\n"
        text += String(repeating: "0123456789abcdef", count: 200_000) + "\n"  // 3.2 MB, one line
        text += String(repeating: "a line of a long body\n", count: 50_000) + "\n"
        let last = "From c@example.com Mon Jan  8 10:00:00 2024\nSubject: after\n\nlast\n"
        text += last
        let bytes = Array(text.utf8)
        for size in [4096, 1 << 20] {
            let (entries, warnings) = mailboxEntries(
                bytes, options: MailboxOptions(maxMessageBytes: 1 << 20, bufferSize: size))
            #expect(warnings.isEmpty)
            #expect(entries.count == 3)
            #expect(entries.map(\.index) == [0, 1, 2])
            #expect(entries.first?.bytes == Array("Subject: small\n\nfirst\n".utf8))
            #expect(entries.dropFirst().first?.error?.code == .messageTooLarge)
            #expect(entries.dropFirst().first?.bytes.isEmpty == true)
            #expect(entries.last?.bytes == Array("Subject: after\n\nlast\n".utf8))
            #expect(entries.last?.offset == text.utf8.count - last.utf8.count)
        }
    }

    @Test("From-quoting options: mboxrd, mboxo and none")
    func quotingOptions() throws {
        let bytes = Array(">From a\n>>From b\n>>>From c\n".utf8)
        let input = Array("From x@example.com Mon Jan  8 08:00:00 2024\nSubject: q\n\n".utf8) + bytes
        let rd = mailboxEntries(input).entries.first?.bytes ?? []
        let o = mailboxEntries(input, options: MailboxOptions(fromQuoting: .mboxo)).entries.first?.bytes ?? []
        let none = mailboxEntries(input, options: MailboxOptions(fromQuoting: .none)).entries.first?.bytes ?? []
        #expect(rd == Array("Subject: q\n\nFrom a\n>From b\n>>From c\n".utf8))
        #expect(o == Array("Subject: q\n\nFrom a\n>>From b\n>>>From c\n".utf8))
        #expect(none == Array("Subject: q\n\n".utf8) + bytes)
    }

    @Test("Content-Length is ignored when switched off")
    func contentLengthOff() throws {
        let path = mailboxFixtureRoot + "/mboxcl2.mbox"
        let on = Array(try MboxReader(path: path))
        let off = Array(try MboxReader(path: path, options: MailboxOptions(usesContentLength: false)))
        #expect(on.count == 4)
        #expect(off.count > on.count)
    }

    @Test("an mbox on a file descriptor (as stdin) reads like the file")
    func fileDescriptor() throws {
        let path = mailboxFixtureRoot + "/mboxrd.mbox"
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let viaDescriptor = Array(MboxReader(fileDescriptor: fd, options: MailboxOptions(bufferSize: 5)))
        let viaPath = Array(try MboxReader(path: path))
        #expect(viaDescriptor == viaPath)
        #expect(viaDescriptor.count == 2)
    }
}

/// A small deterministic generator (SplitMix64) so random tests repeat exactly.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
