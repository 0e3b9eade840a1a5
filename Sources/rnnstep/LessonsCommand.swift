import ArgumentParser

/// `rnnstep lessons …`: the deck built into the binary.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "The chapter's deck built into the binary.",
        subcommands: [LessonsExport.self])
}
