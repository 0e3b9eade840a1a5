import ArgumentParser
import Lessons

/// `rnnstep schema`: prints the JSON Schema (draft 2020-12) of the lesson format.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of the lesson format, for editors and CI.",
        discussion: "lessons/schema.json is this output; lessons name it on their first line: # yaml-language-server: $schema=schema.json")

    func run() throws {
        Output.out(LessonSchema.text)
    }
}
