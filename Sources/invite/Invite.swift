import ArgumentParser

@main
struct Invite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read meeting invitations out of email and write them back out.")
}
