import InviteModel
import Testing

@testable import InviteExtraction

/// The byte test that decides whether an HTML part is parsed for schema.org markup.
@Suite struct MessageTextTests {
    @Test(
        "schema.org markup is seen at either end of the bytes and in either case",
        arguments: [
            ("ld+json", true), ("<script type=\"application/ld+json\">", true), ("LD+JSON", true),
            ("itemscope", true), ("<div itemscope itemtype=x>", true), ("<DIV ITEMSCOPE>", true),
            ("ld json", false), ("itemscop", false), ("temscope", false), ("d+json", false), ("", false),
        ]
    )
    func schemaOrg(_ html: String, _ expected: Bool) {
        #expect(MessageText.mayHoldSchemaOrg(Array(html.utf8)) == expected, "\(html)")
    }
}

/// The address comparison behind invitee de-duplication and the calendar host check.
@Suite struct CaseInsensitiveTests {
    @Test(
        "addresses compare equal ignoring case, and only then",
        arguments: [
            ("Anna@Example.com", "anna@example.COM", true), ("anna@example.com", "anna@example.co", false),
            ("a@example.com", "a`example.com", false), ("ÉLODIE@example.fr", "élodie@example.fr", true),
            ("élodie@example.fr", "elodie@example.fr", false), ("", "", true),
        ]
    )
    func compare(_ a: String, _ b: String, _ expected: Bool) {
        #expect(equalsIgnoringCase(a, b) == expected, "\(a) vs \(b)")
    }
}
