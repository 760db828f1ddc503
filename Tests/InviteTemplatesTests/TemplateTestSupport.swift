import Foundation
import InviteModel
import InviteTemplates
import InviteTestSupport

/// The fixed clock and seed of the golden files: 2018-08-21T16:00:00Z, `Date:` in -07:00, seed 42.
let goldenNow = 1_534_867_200

func goldenOptions(language: String, method: String? = nil) -> RenderOptions {
    RenderOptions(language: language, method: method, now: goldenNow, nowUTCOffsetSeconds: -7 * 3600, seed: 42)
}

let templateFixtures = Fixture.repositoryRoot.appendingPathComponent("Fixtures/templates")

func loadInvitation(_ name: String) throws -> Invitation {
    let data = try Data(contentsOf: templateFixtures.appendingPathComponent(name + ".json"))
    return try JSONDecoder().decode(Invitation.self, from: data)
}

func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Lines split at LF, each keeping a CR it ends with.
func lines(_ bytes: [UInt8]) -> [String] {
    var result: [String] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
        result.append(String(decoding: bytes[start..<i], as: UTF8.self))
        start = i + 1
    }
    if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
    return result
}

/// The header block of a message (before the first empty line), unfolded into fields.
func headerFields(_ bytes: [UInt8]) -> [String] {
    var fields: [String] = []
    for line in lines(bytes) {
        let l = line.hasSuffix("\r") ? String(line.dropLast()) : line
        if l.isEmpty { break }
        if l.first == " " || l.first == "\t", !fields.isEmpty {
            fields[fields.count - 1] += l
        } else {
            fields.append(l)
        }
    }
    return fields
}
