import Foundation
import InviteModel
import InviteSQLite

/// Writes batch results into an SQLite database: a `messages` table (one row per message written)
/// and an `invitations` table (one row per invitation), each row also holding its JSON.
final class SQLiteSink {
    private let db: SQLiteDatabase
    private let insertMessage: SQLiteDatabase.Statement
    private let insertInvitation: SQLiteDatabase.Statement
    private var pending = 0
    private let path: String
    /// The index of the last message an earlier run wrote (with `--resume`).
    let resumeAfterIndex: Int?

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
        do {
            db = try SQLiteDatabase(path: path)
            try db.execute(Self.schema)
            try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; BEGIN")
            insertMessage = try db.prepare(
                "INSERT OR REPLACE INTO messages VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
            insertInvitation = try db.prepare(
                "INSERT OR REPLACE INTO invitations VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
            )
            resumeAfterIndex = resume ? try db.integer("SELECT MAX(idx) FROM messages") : nil
        } catch {
            throw CLIError(exitCode: 1, message: "\(path): \(error)")
        }
    }

    func write(_ result: BatchResult, line: BatchLine) throws {
        let message = result.document?.message
        do {
            try db.run(
                insertMessage,
                [
                    .integer(result.index), integer(result.offset), text(result.path), text(message?.messageID),
                    text(message?.subject), text(message?.from.first?.email), text(message?.date),
                    text(message?.language), text(result.error), text(try json(line)),
                ]
            )
            for (position, inv) in (result.document?.invitations ?? []).enumerated() {
                let location = [inv.location?.name, inv.location?.address].compactMap { $0 }.joined(separator: ", ")
                try db.run(
                    insertInvitation,
                    [
                        .integer(result.index), .integer(position), .text(inv.source.rawValue), text(inv.method),
                        text(inv.uid), integer(inv.sequence), text(inv.status), text(inv.title),
                        text(inv.start?.description), text(inv.end?.description), text(inv.timeZone),
                        .integer(inv.isAllDay ? 1 : 0), text(inv.host?.name), text(inv.host?.email),
                        text(location.isEmpty ? nil : location), text(inv.conference?.url), text(try json(inv)),
                    ]
                )
            }
            pending += 1
            if pending >= 1000 {
                try db.execute("COMMIT; BEGIN")
                pending = 0
            }
        } catch let error as SQLiteDatabase.Failure {
            throw CLIError(exitCode: 1, message: "\(path): \(error)")
        }
    }

    func finish() throws {
        do {
            try db.execute("COMMIT")
        } catch {
            throw CLIError(exitCode: 1, message: "\(path): \(error)")
        }
    }

    private func text(_ value: String?) -> SQLiteDatabase.Value { value.map { .text($0) } ?? .null }
    private func integer(_ value: Int?) -> SQLiteDatabase.Value { value.map { .integer($0) } ?? .null }
    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONOutput.encodeLine(value).dropLast(), as: UTF8.self)
    }
}
