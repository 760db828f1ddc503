import Foundation
import InviteMIME
import InviteTestSupport
import Testing

@Suite struct MailboxFixtureTests {
    @Test("mbox fixture matches its expected entries", arguments: Fixture.all(in: "mailbox", extensions: ["mbox"]))
    func mboxFixture(_ fixture: Fixture) throws {
        var reader = try MailboxReader(path: fixture.url.path)
        #expect(reader.kind == .mbox)
        var entries: [MailboxEntrySummary] = []
        while let entry = reader.next() { entries.append(MailboxEntrySummary(entry)) }
        let warnings = reader.warnings.map { $0.code.description }
        let summary = MailboxSummary(
            kind: reader.kind.rawValue, entries: entries, warnings: warnings.isEmpty ? nil : warnings)
        try expectMailboxGolden(summary, at: fixture.sibling(".expected.json"))
    }

    @Test("folder fixture matches its expected entries", arguments: ["maildir", "eml-folder", "single.eml"])
    func folderFixture(_ name: String) throws {
        let path = mailboxFixtureRoot + "/" + name
        var reader = try MailboxReader(path: path)
        var entries: [MailboxEntrySummary] = []
        while let entry = reader.next() { entries.append(MailboxEntrySummary(entry, relativeTo: mailboxFixtureRoot)) }
        let warnings = reader.warnings.map { $0.code.description }
        let summary = MailboxSummary(
            kind: reader.kind.rawValue, entries: entries, warnings: warnings.isEmpty ? nil : warnings)
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        try expectMailboxGolden(summary, at: URL(fileURLWithPath: mailboxFixtureRoot + "/" + stem + ".expected.json"))
    }

    @Test("kinds are detected from the path")
    func detection() throws {
        #expect(try MailboxKind.detect(path: "-") == .mbox)
        #expect(try MailboxKind.detect(path: mailboxFixtureRoot + "/mboxrd.mbox") == .mbox)
        #expect(try MailboxKind.detect(path: mailboxFixtureRoot + "/maildir") == .maildir)
        #expect(try MailboxKind.detect(path: mailboxFixtureRoot + "/eml-folder") == .emlDirectory)
        #expect(try MailboxKind.detect(path: mailboxFixtureRoot + "/single.eml") == .singleFile)
        // Content decides for files without an mbox extension.
        let folder = try makeMailboxTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mboxWithoutExtension = folder.appendingPathComponent("Inbox")
        try Data("From a@example.com Mon Jan  8 08:00:00 2024\nSubject: x\n\nbody\n".utf8).write(
            to: mboxWithoutExtension)
        #expect(try MailboxKind.detect(path: mboxWithoutExtension.path) == .mbox)
    }

    @Test("missing paths throw cannotOpen with the path")
    func missingPath() {
        let path = mailboxFixtureRoot + "/does-not-exist.mbox"
        let error = #expect(throws: MailboxReadError.self) { try MailboxReader(path: path) }
        #expect(error?.code == .cannotOpen)
        #expect(error?.path == path)
        #expect(error?.description.hasPrefix(path + ": cannot open") == true)
        #expect(throws: MailboxReadError.self) { try MboxReader(path: path) }
    }

    @Test("a folder is not a Maildir without cur/ or new/, and not an mbox")
    func wrongKinds() {
        let error = #expect(throws: MailboxReadError.self) {
            try MaildirReader(path: mailboxFixtureRoot + "/eml-folder")
        }
        #expect(error?.code == .notAMaildir)
        #expect(throws: MailboxReadError.self) { try MboxReader(path: mailboxFixtureRoot + "/maildir") }
        #expect(throws: MailboxReadError.self) { try EMLDirectoryReader(path: mailboxFixtureRoot + "/single.eml") }
    }

    @Test("a non-recursive .eml folder reader skips subfolders")
    func nonRecursive() throws {
        let reader = try EMLDirectoryReader(
            path: mailboxFixtureRoot + "/eml-folder", options: MailboxOptions(isRecursive: false))
        let names = Array(reader).compactMap { $0.path.map { String($0.split(separator: "/").last ?? "") } }
        #expect(names == ["9.eml", "10.eml", "invite.EML"])
    }
}

@Suite struct MailboxOrderingTests {
    @Test("Maildir and .eml names sort with digit runs compared by value")
    func naturalOrder() throws {
        let folder = try makeMailboxTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = [
            "b.eml", "10.eml", "a10.eml", "a9.eml", "a009.eml", "a.eml", "1.eml", "a10b.eml", "a10a.eml", "9.eml",
        ]
        for name in names {
            try Data("Subject: \(name)\n\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        let order = Array(try EMLDirectoryReader(path: folder.path)).compactMap { $0.path?.split(separator: "/").last }
        #expect(
            order == [
                "1.eml", "9.eml", "10.eml", "a.eml", "a9.eml", "a009.eml", "a10.eml", "a10a.eml", "a10b.eml", "b.eml",
            ]
        )
    }
}
