import ArgumentParser
import Lessons

/// `rnnstep schema`: prints the JSON Schema (draft 2020-12) of the lesson format.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the lesson format's JSON Schema (2020-12).",
        discussion: """
            For editors and CI: lessons/schema.json is this output.
            A lesson names it on its first line:

            # yaml-language-server: $schema=schema.json
            """)

    func run() throws {
        Output.out(LessonSchema.text)
    }
}
