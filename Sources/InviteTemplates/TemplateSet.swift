internal import Foundation
import Mustache

/// The compiled templates: the built-in set, overridden and extended by a directory.
///
/// A template is named by its path below the directory without `.mustache`
/// (`email.text`, `partials/people.html`), as swift-mustache names them. Templates under
/// `partials/` are only included by others; every other template is a render target.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    let names: Set<String>

    init(directory: String?) throws(InvitationRenderError) {
        var sources = BuiltinTemplates.all
        if let directory {
            for (name, text) in try Self.read(directory: directory) { sources[name] = text }
        }
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                throw .make(.templateSyntax, name + ".mustache", String(describing: error))
            }
        }
        self.library = library
        self.names = Set(sources.keys)
    }

    /// The render targets the templates define (everything outside `partials/`).
    var targetNames: [String] { names.filter { !$0.hasPrefix("partials/") }.sorted() }

    func render(_ name: String, model: [String: Any]) -> String? {
        guard names.contains(name) else { return nil }
        return library.render(model, withTemplate: name)
    }

    /// Every `*.mustache` file below `directory`, by relative name.
    static func read(directory: String) throws(InvitationRenderError) -> [String: String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .make(.templatesDirectory, directory, "not a directory")
        }
        guard let enumerator = manager.enumerator(atPath: directory) else {
            throw .make(.templatesDirectory, directory)
        }
        var result: [String: String] = [:]
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            let path = base + relative
            guard let data = manager.contents(atPath: path) else {
                throw .make(.templatesDirectory, path, "unreadable")
            }
            guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                throw .make(.templatesDirectory, path, "not UTF-8")
            }
            result[String(relative.dropLast(".mustache".count))] = text
        }
        return result
    }
}
