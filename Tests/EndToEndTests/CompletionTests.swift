import Foundation
import Testing

/// Shell completions complete lesson paths: `rnnstep check goo<TAB>` offers `good.yaml` (and
/// folders), not other files. Bash runs for real (it is everywhere); fish and zsh run when they
/// are installed (CI has neither), and their scripts are checked for the file completion always.
@Suite struct CompletionTests {
    /// A folder holding good.yaml, gone.yml, goo.txt and a folder goodies/.
    static func folder() throws -> URL {
        let dir = try Harness.temporaryDirectory()
        for name in ["good.yaml", "gone.yml", "goo.txt"] {
            try "title: t\nsteps:\n  - text: x\n".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("goodies"), withIntermediateDirectories: true)
        return dir
    }

    static func script(_ shell: String) throws -> URL {
        let result = try Harness.rnnstep(["--generate-completion-script", shell])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let url = try Harness.temporaryDirectory().appendingPathComponent("rnnstep.\(shell)")
        try result.stdout.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// What bash's completion function offers for the command line `line` (cursor at its end).
    static func bashCompletions(_ line: String, in dir: URL) throws -> [String] {
        let script = try script("bash")
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.last == nil { words.append("") }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _rnnstep rnnstep '\(words[words.count - 1])' '\(words.count > 1 ? words[words.count - 2] : "")'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Harness.run("/bin/bash", ["--norc", "-c", program], cwd: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func bashCompletesLessonFilesAndFoldersForEveryPathArgument() throws {
        let dir = try Self.folder()
        for command in ["check", "play", "render", "trace", "summary", "record", "handout", "new"] {
            #expect(try Self.bashCompletions("rnnstep \(command) goo", in: dir) == ["good.yaml", "goodies"], "\(command)")
        }
        #expect(try Self.bashCompletions("rnnstep check good.yaml go", in: dir) == ["gone.yml", "good.yaml", "goodies"],
                "check takes many paths")
        #expect(try Self.bashCompletions("rnnstep lessons export goo", in: dir) == ["goodies"], "a folder only")
        #expect(try Self.bashCompletions("rnnstep handout good.yaml -o goo", in: dir) == ["goodies"], "an .html file or a folder")
    }

    @Test func fishCompletesLessonFiles() throws {
        let text = try String(contentsOf: try Self.script("fish"), encoding: .utf8)
        let checkLine = try #require(text.split(separator: "\n").first { $0.contains("positional \"rnnstep check\"") })
        #expect(checkLine.contains("yaml") && checkLine.contains("yml") && checkLine.contains("__fish_complete_directories"))
        guard let fish = ["/usr/bin/fish", "/usr/local/bin/fish"].first(where: FileManager.default.isExecutableFile) else {
            print("fish is not installed: checked the script's text only")
            return
        }
        let dir = try Self.folder()
        let binDir = URL(fileURLWithPath: Harness.binary).deletingLastPathComponent().path
        let result = try Harness.run(fish, ["--no-config", "-c", "source '\(try Self.script("fish").path)'; complete -C 'rnnstep check goo'"],
                                     environment: ["PATH": binDir + ":/usr/bin:/bin"], cwd: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map(String.init).sorted() == ["good.yaml", "goodies/"])
    }

    @Test func zshCompletesLessonFiles() throws {
        let url = try Self.script("zsh")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lesson = "_files -g '\\''*.yaml *.yml'\\''"
        #expect(text.components(separatedBy: lesson).count - 1 == 8, "play check trace summary render new record handout")
        #expect(text.contains(":directory:_files -/"), "lessons export DIR")
        guard let zsh = ["/usr/bin/zsh", "/bin/zsh", "/usr/local/bin/zsh"].first(where: FileManager.default.isExecutableFile) else {
            print("zsh is not installed: checked the script's text only")
            return
        }
        // The script loads into zsh's completion system and registers itself for rnnstep.
        let home = try Harness.temporaryDirectory()
        let result = try Harness.run(zsh, ["-f", "-c", "autoload -U compinit && compinit -u -d '\(home.path)/zcompdump' && source '\(url.path)' && print -r -- $_comps[rnnstep]"],
                                     environment: ["HOME": home.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "_rnnstep")
    }
}
