import Foundation
import Testing

/// `--help` at 80 columns: texts wrap only between phrases (no parenthesis left open at the end
/// of a line), the schema modeline stays whole, and `guide` prints the format guide.
@Suite("Help texts and guide")
struct HelpTextTests {
    static let commands = ["", "play", "check", "trace", "summary", "render", "schema", "new", "guide", "record", "lessons", "lessons export", "notes"]

    @Test("--help wraps between phrases at 80 columns", arguments: commands)
    func helpWraps(_ command: String) throws {
        let result = try Harness.rnnstep(command.split(separator: " ").map(String.init) + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        for line in result.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
            let open = line.filter { $0 == "(" }.count, close = line.filter { $0 == ")" }.count
            #expect(open == close, "a phrase in parentheses is cut at the end of: \(line)")
            #expect(!line.hasSuffix("#") && !line.hasSuffix("e.g.") && !line.hasSuffix(" to"), "cut mid-phrase: \(line)")
            #expect(line.count <= 80, "wider than 80 columns: \(line)")
        }
    }

    @Test("schema --help keeps the modeline on one line, ready to copy")
    func modelineWhole() throws {
        let result = try Harness.rnnstep(["schema", "--help"], environment: ["COLUMNS": "80"])
        #expect(result.stdout.split(separator: "\n").contains("# yaml-language-server: $schema=schema.json"))
    }

    @Test("guide prints docs/lesson-format.md, and new's starter points at it")
    func guide() throws {
        let result = try Harness.rnnstep(["guide"])
        #expect(result.status == 0)
        let file = try String(contentsOf: Harness.packageRoot.appendingPathComponent("docs/lesson-format.md"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test("new names a missing folder and refuses a name a deck would not load")
    func newRefuses() throws {
        let dir = try Harness.temporaryDirectory()
        var result = try Harness.rnnstep(["new", dir.appendingPathComponent("sub/x.yaml").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the folder \(dir.appendingPathComponent("sub").path) does not exist"), "\(result.stderr)")
        #expect(!result.stderr.contains("could not be completed"))
        result = try Harness.rnnstep(["new", dir.appendingPathComponent("x.txt").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not end in .yaml or .yml"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.txt").path))
    }
}
