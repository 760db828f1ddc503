import ArgumentParser
import Foundation
import InviteModel

/// A failure with its sysexits code and one clear line for stderr.
struct CLIError: Error, CustomStringConvertible {
    var exitCode: Int32
    var message: String
    var description: String { message }
}

enum InputFile {
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Reads a whole file, or stdin for "-"; a missing or unreadable file exits 66 naming the path.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(exitCode: 66, message: "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError(exitCode: 66, message: "\(path): is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(exitCode: 66, message: "\(path): cannot be read")
        }
        return [UInt8](data)
    }
}

enum Output {
    static func write(_ bytes: [UInt8]) throws {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func warn(_ line: String) {
        FileHandle.standardError.write(Data(("invite: " + line + "\n").utf8))
    }
}

enum JSONOutput {
    /// Pretty, key-sorted JSON with a trailing newline (the golden-file form).
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value)) + [0x0A]
    }

    /// One-line JSON (for JSON Lines).
    static func encodeLine(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value)) + [0x0A]
    }
}

extension Output {
    /// Writes to a file, or stdout when `path` is nil or "-".
    static func write(to path: String?, _ bytes: [UInt8]) throws {
        guard let path, path != "-" else { return try write(bytes) }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CLIError(exitCode: 1, message: "\(path): cannot be written: \(error.localizedDescription)")
        }
    }
}
