import ArgumentParser
import Lessons

/// `rnnstep guide`: prints the lesson format guide (docs/lesson-format.md), built into the binary
/// so that it is at hand wherever the binary is.
struct Guide: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the lesson format guide.",
        discussion: "docs/lesson-format.md as Markdown; page it with `rnnstep guide | less`.")

    func run() throws {
        Output.out(LessonGuide.text + "\n")
    }
}
