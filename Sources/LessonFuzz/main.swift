// The same target serves two builds:
//
// - `swift build` (no fuzzer): this is the program's main file, so the global below is initialised
//   at start-up, in order, like top-level code. It replays the files given as arguments through the
//   fuzz case: `LessonFuzz crash-1234 …` prints each file's diagnostics (or `ok`) and exits,
//   trapping exactly where the fuzzer did.
// - `swift build --sanitize fuzzer`: SwiftPM compiles the target with `-parse-as-library`, so this
//   file has no top-level code; the global is lazy and never touched, and libFuzzer's own `main`
//   drives `LLVMFuzzerTestOneInput` (FuzzEntry.swift). A top-level statement here would not compile
//   in that build and an `@main` type would clash with libFuzzer's `main`, hence the global.

/// The replay run's exit, performed when the normal build starts.
let replayed: Void = LessonReplay.runAndExit(arguments: Array(CommandLine.arguments.dropFirst()))
