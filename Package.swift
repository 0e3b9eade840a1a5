// swift-tools-version:6.0
import PackageDescription

/// The engine, the screen widgets, the lesson parser and its byte scans are compiled with optimisation
/// even in debug builds, where a measurement showed it matters (DECISIONS.md, 2026-12-01;
/// docs/performance.md, "Debug builds"): unoptimised, the forward pass of the stress lesson
/// (T 1000, D 512, H 1024) takes 31 s of CPU instead of 0.5 s (RNNCore), a frame of it 16 ms
/// instead of 2.5 ms, the PlayerTests 10 s instead of 2 s (Screen), and the byte scans 6.5 M of
/// the 15 M instructions of reading the first lesson before `swift run`'s first frame
/// (LessonScan), and the parser itself 4.8 M of the 36 M instructions before that frame (Lessons).
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "rnnstep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rnnstep", targets: ["rnnstep"]),
        .executable(name: "LessonFuzz", targets: ["LessonFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: Engine — numbers equal to numpy and Keras (Foundation only)
        // Optimised in every configuration (see `optimised` above).
        .target(name: "RNNCore", dependencies: ["TextSafety"], swiftSettings: optimised),

        // MARK: The one table of unsafe characters (frames, diagnostics, JSON, recordings)
        .target(name: "TextSafety"),

        // MARK: Byte scans of a lesson's text before Yams sees it (anchors, value count, UTF-8)
        // Optimised in every configuration: unoptimised, these loops over every byte took 6.5 M
        // of the 15 M instructions of reading the first lesson in the debug build (docs/performance.md).
        .target(name: "LessonScan", swiftSettings: optimised),

        // MARK: Lesson files — the only target that imports Yams
        // Optimised in every configuration since round 3 of the speed work: `swift run`'s first frame
        // waits for the first lesson (4.8 M of 36 M instructions unoptimised), at 5.5 s more per
        // full rebuild of the target and about 0.5 s per edited file (docs/performance.md).
        .target(name: "Lessons", dependencies: ["RNNCore", "TextSafety", "LessonScan", .product(name: "Yams", package: "Yams")],
                swiftSettings: optimised),

        // MARK: Screen model — cells, frames, widgets (no terminal)
        .target(name: "Screen", dependencies: ["RNNCore", "TextSafety"], swiftSettings: optimised),

        // MARK: Interactive session as a pure state machine
        .target(name: "Player", dependencies: ["RNNCore", "Lessons", "Screen"]),

        // MARK: The only code that touches curses
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "Terminal", dependencies: ["Screen", "CNcursesw"]),

        // MARK: The executable
        .executableTarget(
            name: "rnnstep",
            dependencies: [
                "RNNCore", "Lessons", "Screen", "Player", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: libFuzzer target for the lesson parser (scripts/fuzz.sh); replays inputs in a normal build
        .executableTarget(name: "LessonFuzz", dependencies: ["Lessons", "RNNCore"], path: "Sources/LessonFuzz"),

        // MARK: Benchmark (scripts/bench.sh): in-process frame timings, not shipped
        .executableTarget(
            name: "rnnstep-bench",
            dependencies: ["RNNCore", "Lessons", "Screen", "Player", "Terminal"]
        ),

        // MARK: Tests
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        .testTarget(name: "RNNCoreTests", dependencies: ["RNNCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "LessonScan", "RNNCore", "TextSafety"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScreenTests", dependencies: ["Screen", "RNNCore", "TextSafety"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Screen", "Player", "Lessons", "RNNCore"]),
        .testTarget(name: "PlayerTests", dependencies: ["Player", "Lessons", "Screen", "RNNCore"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["rnnstep"]),
        .testTarget(name: "RecordingTests", dependencies: ["rnnstep", "Player", "Lessons", "Screen", "TextSafety"]),
    ]
)
