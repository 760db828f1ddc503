import Foundation

/// A language pack: the words `invite` reads prose with, in one language, as plain data.
///
/// The format is line based and UTF-8:
///
/// ```
/// # a comment
/// language = fr
///
/// [weekdays]
/// friday = vendredi | ven
///
/// [cues.invite]
/// invite = invitation | vous invite
/// ```
///
/// A `[section]` header starts a section; each `key = value | value` line inside it maps a key to
/// alternatives. Lines before the first section hold metadata (`language` is the ISO 639-1 code).
/// Values are phrases matched accent- and case-insensitively, word by word. Sections the engine
/// reads: `weekdays` (keys `monday`…`sunday`), `months` (`january`…`december`), `relative`
/// (`today`, `tomorrow`, `aftertomorrow`, `next`, `this`, `ordinal`, `of`, `notafter`, `move`, `moveto`, `dayword`,
/// `thismonth`, `dayarticle`), `time`
/// (`noon`, `midnight`, `am`, `pm`, `hour`, `at`, `barehour`, `from`, `to`, `for`), `durations`
/// (`minute`, `hour`, `day`; `one`…`four`, `halfhour`, `hourhalf`, `quarterhour`, `threequarters` in words; `last`: words that say
/// how long), `zones` (key: an IANA zone
/// name), `labels` (`when`, `where`, `agenda`, `title`, `join`), `cues.invite` (`invite`, `event`; `apart`: two
/// words that may stand apart in one sentence, "findet … statt"),
/// `cues.host` (`verb`, `by`, `of`, `list`, `and`, `greeting`, `closing`, `title`, `behalf`,
/// `article`, `determiner`, `organization`; `passive`: participles that invite only with their agent, "invités par";
/// `auxiliary`: the auxiliaries of verb-final clauses, "hat … eingeladen"; `firstperson`: "I", "we" in a quote;
/// `you`: the reader as the verb's object, "te invita"),
/// `cues.location` (`place`, `venue`, `downtown`, `room`, `stated`, `in`, `street`), `cues.agenda`, `cues.online` (`meetingid`, `passcode`, `dialin`; `phone`: words that label a person's phone, "Tel."), `cues.negative`
/// (`newsletter`, `receipt`, `cancel`; `published`: a news byline, "Published … | Updated …"), `cues.past`, `forward.separators`, `forward.headers`
/// (`from`, `to`, `cc`, `date`, `subject`), `subject.prefixes` (`prefix`; `reply` and `forward`, the markers
/// that tell a reply from a forward) and `stopwords`. Unknown sections
/// and keys are kept and ignored, so packs can grow without breaking older binaries.
public struct LanguagePack: Sendable, Hashable {
    /// One `key = value | value` line.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var values: [String]
    }

    /// ISO 639-1 code, from the `language = xx` line (or the file name).
    public var code: String
    /// The sections in file order, each with its entries in file order.
    public var sections: [String: [Entry]]

    /// Creates a pack from its parts.
    public init(code: String, sections: [String: [Entry]]) {
        self.code = code
        self.sections = sections
    }

    /// The values of `key` in `section` (every matching line, in order).
    public func values(_ section: String, _ key: String) -> [String] {
        guard let entries = sections[section] else { return [] }
        var result: [String] = []
        for entry in entries where entry.key == key { result.append(contentsOf: entry.values) }
        return result
    }

    /// Parses the text of a pack; `defaultCode` is used when the text has no `language =` line.
    ///
    /// Reads UTF-8 bytes (every `invite parse` run parses the built-in packs once, so this is on its startup
    /// path) and makes a `String` only of each key and value.
    public init(parsing text: String, defaultCode: String) throws(LanguagePackError) {
        let bytes = Array(text.utf8)
        var code = defaultCode
        var sections: [String: [Entry]] = [:]
        var current: String? = nil
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            let line = trimmedRange(bytes, lineStart..<lineEnd)
            guard let first = line.first.map({ bytes[$0] }), first != UInt8(ascii: "#") else { continue }
            if first == UInt8(ascii: "[") {
                guard bytes[line.upperBound - 1] == UInt8(ascii: "]"), line.count > 2 else {
                    throw LanguagePackError(line: lineNumber, reason: "unterminated section header")
                }
                let name = trimmedString(bytes, line.lowerBound + 1..<line.upperBound - 1).lowercased()
                current = name
                if sections[name] == nil { sections[name] = [] }
                continue
            }
            guard let eq = bytes[line].firstIndex(of: UInt8(ascii: "=")) else {
                throw LanguagePackError(line: lineNumber, reason: "expected `key = value | value`")
            }
            let rawKey = trimmedString(bytes, line.lowerBound..<eq)
            // Zone keys are IANA names, which keep their case.
            let key = current == "zones" ? rawKey : rawKey.lowercased()
            var values: [String] = []
            var valueStart = eq + 1
            while valueStart <= line.upperBound {
                let valueEnd = bytes[valueStart..<line.upperBound].firstIndex(of: UInt8(ascii: "|")) ?? line.upperBound
                let value = trimmedString(bytes, valueStart..<valueEnd)
                if !value.isEmpty { values.append(value) }
                valueStart = valueEnd + 1
            }
            guard !key.isEmpty else { throw LanguagePackError(line: lineNumber, reason: "empty key") }
            if let current {
                sections[current, default: []].append(Entry(key: key, values: values))
            } else if key == "language", let first = values.first {
                code = first.lowercased()
            }
        }
        self.init(code: code, sections: sections)
    }

    /// The packs compiled into the binary: en, fr, de, es, it, pt, nl.
    public static let builtin: [LanguagePack] = BuiltinLanguagePacks.sources.compactMap { code, text in
        try? LanguagePack(parsing: text, defaultCode: code)
    }

    /// Reads every `*.pack` file of a directory (for `--languages DIR`), sorted by file name.
    ///
    /// - Throws: ``LanguagePackError`` for an unreadable directory or a malformed pack.
    public static func load(directory: String) throws(LanguagePackError) -> [LanguagePack] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LanguagePackError(line: 0, reason: "cannot read directory \(directory)")
        }
        var packs: [LanguagePack] = []
        for name in names.sorted() where name.hasSuffix(".pack") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LanguagePackError(line: 0, reason: "cannot read \(path)")
            }
            let text = String(decoding: data, as: UTF8.self)
            do {
                packs.append(try LanguagePack(parsing: text, defaultCode: String(name.dropLast(5))))
            } catch {
                throw LanguagePackError(line: error.line, reason: "\(name): \(error.reason)")
            }
        }
        return packs
    }

    /// Built-in packs, with user packs replacing built-ins of the same code and adding new ones.
    public static func merged(builtin: [LanguagePack] = builtin, user: [LanguagePack]) -> [LanguagePack] {
        var result = builtin
        for pack in user {
            if let i = result.firstIndex(where: { $0.code == pack.code }) {
                result[i] = pack
            } else {
                result.append(pack)
            }
        }
        return result
    }
}

/// A language pack that could not be read.
public struct LanguagePackError: Error, Sendable, CustomStringConvertible {
    /// 1-based line of the problem (0 when not about a line).
    public var line: Int
    public var reason: String
    public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
}

/// `range` without the ASCII white space at its ends.
private func trimmedRange(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
}

/// The text of `range` without white space at its ends; Unicode white space (a no-break space) is trimmed
/// too, by the slower `Character` test, when a non-ASCII byte ends the range.
private func trimmedString(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    let inner = trimmedRange(bytes, range)
    let text = String(decoding: bytes[inner], as: UTF8.self)
    guard let first = inner.first, bytes[first] >= 0x80 || bytes[inner.upperBound - 1] >= 0x80 else { return text }
    var start = text.startIndex
    var end = text.endIndex
    while start < end, text[start].isWhitespace { start = text.index(after: start) }
    while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
    return String(text[start..<end])
}
