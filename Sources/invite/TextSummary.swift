import InviteModel

/// The human summary of `invite parse --format text`.
enum TextSummary {
    static func render(_ document: ParseDocument) -> String {
        var lines: [String] = []
        let m = document.message
        if let subject = m.subject { lines.append("Subject: \(subject)") }
        if let from = m.from.first { lines.append("From: \(person(from.name, from.email))") }
        if let date = m.date { lines.append("Date: \(date)") }
        if let language = m.language { lines.append("Language: \(language)") }
        lines.append("Parts: \(m.parts.map(\.contentType).joined(separator: ", "))")
        for f in m.forwarded {
            lines.append("Forwarded from: \(person(f.from?.name, f.from?.email))\(f.date.map { " on \($0)" } ?? "")")
        }
        if document.invitations.isEmpty { lines.append("No invitation found.") }
        for (k, inv) in document.invitations.enumerated() {
            lines.append("")
            lines.append("Invitation \(k + 1) (\(inv.source.rawValue)\(inv.method.map { ", \($0)" } ?? ""))")
            if let title = inv.title { lines.append("  Title: \(title)") }
            if let host = inv.host {
                lines.append("  Host: \(person(host.name, host.email, host.organization))")
            }
            if !inv.invitees.isEmpty {
                lines.append(
                    "  Invitees: "
                        + inv.invitees.map { person($0.name, $0.email, $0.organization) }.joined(separator: "; "))
            }
            if let start = inv.start {
                let zone = inv.timeZone.map { " (\($0))" } ?? ""
                lines.append("  When: \(start)\(inv.end.map { " – \($0)" } ?? "")\(zone)")
            }
            if let loc = inv.location {
                lines.append("  Where: " + [loc.name, loc.address, loc.url].compactMap { $0 }.joined(separator: ", "))
            }
            if let url = inv.conference?.url { lines.append("  Join: \(url)") }
            if let rule = inv.recurrence { lines.append("  Repeats: \(rule)") }
            if !inv.agenda.isEmpty {
                lines.append("  Agenda:")
                for (n, item) in inv.agenda.enumerated() { lines.append("    \(n + 1). \(item)") }
            }
        }
        for w in document.warnings { lines.append("warning: \(w)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func person(_ name: String?, _ email: String?, _ organization: String? = nil) -> String {
        var s = name ?? ""
        if let organization { s += s.isEmpty ? organization : " (\(organization))" }
        if let email { s += s.isEmpty ? email : " <\(email)>" }
        return s.isEmpty ? "?" : s
    }
}
