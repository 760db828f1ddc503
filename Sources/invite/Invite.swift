import ArgumentParser
import Foundation

@main
struct Invite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read meeting invitations out of email and write them back out.",
        discussion: """
            Exit status: 0 when the input was read (no invitation is still success), 64 wrong usage, \
            65 input that is no message, calendar, HTML or text, 66 missing or unreadable input, 1 other failures.
            """,
        version: "0.1.0",
        subcommands: [Parse.self, ICS.self, Render.self, Reply.self, Batch.self]
    )

    /// Runs the command; a ``CLIError`` prints its one line on stderr and exits with its sysexits code.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            Output.warn(error.message)
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
