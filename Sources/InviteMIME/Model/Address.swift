/// A mailbox: an optional display name and an address (RFC 5322 §3.4).
public struct Mailbox: Sendable, Hashable, CustomStringConvertible {
    /// The decoded display name, without quotes; nil when absent.
    public var displayName: String?
    /// The addr-spec (`local@domain`) as written, or nil when none could be read.
    public var addrSpec: String?

    public init(displayName: String?, addrSpec: String?) {
        self.displayName = displayName
        self.addrSpec = addrSpec
    }

    public var description: String {
        switch (displayName, addrSpec) {
        case let (name?, addr?): return "\(name) <\(addr)>"
        case let (nil, addr?): return addr
        case let (name?, nil): return name
        case (nil, nil): return ""
        }
    }
}

/// An entry of an address list: a mailbox or a named group of mailboxes (RFC 5322 §3.4).
public enum Address: Sendable, Hashable {
    case mailbox(Mailbox)
    case group(name: String, members: [Mailbox])

    /// The mailboxes this entry stands for (a group's members).
    public var mailboxes: [Mailbox] {
        switch self {
        case .mailbox(let m): return [m]
        case .group(_, let members): return members
        }
    }
}
