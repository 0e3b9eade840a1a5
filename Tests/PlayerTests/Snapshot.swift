import Foundation
import Screen
import Testing

/// Compares a frame (text plus style runs) with a file under `Snapshots/`. A missing file, or
/// `RNNSTEP_RECORD=1`, writes the file and records an issue so that a new baseline is never a
/// silent pass; commit the file after reading it.
func assertSnapshot(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent(name + ".txt")
    let actual = frame.snapshot + "\n"
    let record = ProcessInfo.processInfo.environment["RNNSTEP_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("snapshot \(name) recorded at \(url.path); check it and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
            let exp = i < e.count ? String(e[i]) : "<none>", act = i < a.count ? String(a[i]) : "<none>"
            diff.append("line \(i + 1):\n  expected: \(exp)\n  actual:   \(act)")
            if diff.count >= 8 { break }
        }
        let report = diff.joined(separator: "\n")
        Issue.record("snapshot \(name) differs (RNNSTEP_RECORD=1 re-records):\n\(report)",
                     sourceLocation: sourceLocation)
    }
}
