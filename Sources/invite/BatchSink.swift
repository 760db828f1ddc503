import Foundation
import InviteICalendar
import InviteModel

/// Writes batch results as JSON Lines or CSV to a file or stdout; knows where a resumed run left off.
final class BatchSink {
    private let handle: FileHandle
    private let format: BatchFormat
    private let includeAll: Bool
    private var buffer: [UInt8] = []
    private var wroteHeader: Bool
    /// With `--format ics`: every invitation, written as one calendar at the end.
    private var calendarInvitations: [Invitation] = []
    /// The index of the last message an earlier run wrote (with `--resume`).
    let resumeAfterIndex: Int?

    /// With `--format sqlite`: the database written instead of `handle`.
    private let database: SQLiteSink?

    init(path: String?, format: BatchFormat, includeAll: Bool, resume: Bool) throws {
        self.format = format
        self.includeAll = includeAll
        if format == .sqlite, let path {
            let database = try SQLiteSink(path: path, resume: resume)
            self.database = database
            handle = FileHandle.standardOutput
            resumeAfterIndex = database.resumeAfterIndex
            wroteHeader = true
            return
        }
        database = nil
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            resumeAfterIndex = nil
            wroteHeader = false
            return
        }
        var lastIndex: Int?
        if resume, let existing = FileManager.default.contents(atPath: path) {
            lastIndex = Self.lastIndex(in: [UInt8](existing), format: format)
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CLIError(exitCode: 1, message: "\(path): cannot be created")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CLIError(exitCode: 1, message: "\(path): cannot be opened for writing")
        }
        try handle.seekToEnd()
        self.handle = handle
        self.resumeAfterIndex = lastIndex
        self.wroteHeader = resume && lastIndex != nil
    }

    func write(_ result: BatchResult) throws {
        switch format {
        case .jsonl: try writeJSONLine(result)
        case .csv: writeCSV(result)
        case .ics: calendarInvitations += result.document?.invitations ?? []
        case .sqlite:
            guard result.error != nil || includeAll || !(result.document?.invitations.isEmpty ?? true) else { return }
            try database?.write(result, line: BatchLine(result))
        }
        if buffer.count >= 1 << 16 { flush() }
    }

    func finish() throws {
        try database?.finish()
        if format == .ics, !calendarInvitations.isEmpty {
            // One VCALENDAR without METHOD (a plain calendar file, RFC 5545), each invitation a VEVENT.
            var calendar = ICalendar(invitations: calendarInvitations)
            calendar.method = nil
            buffer += ICalendarWriter().write(calendar)
        }
        flush()
        if handle !== FileHandle.standardOutput { try handle.close() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeJSONLine(_ result: BatchResult) throws {
        guard result.error != nil || includeAll || !(result.document?.invitations.isEmpty ?? true) else { return }
        buffer += try JSONOutput.encodeLine(BatchLine(result))
    }

    private static let csvColumns = [
        "index", "offset", "path", "error", "source", "method", "uid", "title", "start", "end", "timeZone",
        "hostName", "hostEmail", "location", "invitees", "conferenceUrl",
    ]

    private func writeCSV(_ result: BatchResult) {
        if !wroteHeader {
            buffer += Array((Self.csvColumns.joined(separator: ",") + "\r\n").utf8)
            wroteHeader = true
        }
        let invitations = result.document?.invitations ?? []
        guard result.error != nil || includeAll || !invitations.isEmpty else { return }
        let base = [String(result.index), result.offset.map(String.init) ?? "", result.path ?? "", result.error ?? ""]
        let rows: [[String]] =
            invitations.isEmpty
            ? [base + Array(repeating: "", count: Self.csvColumns.count - base.count)]
            : invitations.map { inv in
                base + [
                    inv.source.rawValue, inv.method ?? "", inv.uid ?? "", inv.title ?? "",
                    inv.start?.description ?? "", inv.end?.description ?? "", inv.timeZone ?? "",
                    inv.host?.name ?? "", inv.host?.email ?? "",
                    [inv.location?.name, inv.location?.address].compactMap { $0 }.joined(separator: ", "),
                    inv.invitees.map { $0.email ?? $0.name ?? $0.organization ?? "" }.joined(separator: "; "),
                    inv.conference?.url ?? "",
                ]
            }
        for row in rows {
            buffer += Array((row.map(Self.csvField).joined(separator: ",") + "\r\n").utf8)
        }
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets don't run it.
    private static func csvField(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The `index` of the last complete line an earlier run wrote.
    private static func lastIndex(in bytes: [UInt8], format: BatchFormat) -> Int? {
        let lines = bytes.split(separator: 0x0A).filter { !$0.isEmpty }
        for line in lines.reversed() {
            switch format {
            case .jsonl:
                if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let index = object["index"] as? Int
                {
                    return index
                }
            case .ics, .sqlite:
                return nil
            case .csv:
                if let field = line.split(separator: UInt8(ascii: ",")).first,
                    let index = Int(String(decoding: field, as: UTF8.self))
                {
                    return index
                }
            }
        }
        return nil
    }
}

/// One JSON line of `invite batch` (CONTRACT.md "batch lines").
struct BatchLine: Encodable {
    var index: Int
    var offset: Int?
    var path: String?
    var message: MessageSummary?
    var invitations: [Invitation]?
    var warnings: [String]?
    var error: String?

    init(_ result: BatchResult) {
        index = result.index
        offset = result.offset
        path = result.path
        message = result.document?.message
        invitations = result.document?.invitations
        warnings = result.document.map(\.warnings).flatMap { $0.isEmpty ? nil : $0 }
        error = result.error
    }
}
