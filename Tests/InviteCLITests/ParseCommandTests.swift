import Foundation
import InviteTestSupport
import Testing

@Suite struct ParseCommandTests {
    @Test("parse prints the contract's JSON document on stdout and exits 0")
    func parsesFixture() throws {
        let run = try CLIRun.run(["parse", "Fixtures/cli/team-meeting.eml"])
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
        let message = try #require(document["message"] as? [String: Any])
        #expect(message["messageId"] as? String == "<0000000000007a3b2c05c1d2e3f4@example.com>")
        #expect((message["parts"] as? [Any])?.count == 4)
        #expect(document["invitations"] is [Any])
        #expect(document["warnings"] is [Any])
    }

    @Test("a missing file exits 66 and names the path on stderr")
    func missingFile() throws {
        let run = try CLIRun.run(["parse", "no/such/file.eml"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("no/such/file.eml"))
        #expect(run.stdout.isEmpty)
    }

    @Test("binary input exits 65 with one line on stderr")
    func binaryInput() throws {
        let run = try CLIRun.run(["parse", "-"], stdin: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE])
        #expect(run.status == 65)
        #expect(run.stderr.contains("binary"))
        #expect(run.stdout.isEmpty)
    }

    @Test("wrong usage exits 64")
    func usage() throws {
        #expect(try CLIRun.run(["parse", "--no-such-flag"]).status == 64)
        #expect(try CLIRun.run(["parse", "-", "--reference-date", "tomorrow-ish"]).status == 64)
    }

    @Test("stdin is read when the input is '-'; --format text prints a summary")
    func stdinAndText() throws {
        let message = Array("From: Ann <ann@example.com>\r\nSubject: Hello\r\n\r\nHi there\r\n".utf8)
        let run = try CLIRun.run(["parse", "-", "--format", "text"], stdin: message)
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("Subject: Hello"))
    }
}
