public import Foundation
public import Testing

/// One input file under `Fixtures/<area>/`, with the expected output that sits beside it.
public struct Fixture: Sendable, CustomStringConvertible, CustomTestStringConvertible {
    /// The area folder, such as `mime`, `ics`, `html`, `prose`.
    public let area: String
    /// File name relative to the area folder, such as `rfc/simple.eml`.
    public let name: String
    /// Absolute path of the input file.
    public let url: URL

    public var description: String { "\(area)/\(name)" }
    public var testDescription: String { description }

    /// The input's bytes.
    public func bytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// The path of a sibling file with the same stem and another suffix (such as `.expected.json`).
    public func sibling(_ suffix: String) -> URL {
        url.deletingPathExtension().appendingPathExtension(String(suffix.drop(while: { $0 == "." })))
    }

    /// The repository root, found from this file's location (no SwiftPM resources).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// Every input file under `Fixtures/<area>/` whose extension is one of `extensions`, sorted by name.
    public static func all(in area: String, extensions: Set<String>) -> [Fixture] {
        let root = repositoryRoot.appendingPathComponent("Fixtures").appendingPathComponent(area)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var result: [Fixture] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension) {
            let name = String(url.path.dropFirst(root.path.count + 1))
            if name.contains(".expected.") { continue }
            result.append(Fixture(area: area, name: name, url: url))
        }
        return result.sorted { $0.name < $1.name }
    }
}

/// Whether golden files should be rewritten (`INVITE_UPDATE_GOLDEN=1 swift test`).
public var shouldUpdateGolden: Bool { ProcessInfo.processInfo.environment["INVITE_UPDATE_GOLDEN"] == "1" }
