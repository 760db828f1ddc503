private import CSQLite
import Foundation
import InviteModel

/// Writes batch results into an SQLite database: a `messages` table (one row per message written)
/// and an `invitations` table (one row per invitation), each row also holding its JSON.
final class SQLiteSink {
    private var db: OpaquePointer?
    private var insertMessage: OpaquePointer?
    private var insertInvitation: OpaquePointer?
    private var pending = 0
    private let path: String
    /// The index of the last message an earlier run wrote (with `--resume`).
    private(set) var resumeAfterIndex: Int?

    private static let schema = """
        CREATE TABLE IF NOT EXISTS messages (
            idx INTEGER PRIMARY KEY, offset INTEGER, path TEXT, message_id TEXT, subject TEXT, sender TEXT,
            date TEXT, language TEXT, error TEXT, json TEXT);
        CREATE TABLE IF NOT EXISTS invitations (
            message_idx INTEGER NOT NULL REFERENCES messages(idx), position INTEGER NOT NULL, source TEXT,
            method TEXT, uid TEXT, sequence INTEGER, status TEXT, title TEXT, start TEXT, "end" TEXT,
            time_zone TEXT, all_day INTEGER, host_name TEXT, host_email TEXT, location TEXT, conference_url TEXT,
            json TEXT, PRIMARY KEY (message_idx, position));
        """

    init(path: String, resume: Bool) throws {
        self.path = path
        if !resume { try? FileManager.default.removeItem(atPath: path) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            throw failure("cannot be opened")
        }
        try exec(Self.schema)
        try exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; BEGIN")
        insertMessage = try prepare(
            "INSERT OR REPLACE INTO messages VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        )
        insertInvitation = try prepare(
            "INSERT OR REPLACE INTO invitations VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
        )
        if resume { resumeAfterIndex = try maxIndex() }
    }

    deinit {
        sqlite3_finalize(insertMessage)
        sqlite3_finalize(insertInvitation)
        sqlite3_close(db)
    }

    func write(_ result: BatchResult, line: BatchLine) throws {
        let message = result.document?.message
        try run(
            insertMessage,
            [
                .int(result.index), result.offset.map(Value.int) ?? .null, .text(result.path),
                .text(message?.messageID),
                .text(message?.subject), .text(message?.from.first?.email), .text(message?.date),
                .text(message?.language), .text(result.error),
                .text(String(decoding: try JSONOutput.encodeLine(line).dropLast(), as: UTF8.self)),
            ]
        )
        for (position, inv) in (result.document?.invitations ?? []).enumerated() {
            let location = [inv.location?.name, inv.location?.address].compactMap { $0 }.joined(separator: ", ")
            try run(
                insertInvitation,
                [
                    .int(result.index), .int(position), .text(inv.source.rawValue), .text(inv.method), .text(inv.uid),
                    inv.sequence.map(Value.int) ?? .null, .text(inv.status), .text(inv.title),
                    .text(inv.start?.description), .text(inv.end?.description), .text(inv.timeZone),
                    .int(inv.isAllDay ? 1 : 0), .text(inv.host?.name), .text(inv.host?.email),
                    .text(location.isEmpty ? nil : location), .text(inv.conference?.url),
                    .text(String(decoding: try JSONOutput.encodeLine(inv).dropLast(), as: UTF8.self)),
                ]
            )
        }
        pending += 1
        if pending >= 1000 {
            try exec("COMMIT; BEGIN")
            pending = 0
        }
    }

    func finish() throws { try exec("COMMIT") }

    // MARK: - SQLite calls

    private enum Value {
        case int(Int)
        case text(String?)
        case null
    }

    private func run(_ statement: OpaquePointer?, _ values: [Value]) throws {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .int(let n): sqlite3_bind_int64(statement, index, sqlite3_int64(n))
            case .text(let s?): sqlite3_bind_text(statement, index, s, -1, Self.transient)
            case .text(nil), .null: sqlite3_bind_null(statement, index)
            }
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw failure("insert failed") }
    }

    /// SQLite's SQLITE_TRANSIENT: copy the bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func exec(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw failure("SQL failed") }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw failure("SQL failed") }
        return statement
    }

    private func maxIndex() throws -> Int? {
        let statement = try prepare("SELECT MAX(idx) FROM messages")
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW, sqlite3_column_type(statement, 0) != SQLITE_NULL else {
            return nil
        }
        return Int(sqlite3_column_int64(statement, 0))
    }

    private func failure(_ what: String) -> CLIError {
        let detail = db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "unknown error"
        return CLIError(exitCode: 1, message: "\(path): \(what): \(detail)")
    }
}
