import Foundation
import InviteModel
import InviteTestSupport
import Testing

@testable import InviteExtraction

/// Compares an actual JSON value with an expected subset: every key present in `expected` must
/// equal the actual value; arrays compare element-wise and must have the same length.
enum JSONSubset {
    static func mismatches(expected: Any, actual: Any?, path: String = "$") -> [String] {
        switch expected {
        case let e as [String: Any]:
            guard let a = actual as? [String: Any] else {
                return ["\(path): expected an object, got \(describe(actual))"]
            }
            return e.keys.sorted().flatMap { mismatches(expected: e[$0] as Any, actual: a[$0], path: "\(path).\($0)") }
        case let e as [Any]:
            guard let a = actual as? [Any] else { return ["\(path): expected an array, got \(describe(actual))"] }
            guard a.count == e.count else {
                return ["\(path): expected \(e.count) elements, got \(a.count): \(describe(a))"]
            }
            return zip(e, a).enumerated().flatMap { mismatches(expected: $1.0, actual: $1.1, path: "\(path)[\($0)]") }
        case is NSNull:
            if actual == nil || actual is NSNull { return [] }
            return ["\(path): expected null, got \(describe(actual))"]
        default:
            guard let a = actual, !(a is NSNull) else { return ["\(path): expected \(describe(expected)), got null"] }
            if let en = expected as? NSNumber, let an = a as? NSNumber, en == an { return [] }
            if let es = expected as? String, let s = a as? String, es == s { return [] }
            return ["\(path): expected \(describe(expected)), got \(describe(a))"]
        }
    }

    static func describe(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]),
            let s = String(data: data, encoding: .utf8)
        {
            return s
        }
        return "\(value)"
    }
}

/// A `.eml` fixture split into a ProseContext (headers) and body text, without the MIME layer.
struct ProseFixtureMessage {
    var context: ProseContext
    var body: String

    /// Whether the message's headers mark it as an automatic reply (RFC 3834 Auto-Submitted).
    static func isAutomaticReply(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let head = text.components(separatedBy: "\n\n").first ?? text
        return head.contains("\nauto-submitted: auto-")
    }

    /// Whether the body is quoted-printable or base64 (this reader only splits headers from body).
    static func isTransferEncoded(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let head = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").first ?? text
        return head.contains("content-transfer-encoding: quoted-printable")
            || head.contains("content-transfer-encoding: base64")
    }

    /// Whether the body is `format=flowed` text, which the MIME layer unflows (RFC 3676).
    static func isFlowed(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let head = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").first ?? text
        return head.contains("format=flowed")
    }

    /// Whether the message's own Content-Type is text/html.
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let head = text.components(separatedBy: "\n\n").first ?? text
        return head.contains("content-type: text/html")
    }

    init(bytes: [UInt8], parser: ForwardParser) {
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let split = text.range(of: "\n\n")
        let head = split.map { String(text[..<$0.lowerBound]) } ?? ""
        body = split.map { String(text[$0.upperBound...]) } ?? text
        var fields: [(String, String)] = []
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
                fields[fields.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                fields.append(
                    (
                        line[..<colon].lowercased(),
                        String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                    ))
            }
        }
        func value(_ name: String) -> String? { fields.first(where: { $0.0 == name }).map { Self.decodeWords($0.1) } }
        func people(_ name: String) -> [Person] {
            guard let v = value(name) else { return [] }
            return parser.parseMailboxList(v).map { Person(name: $0.name, email: $0.email) }
        }
        context = ProseContext(
            subject: value("subject"), from: people("from").first, to: people("to"), cc: people("cc"),
            messageDate: value("date").flatMap { parser.parseDate($0) }
        )
    }

    /// Decodes RFC 2047 `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words (enough for our fixtures).
    static func decodeWords(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let start = rest.range(of: "=?") {
            out += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let parts = after.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefix("=") else {
                out += "=?"
                rest = after
                continue
            }
            let encoding = parts[1].uppercased()
            let payload = String(parts[2])
            if encoding == "B", let data = Data(base64Encoded: payload) {
                out += String(decoding: data, as: UTF8.self)
            } else {
                var bytes: [UInt8] = []
                var i = payload.utf8.startIndex
                let u = payload.utf8
                while i < u.endIndex {
                    let c = u[i]
                    if c == UInt8(ascii: "_") {
                        bytes.append(0x20)
                    } else if c == UInt8(ascii: "="), let j = u.index(i, offsetBy: 2, limitedBy: u.endIndex),
                        j < u.endIndex,
                        let v = UInt8(String(decoding: u[u.index(after: i)...j], as: UTF8.self), radix: 16)
                    {
                        bytes.append(v)
                        i = j
                    } else {
                        bytes.append(c)
                    }
                    i = u.index(after: i)
                }
                out += String(decoding: bytes, as: UTF8.self)
            }
            rest = parts[3].dropFirst()
            // Whitespace between adjacent encoded words is dropped (RFC 2047 §6.2).
            if rest.drop(while: { $0 == " " }).hasPrefix("=?") { rest = rest.drop(while: { $0 == " " }) }
        }
        return out + rest
    }
}

@Suite struct ProseFixtureTests {
    static let extractor = ProseExtractor()
    static let parser = ForwardParser(languagePacks: LanguagePack.builtin)
    static let fixtures = Fixture.all(in: "prose", extensions: ["eml"])
    static let fields = [
        "host", "invitees", "location", "start", "end", "timeZone", "agenda", "conference", "title",
        "language", "forwarded", "isInvitation",
    ]

    /// The contract's JSON for what prose gave, as a Foundation object.
    static func actualDocument(_ fixture: Fixture) throws -> [String: Any] {
        let bytes = try fixture.bytes()
        if ProseFixtureMessage.isHTML(bytes) || ProseFixtureMessage.isAutomaticReply(bytes)
            || ProseFixtureMessage.isTransferEncoded(bytes) || ProseFixtureMessage.isFlowed(bytes)
        {
            // HTML mail: prose reads the structured text of the HTML reader; an automatic reply is decided from
            // its headers; a quoted-printable, base64 or flowed body must be decoded first: run the whole pipeline.
            let document = try InvitationExtractor().document(for: bytes)
            let data = try JSONEncoder().encode(document)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        let message = ProseFixtureMessage(bytes: bytes, parser: parser)
        let result = extractor.extract(text: message.body, context: message.context)
        let summary = MessageSummary(language: result.language, forwarded: result.forwarded)
        let document = ParseDocument(
            message: summary, invitations: result.invitation.map { [$0] } ?? [], warnings: result.warnings)
        let data = try JSONEncoder().encode(document)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func expectedDocument(_ fixture: Fixture) throws -> [String: Any] {
        let data = try Data(contentsOf: fixture.sibling(".expected.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Field name → mismatches, for the fields the expected document asserts.
    static func score(expected: [String: Any], actual: [String: Any]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        let em = expected["message"] as? [String: Any] ?? [:]
        let am = actual["message"] as? [String: Any] ?? [:]
        for key in ["language", "forwarded"] where em[key] != nil {
            result[key] = JSONSubset.mismatches(expected: em[key] as Any, actual: am[key], path: "$.message.\(key)")
        }
        let ei = expected["invitations"] as? [Any] ?? []
        let ai = actual["invitations"] as? [Any] ?? []
        result["isInvitation"] = ei.count == ai.count ? [] : ["$.invitations: expected \(ei.count), got \(ai.count)"]
        if let e = ei.first as? [String: Any], let a = ai.first as? [String: Any], ei.count == ai.count {
            for (key, value) in e {
                let field = key == "evidence" || key == "allDay" ? "other" : key
                result[field, default: []] += JSONSubset.mismatches(
                    expected: value, actual: a[key], path: "$.invitations[0].\(key)")
            }
        }
        return result
    }

    @Test("fixtures exist across all seven languages")
    func coverage() {
        #expect(Self.fixtures.count >= 60)
        for lang in ["en", "fr", "de", "es", "it", "pt", "nl"] {
            #expect(Self.fixtures.filter { $0.name.hasPrefix(lang + "-") }.count >= 6, "\(lang)")
        }
    }

    @Test("each prose fixture matches its expected subset", arguments: fixtures)
    func fixture(_ fixture: Fixture) throws {
        let actual = try Self.actualDocument(fixture)
        let expected = try Self.expectedDocument(fixture)
        let problems = Self.score(expected: expected, actual: actual).values.flatMap { $0 }
        #expect(
            problems.isEmpty,
            "\(fixture.name):\n\(problems.joined(separator: "\n"))\nactual: \(JSONSubset.describe(actual["invitations"]))"
        )
    }

    @Test("per-field score over all prose fixtures is at least 0.9")
    func perFieldScore() throws {
        var passed: [String: Int] = [:]
        var total: [String: Int] = [:]
        for fixture in Self.fixtures {
            let scores = Self.score(
                expected: try Self.expectedDocument(fixture), actual: try Self.actualDocument(fixture))
            for (field, problems) in scores {
                total[field, default: 0] += 1
                if problems.isEmpty { passed[field, default: 0] += 1 }
            }
        }
        var lines = ["prose fixture score (\(Self.fixtures.count) fixtures):"]
        for field in Self.fields + ["other"] {
            guard let t = total[field], t > 0 else { continue }
            let p = passed[field, default: 0]
            lines.append(
                "  \(field.padding(toLength: 13, withPad: " ", startingAt: 0)) \(p)/\(t) = \(String(format: "%.2f", Double(p) / Double(t)))"
            )
        }
        print(lines.joined(separator: "\n"))
        for field in Self.fields {
            guard let t = total[field], t > 0 else { continue }
            #expect(Double(passed[field, default: 0]) / Double(t) >= 0.9, "\(field)")
        }
    }
}
