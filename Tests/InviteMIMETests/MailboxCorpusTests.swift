import Foundation
import InviteMIME
import InviteTestSupport
import Testing

/// The benchmark corpus generator, and a `python3` to run it.
private enum MailboxCorpus {
    static let script = "/work/shared/bench/make_corpus.py"

    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { python != nil && FileManager.default.fileExists(atPath: script) }

    struct Truth: Decodable {
        var index: Int
        var offset: Int?
        var size: Int
        var message_id: String
        var maildir: String?
        var eml: String?
    }
}

@Suite struct MailboxCorpusTests {
    @Test(
        "every message of a generated corpus is found at its truth offset, in mbox, Maildir and .eml form",
        .enabled(if: MailboxCorpus.isAvailable, "python3 or /work/shared/bench/make_corpus.py not found")
    )
    func corpus() throws {
        let folder = try makeMailboxTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mbox = folder.appendingPathComponent("c.mbox").path
        let maildir = folder.appendingPathComponent("c.maildir").path
        let emlFolder = folder.appendingPathComponent("c.eml").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: MailboxCorpus.python ?? "/usr/bin/python3")
        process.arguments = [
            MailboxCorpus.script, "--messages", "300", "--seed", "3", "--out", mbox, "--maildir", maildir, "--emldir",
            emlFolder,
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)

        let truthText = try String(contentsOfFile: mbox + ".truth.jsonl", encoding: .utf8)
        let decoder = JSONDecoder()
        let truth = try truthText.split(separator: "\n").map {
            try decoder.decode(MailboxCorpus.Truth.self, from: Data($0.utf8))
        }
        try #require(truth.count == 300)

        var reader = try MailboxReader(path: mbox)
        let entries = Array(IteratorSequence(reader))
        #expect(reader.next() == nil)
        #expect(reader.warnings.isEmpty)
        try #require(entries.count == truth.count)
        for (entry, expected) in zip(entries, truth) {
            #expect(entry.index == expected.index)
            #expect(entry.offset == expected.offset, "message \(expected.index)")
            #expect(entry.error == nil && entry.warnings.isEmpty, "message \(expected.index)")
            #expect(contains(entry.bytes, "Message-ID: " + expected.message_id), "message \(expected.index)")
            // The truth size counts the stored (quoted) bytes: one `>` more per `^>*From ` line.
            let fromLines = mailboxLines(entry.bytes).filter { $0.drop { $0 == ">" }.hasPrefix("From ") }.count
            #expect(entry.bytes.count + fromLines == expected.size, "message \(expected.index)")
        }

        // The same messages as files: the .eml folder in index order, the Maildir by name.
        let emlEntries = Array(try EMLDirectoryReader(path: emlFolder))
        try #require(emlEntries.count == truth.count)
        for (index, entry) in emlEntries.enumerated() {
            #expect(entry.path == emlFolder + "/" + (truth[index].eml ?? ""))
            var expectedBytes = entry.bytes
            if expectedBytes.last != UInt8(ascii: "\n") { expectedBytes.append(UInt8(ascii: "\n")) }
            #expect(entries[index].bytes == expectedBytes, "message \(index): mbox and .eml differ")
        }
        let maildirEntries = Array(try MaildirReader(path: maildir))
        #expect(maildirEntries.count == truth.count)
        var byPath: [String: [UInt8]] = [:]
        for entry in maildirEntries { byPath[entry.path ?? ""] = entry.bytes }
        for (index, expected) in truth.enumerated() {
            #expect(byPath[maildir + "/" + (expected.maildir ?? "")] == emlEntries[index].bytes, "message \(index)")
        }
    }

    private func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
