import Foundation
import InviteModel
import InviteTestSupport
import Testing

@testable import InviteExtraction

@Suite struct ProseLanguagePackTests {
    static let codes = ["en", "fr", "de", "es", "it", "pt", "nl"]

    @Test("the embedded literals match the canonical .pack files", arguments: codes)
    func noDrift(code: String) throws {
        let url = Fixture.repositoryRoot.appendingPathComponent("Sources/InviteExtraction/LanguagePacks/\(code).pack")
        let file = try String(contentsOf: url, encoding: .utf8)
        let literal = try #require(BuiltinLanguagePacks.sources.first(where: { $0.0 == code })?.1)
        // A multi-line literal drops the final newline of the file.
        #expect(literal + "\n" == file, "BuiltinLanguagePacks.swift drifted from \(code).pack: regenerate the literal")
    }

    @Test("every built-in pack parses and has the core sections", arguments: codes)
    func builtinComplete(code: String) throws {
        let pack = try #require(LanguagePack.builtin.first(where: { $0.code == code }))
        #expect(pack.values("weekdays", "friday").count >= 1)
        #expect(pack.values("months", "august").count >= 1)
        for section in [
            "relative", "time", "cues.invite", "cues.host", "cues.location", "cues.agenda", "cues.online",
            "forward.separators", "forward.headers", "stopwords",
        ] {
            #expect(pack.sections[section] != nil, "\(code) lacks [\(section)]")
        }
    }

    @Test("the format: sections, keys, alternatives, comments, zone keys keep their case")
    func format() throws {
        let pack = try LanguagePack(
            parsing: """
                # comment
                language = xx

                [weekdays]
                friday = Vendredi | ven

                [zones]
                Europe/Paris = heure de Paris
                """, defaultCode: "zz")
        #expect(pack.code == "xx")
        #expect(pack.values("weekdays", "friday") == ["Vendredi", "ven"])
        #expect(pack.values("zones", "Europe/Paris") == ["heure de Paris"])
        #expect(throws: LanguagePackError.self) { try LanguagePack(parsing: "[broken\n", defaultCode: "x") }
    }

    @Test("a pack saved with CRLF, tabs, no-break spaces and empty alternatives reads the same")
    func liberalFormat() throws {
        let pack = try LanguagePack(
            parsing: "language = xx\r\n[ Weekdays ]\r\n\tfriday\t= Vendredi |\u{A0}ven\u{A0}| |\r\nmonday = a = b\r\n",
            defaultCode: "zz")
        #expect(pack.code == "xx")
        #expect(pack.values("weekdays", "friday") == ["Vendredi", "ven"])
        #expect(pack.values("weekdays", "monday") == ["a = b"])
        let error = #expect(throws: LanguagePackError.self) {
            try LanguagePack(parsing: "[weekdays]\nfriday vendredi\n", defaultCode: "x")
        }
        #expect(error?.line == 2)
    }

    @Test("user packs load from a directory and add a language")
    func loadDirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        language = sv
        [weekdays]
        friday = fredag
        [cues.invite]
        event = möte
        [stopwords]
        words = och | att | det | är | vi | på
        """.write(to: dir.appendingPathComponent("sv.pack"), atomically: true, encoding: .utf8)
        let packs = try LanguagePack.load(directory: dir.path)
        #expect(packs.map(\.code) == ["sv"])
        let extractor = ProseExtractor(languagePacks: LanguagePack.merged(user: packs))
        let result = extractor.extract(
            text: "Hej! Vi har ett möte på fredag och det är viktigt att du kommer.",
            context: ProseContext(referenceDate: .init(year: 2018, month: 8, day: 21)))
        #expect(result.language == "sv")
        #expect(result.invitation?.start?.description == "2018-08-24")
    }

    @Test("phrases of lower-case ASCII words skip the tokenizer and get the words it would give", arguments: codes)
    func plainPhraseWords(code: String) throws {
        let pack = try #require(LanguagePack.builtin.first(where: { $0.code == code }))
        var plain = 0
        for value in pack.sections.values.joined().flatMap(\.values) {
            guard let words = Vocabulary.lowercaseASCIIWords(value) else { continue }
            plain += 1
            let tokens = Tokenizer.tokenize(Array(value.unicodeScalars), vocabulary: nil)
            #expect(words == tokens.map(\.text), "\(value)")
            #expect(tokens.allSatisfy { $0.kind == .word }, "\(value)")
        }
        #expect(plain > 100)
        #expect(Vocabulary.lowercaseASCIIWords("rsvp by") == ["rsvp", "by"])
        for phrase in ["", " a", "a ", "a  b", "Friday", "14h", "qu'il", "août", "e-mail"] {
            #expect(Vocabulary.lowercaseASCIIWords(phrase) == nil, "\(phrase)")
        }
    }

    @Test("folding ignores accents and case")
    func folding() {
        #expect(TextFolding.fold("Août ÜBERMORGEN Straße Œuvre") == "aout ubermorgen strasse oeuvre")
        #expect(TextFolding.fold("qu’elle – x") == "qu'elle - x")
    }
}
