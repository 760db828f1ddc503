import ArgumentParser
import Foundation
import InviteExtraction
import InviteMIME
import InviteModel

extension Invite {
    /// `invite batch`: every message of mailboxes and folders, in parallel, in input order.
    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Read mbox files, Maildir folders and folders of .eml; print one JSON line per message with invitations.",
            discussion: """
                Every message read is counted; a summary line goes to stderr at the end. Exit 0 when every message \
                was accounted for (even if some failed to parse: those get an error line), 66 when a PATH cannot be \
                read, 65 with --strict when any message failed.
                """
        )

        @Argument(
            help:
                "mbox files (mboxo/mboxrd/mboxcl/mboxcl2), Maildir folders, folders of .eml; '-' reads an mbox on stdin."
        )
        var paths: [String] = ["-"]

        @Flag(help: "Print a line for every message, not only those holding an invitation.")
        var all = false

        @Option(
            help:
                "Output format: jsonl, csv (one row per invitation), ics (every invitation in one calendar), or sqlite (tables messages and invitations; needs -o)."
        )
        var format: BatchFormat = .jsonl

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Option(help: "Messages parsed at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "Exit 65 when any message failed to parse.")
        var strict = false

        @Flag(help: "Continue an interrupted run: skip the messages already in --output and append.")
        var resume = false

        @OptionGroup var common: CommonOptions

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
            if resume, output == nil { throw ValidationError("--resume needs --output FILE") }
            if resume, format == .ics { throw ValidationError("--resume works with jsonl, csv and sqlite output") }
            if format == .sqlite, output == nil || output == "-" {
                throw ValidationError("--format sqlite needs --output FILE")
            }
        }

        func run() async throws {
            let extractor = try InvitationExtractor(options: common.extractionOptions())
            let sink = try BatchSink(path: output, format: format, includeAll: all, resume: resume)
            let progress = ProgressLine(isEnabled: isatty(2) == 1)
            var totals = BatchTotals()
            var nextIndex = 0
            for path in paths {
                var reader: MailboxReader
                do {
                    reader = try MailboxReader(path: path)
                } catch {
                    throw CLIError(exitCode: 66, message: "\(path): \(error)")
                }
                let runner = BatchRunner(extractor: extractor, jobs: jobs, skipThrough: sink.resumeAfterIndex)
                nextIndex = try await runner.run(reader: &reader, firstIndex: nextIndex) { result in
                    totals.add(result)
                    try sink.write(result)
                    progress.update(totals)
                }
                for warning in reader.warnings { Output.warn("\(path): \(warning)") }
            }
            try sink.finish()
            progress.finish()
            FileHandle.standardError.write(
                Data(
                    "messages: \(totals.messages), invitations: \(totals.invitations), errors: \(totals.errors)\n".utf8)
            )
            if strict, totals.errors > 0 { throw ExitCode(65) }
        }
    }
}

enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, ics, sqlite
}
