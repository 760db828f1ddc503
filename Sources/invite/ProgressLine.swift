import Foundation

/// A progress line on stderr, redrawn at most every half second, only when stderr is a terminal.
final class ProgressLine {
    private let isEnabled: Bool
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var drew = false

    init(isEnabled: Bool) { self.isEnabled = isEnabled }

    func update(_ totals: BatchTotals) {
        guard isEnabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw > .milliseconds(500) else { return }
        lastDraw = now
        drew = true
        let seconds = Double((now - start).components.seconds) + 1e-9
        let rate = Int(Double(totals.messages) / seconds)
        FileHandle.standardError.write(
            Data(
                "\r\u{1B}[K\(totals.messages) messages, \(totals.invitations) invitations, \(totals.errors) errors (\(rate)/s)"
                    .utf8)
        )
    }

    func finish() {
        if drew { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
