import Foundation
import InviteTestSupport
import Testing

@testable import InviteTemplates

@Suite struct BuiltinTemplatesTests {
    private static let directory = Fixture.repositoryRoot.appendingPathComponent("Templates")

    private func filesOnDisk() throws -> [String: String] {
        try TemplateSet.read(directory: Self.directory.path)
    }

    @Test("the embedded templates are exactly the files in Templates/")
    func noDrift() throws {
        let files = try filesOnDisk()
        if shouldUpdateGolden, files != BuiltinTemplates.all {
            try regenerate(files)
            return
        }
        #expect(files.keys.sorted() == BuiltinTemplates.all.keys.sorted())
        for (name, text) in files where BuiltinTemplates.all[name] != text {
            Issue.record(
                "Templates/\(name).mustache differs from BuiltinTemplates.swift; run INVITE_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests"
            )
        }
        #expect(
            Set(files.keys).isSuperset(of: ["email.text", "email.html", "partials/people.text", "partials/agenda.html"])
        )
    }

    @Test("every non-HTML template declares CONTENT_TYPE: TEXT (STYLE.md §9)")
    func textPragma() {
        for (name, text) in BuiltinTemplates.all where name.hasSuffix(".text") {
            #expect(text.hasPrefix("{{% CONTENT_TYPE: TEXT }}"), "\(name)")
        }
    }

    /// Writes `Sources/InviteTemplates/BuiltinTemplates.swift` from the files.
    private func regenerate(_ files: [String: String]) throws {
        var out = """
            // Generated from Templates/ by `INVITE_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests`.
            // Edit the files in Templates/, not this one; a test fails when the two differ.

            /// The bundled templates, compiled into the binary so a copied `invite` still works (STYLE.md §9).
            enum BuiltinTemplates {
                /// Template text by name: the path below `Templates/` without `.mustache`.
                static let all: [String: String] = [

            """
        for name in files.keys.sorted() {
            let text = files[name] ?? ""
            precondition(!text.contains("\"\"\"#") && !text.contains("\\#"), "\(name) cannot be embedded")
            // A multi-line literal drops the line break before its closing delimiter, hence the extra "\n".
            out += "        \"\(name)\": #\"\"\"\n" + text + "\n\"\"\"#,\n"
        }
        out += "    ]\n}\n"
        let path = Fixture.repositoryRoot.appendingPathComponent("Sources/InviteTemplates/BuiltinTemplates.swift")
        try Data(out.utf8).write(to: path)
    }
}
