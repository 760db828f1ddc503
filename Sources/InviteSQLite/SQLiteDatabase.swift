private import CSQLite

/// A minimal SQLite connection for writing rows: open, run statements, insert with bound values.
///
/// Kept in its own module so no libsqlite3 type reaches a public signature and the C headers stay
/// out of modules that import Foundation.
public final class SQLiteDatabase {
    /// A value to bind to a statement parameter.
    public enum Value: Sendable {
        case integer(Int)
        case text(String)
        case null
    }

    /// Why an SQLite call failed, with SQLite's own message.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// A prepared statement, reusable for many rows.
    public final class Statement {
        fileprivate let handle: OpaquePointer?
        fileprivate init(_ handle: OpaquePointer?) { self.handle = handle }
        deinit { sqlite3_finalize(handle) }
    }

    private var db: OpaquePointer?

    /// Opens (creating when missing) the database at `path`.
    public init(path: String) throws(Failure) {
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            let failure = Failure(description: lastError)
            sqlite3_close(db)
            db = nil
            throw failure
        }
    }

    deinit { sqlite3_close(db) }

    /// Runs one or more SQL statements that return no rows.
    public func execute(_ sql: String) throws(Failure) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw Failure(description: lastError) }
    }

    /// Compiles a statement for repeated use.
    public func prepare(_ sql: String) throws(Failure) -> Statement {
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &handle, nil) == SQLITE_OK else {
            throw Failure(description: lastError)
        }
        return Statement(handle)
    }

    /// Runs a prepared statement with `values` bound to `?1`, `?2` and so on.
    public func run(_ statement: Statement, _ values: [Value]) throws(Failure) {
        sqlite3_reset(statement.handle)
        sqlite3_clear_bindings(statement.handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let n): sqlite3_bind_int64(statement.handle, index, sqlite3_int64(n))
            case .text(let s): sqlite3_bind_text(statement.handle, index, s, -1, sqliteTransient)
            case .null: sqlite3_bind_null(statement.handle, index)
            }
        }
        guard sqlite3_step(statement.handle) == SQLITE_DONE else { throw Failure(description: lastError) }
    }

    /// The first column of the first row of a query, as an integer; nil when there is no row or it is NULL.
    public func integer(_ sql: String) throws(Failure) -> Int? {
        let statement = try prepare(sql)
        guard sqlite3_step(statement.handle) == SQLITE_ROW, sqlite3_column_type(statement.handle, 0) != SQLITE_NULL
        else { return nil }
        return Int(sqlite3_column_int64(statement.handle, 0))
    }

    private var lastError: String {
        db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "cannot open database"
    }
}

/// SQLITE_TRANSIENT: SQLite copies bound text before the call returns.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
