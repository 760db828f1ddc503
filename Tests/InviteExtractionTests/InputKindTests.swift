import InviteExtraction
import Testing

@Suite struct InputKindTests {
    @Test(
        "the kind of an input comes from its content",
        arguments: [
            ("From: a@example.com\nSubject: Hi\n\nbody", InputKind.message),
            ("Subject: Hi\n\nbody", .message),
            ("X-Mailer: Example\n\nbody", .message),
            // A headline with a colon above a story is text, not a one-header message.
            ("Autozulieferer: Kestrel lädt zum Krisengipfel\n\nStuttgart, 3. Juni 2026 – …", .text),
            ("Reminder: the offsite starts tomorrow.\n\nBring your laptop", .text),
            ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", .calendar),
            ("<html><body>Hi</body></html>", .html),
        ])
    func detects(input: String, kind: InputKind) {
        #expect(InputKind.detect(Array(input.utf8)) == kind)
    }
}
