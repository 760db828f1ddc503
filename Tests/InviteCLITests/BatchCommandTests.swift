import Foundation
import InviteICalendar
import InviteTestSupport
import Testing

@Suite struct BatchCommandTests {
    private func lines(_ run: CLIRun) throws -> [[String: Any]] {
        try run.stdoutText.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("every message of an mbox gets a line with its byte offset, in order; the summary counts them")
    func mbox() throws {
        let run = try CLIRun.run(["batch", "Fixtures/mailbox/mboxrd.mbox", "--all"])
        #expect(run.status == 0)
        let objects = try lines(run)
        #expect(objects.map { $0["index"] as? Int } == [0, 1])
        #expect(objects.map { $0["offset"] as? Int } == [0, 463])
        #expect(((objects.first?["message"] as? [String: Any])?["messageId"] as? String) == "<mboxrd-1@example.com>")
        #expect(run.stderr.contains("messages: 2, invitations: 0, errors: 0"))
    }

    @Test("without --all only messages with invitations are printed, but all are counted")
    func onlyInvitations() throws {
        let run = try CLIRun.run(["batch", "Fixtures/mailbox/mboxo.mbox", "--jobs", "1"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("messages: "))
        #expect(try lines(run).allSatisfy { !(($0["invitations"] as? [Any]) ?? []).isEmpty || $0["error"] != nil })
    }

    @Test("Maildir and .eml folders give a path instead of an offset; several PATHs number on")
    func folders() throws {
        let run = try CLIRun.run(["batch", "Fixtures/mailbox/maildir", "Fixtures/mailbox/eml-folder", "--all"])
        #expect(run.status == 0)
        let objects = try lines(run)
        #expect(!objects.isEmpty)
        #expect(objects.allSatisfy { $0["path"] is String && $0["offset"] == nil })
        #expect(objects.map { $0["index"] as? Int } == Array(0..<objects.count).map { Optional($0) })
    }

    @Test("an mbox on stdin")
    func stdin() throws {
        let mbox = try Data(contentsOf: Fixture.repositoryRoot.appendingPathComponent("Fixtures/mailbox/mboxrd.mbox"))
        let run = try CLIRun.run(["batch", "-", "--all"], stdin: [UInt8](mbox))
        #expect(run.status == 0)
        #expect(try lines(run).count == 2)
    }

    @Test("parallel output equals serial output")
    func parallelOrder() throws {
        let serial = try CLIRun.run([
            "batch", "Fixtures/mailbox/maildir", "Fixtures/mailbox/mboxcl2.mbox", "--all", "--jobs", "1",
        ])
        let parallel = try CLIRun.run([
            "batch", "Fixtures/mailbox/maildir", "Fixtures/mailbox/mboxcl2.mbox", "--all", "--jobs", "4",
        ])
        #expect(serial.stdout == parallel.stdout)
    }

    @Test("a missing PATH exits 66 naming it")
    func missing() throws {
        let run = try CLIRun.run(["batch", "no/such.mbox"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("no/such.mbox"))
    }

    @Test("--resume continues after the last line already written")
    func resume() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("invite-resume-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: out) }
        let full = try CLIRun.run(["batch", "Fixtures/mailbox/mboxcl2.mbox", "--all"])
        let firstLine =
            full.stdoutText.split(separator: "\n", omittingEmptySubsequences: true).first.map { $0 + "\n" } ?? ""
        try Data(firstLine.utf8).write(to: out)
        let resumed = try CLIRun.run(["batch", "Fixtures/mailbox/mboxcl2.mbox", "--all", "--resume", "-o", out.path])
        #expect(resumed.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8) == full.stdoutText)
    }

    @Test("CSV output has a header and one row per message with --all")
    func csv() throws {
        let run = try CLIRun.run(["batch", "Fixtures/mailbox/mboxrd.mbox", "--all", "--format", "csv"])
        #expect(run.status == 0)
        let rows = run.stdoutText.split(separator: "\r\n")
        #expect(rows.first?.hasPrefix("index,offset,path,error") == true)
        #expect(rows.count == 3)
    }

    @Test("--format ics writes every invitation of every message into one calendar that lints clean")
    func ics() throws {
        let run = try CLIRun.run(["batch", "Fixtures/mime/clients", "Fixtures/cli", "--format", "ics"])
        #expect(run.status == 0)
        #expect(ICalendarLint.check(run.stdout).isEmpty)
        let events = try ICalendar.parse(run.stdout).calendars.flatMap(\.events)
        #expect(events.count >= 3)
        #expect(events.contains { $0.uid == "7kq2m1f0r8d3b5c9a6e4@example.com" })
    }

    @Test("--format sqlite writes messages and invitations tables; --resume appends")
    func sqlite() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("invite-\(UUID()).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let run = try CLIRun.run(["batch", "Fixtures/mime/clients", "--all", "--format", "sqlite", "-o", database.path])
        #expect(run.status == 0)
        let header = try #require(FileManager.default.contents(atPath: database.path)?.prefix(16))
        #expect(String(decoding: header, as: UTF8.self).hasPrefix("SQLite format 3"))
        #expect(try CLIRun.run(["batch", "Fixtures/mime/clients", "--format", "sqlite"]).status == 64)
        let resumed = try CLIRun.run([
            "batch", "Fixtures/mime/clients", "--all", "--format", "sqlite", "-o", database.path, "--resume",
        ])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("messages: 0"))
    }
}
