import InviteExtraction
import InviteMIME
import InviteModel

/// What one message of a batch gave: its document, or why it failed.
struct BatchResult: Sendable {
    var index: Int
    var offset: Int?
    var path: String?
    var document: ParseDocument?
    var error: String?
}

/// Running counts for the summary line and progress.
struct BatchTotals {
    var messages = 0
    var invitations = 0
    var errors = 0

    mutating func add(_ result: BatchResult) {
        messages += 1
        invitations += result.document?.invitations.count ?? 0
        if result.error != nil { errors += 1 }
    }
}

/// Parses a mailbox's messages on `jobs` workers and hands results back in input order.
///
/// At most `4 × jobs` messages are in flight, so memory stays bounded however large the mailbox.
struct BatchRunner {
    var extractor: InvitationExtractor
    var jobs: Int
    /// With `--resume`: messages up to this index were already written.
    var skipThrough: Int?

    /// Runs every entry of `reader`, numbering from `firstIndex`; returns the next free index.
    func run(
        reader: inout MailboxReader, firstIndex: Int, emit: (BatchResult) throws -> Void
    ) async throws -> Int {
        let extractor = self.extractor
        let window = max(1, jobs * 4)
        return try await withThrowingTaskGroup(of: BatchResult.self) { group in
            var index = firstIndex
            var nextToEmit = firstIndex
            var inFlight = 0
            var ready: [Int: BatchResult] = [:]

            func collect(_ result: BatchResult) throws {
                ready[result.index] = result
                while let next = ready.removeValue(forKey: nextToEmit) {
                    try emit(next)
                    nextToEmit += 1
                }
            }

            while let entry = reader.next() {
                let current = index
                index += 1
                if let skip = skipThrough, current <= skip {
                    nextToEmit = index
                    continue
                }
                group.addTask { Self.process(entry, index: current, extractor: extractor) }
                inFlight += 1
                if inFlight >= window, let result = try await group.next() {
                    inFlight -= 1
                    try collect(result)
                }
            }
            while let result = try await group.next() { try collect(result) }
            return index
        }
    }

    private static func process(_ entry: MailboxEntry, index: Int, extractor: InvitationExtractor) -> BatchResult {
        var result = BatchResult(index: index, offset: entry.offset, path: entry.path)
        if let error = entry.error {
            result.error = error.description
            return result
        }
        do {
            result.document = try extractor.document(for: entry.bytes)
        } catch {
            result.error = error.description
        }
        return result
    }
}
