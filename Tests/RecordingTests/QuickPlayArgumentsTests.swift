@testable import rnnstep
import Testing

/// The start-up reader of `rnnstep` / `rnnstep play …` takes only unambiguous argument lists,
/// with ArgumentParser's meaning, and leaves everything else to ArgumentParser.
struct QuickPlayArgumentsTests {
    @Test func readsPlainPlayInvocations() throws {
        for arguments in [[], ["play"]] {
            let bare = try #require(QuickPlayArguments(arguments))
            #expect(bare.paths.isEmpty && bare.color == nil && bare.lang == nil && !bare.watch)
        }
        let full = try #require(QuickPlayArguments(["play", "--lang", "en", "lessons", "--color=256", "--watch", "x.yaml"]))
        #expect(full.paths == ["lessons", "x.yaml"])
        #expect(full.color == .ansi256 && full.lang == .en && full.watch)
        #expect(QuickPlayArguments(["play", "--lang=ko", "play"])?.paths == ["play"])
        #expect(QuickPlayArguments(["play", "--lang=ko", "play"])?.lang == .ko)
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["--version"], ["help"], ["lessons"], ["check", "lessons"],
        ["play", "--help"], ["play", "-h"], ["play", "help"], ["play", "--"], ["play", "-"],
        ["play", "--lang"], ["play", "--lang", "fr"], ["play", "--lang=", "x"], ["play", "--color", "8"],
        ["play", "--lang", "en", "--lang", "ko"], ["play", "--watch", "--watch"], ["play", "--watch=true"],
        ["play", "--size", "80x24"], ["play", "--generate-completion-script", "bash"], ["play", "---completion"],
    ])
    func leavesEverythingElseToArgumentParser(arguments: [String]) {
        #expect(QuickPlayArguments(arguments) == nil)
    }
}
