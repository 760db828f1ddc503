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
/// (`today`, `tomorrow`, `aftertomorrow`, `next`, `this`, `ordinal`, `of`, `notafter`, `move`, `dayword`,
/// `thismonth`, `dayarticle`), `time`
/// (`noon`, `midnight`, `am`, `pm`, `hour`, `at`, `barehour`, `from`, `to`, `for`), `durations`
/// (`minute`, `hour`, `day`; `one`…`four`, `halfhour`, `hourhalf` in words; `last`: words that say
/// how long), `zones` (key: an IANA zone
/// name), `labels` (`when`, `where`, `agenda`, `title`, `join`), `cues.invite` (`invite`, `event`),
/// `cues.host` (`verb`, `by`, `of`, `list`, `and`, `greeting`, `closing`, `title`, `behalf`,
/// `article`, `determiner`, `organization`),
/// `cues.location` (`place`, `venue`, `downtown`, `room`, `stated`, `in`, `street`), `cues.agenda`, `cues.online` (`meetingid`, `passcode`, `dialin`), `cues.negative`
/// (`newsletter`, `receipt`, `cancel`), `cues.past`, `forward.separators`, `forward.headers`
/// (`from`, `to`, `cc`, `date`, `subject`), `subject.prefixes` and `stopwords`. Unknown sections
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
    public init(parsing text: String, defaultCode: String) throws(LanguagePackError) {
        var code = defaultCode
        var sections: [String: [Entry]] = [:]
        var current: String? = nil
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = trimmed(Substring(rawLine))
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw LanguagePackError(line: lineNumber, reason: "unterminated section header")
                }
                let name = trimmed(line.dropFirst().dropLast()).lowercased()
                current = name
                if sections[name] == nil { sections[name] = [] }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                throw LanguagePackError(line: lineNumber, reason: "expected `key = value | value`")
            }
            let rawKey = trimmed(line[..<eq])
            // Zone keys are IANA names, which keep their case.
            let key = current == "zones" ? rawKey : rawKey.lowercased()
            let values = line[line.index(after: eq)...].split(separator: "|").map { trimmed($0) }.filter { !$0.isEmpty }
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

private func trimmed(_ s: Substring) -> String {
    var start = s.startIndex
    var end = s.endIndex
    while start < end, s[start].isWhitespace { start = s.index(after: start) }
    while end > start, s[s.index(before: end)].isWhitespace { end = s.index(before: end) }
    return String(s[start..<end])
}
