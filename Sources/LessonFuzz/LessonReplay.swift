import Foundation
import Lessons

/// The command-line side of LessonFuzz in a normal build: replays inputs (crashers, corpus files)
/// through `LessonFuzzCase` so that a fuzz finding can be reproduced without libFuzzer.
enum LessonReplay {
    /// Replays every file in `arguments` and exits: 0 when all ran, 2 for usage or unreadable files.
    static func runAndExit(arguments: [String]) {
        if arguments.isEmpty || arguments.contains("-h") || arguments.contains("--help") {
            let usage = """
                usage: LessonFuzz FILE…
                Replays fuzz inputs through the lesson parser and prints their diagnostics.
                Built with `swift build --sanitize fuzzer` (see scripts/fuzz.sh) it is a libFuzzer target instead.

                """
            FileHandle.standardError.write(Data(usage.utf8))
            exit(arguments.isEmpty ? 2 : 0)
        }
        var status: Int32 = 0
        for path in arguments {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read the file\n".utf8))
                status = 2
                continue
            }
            let diagnostics = LessonFuzzCase.run(data, path: path)
            if diagnostics.isEmpty {
                print("\(path): ok")
            } else {
                diagnostics.forEach { print($0) }
            }
        }
        exit(status)
    }
}
