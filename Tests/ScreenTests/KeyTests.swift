import Testing
@testable import Screen

@Suite struct KeyTests {
    @Test func parsesCharactersAndNamedKeys() throws {
        let keys = try Key.parseSequence("l<right><LEFT><up><down><pgdn><pgup><home><end><space><enter><esc><tab>q?")
        #expect(keys == [.char("l"), .right, .left, .up, .down, .pageDown, .pageUp, .home, .end,
                         .char(" "), .enter, .escape, .tab, .char("q"), .char("?")])
    }

    @Test func ctrlKeysHangulAndLiteralAngles() throws {
        #expect(try Key.parseSequence("<C-l><c-C>") == [.ctrl("l"), .ctrl("c")])
        #expect(try Key.parseSequence("한글") == [.char("한"), .char("글")])
        #expect(try Key.parseSequence("a<b") == [.char("a"), .char("<"), .char("b")])
        #expect(try Key.parseSequence("<lt>") == [.char("<")])
        #expect(try Key.parseSequence("< >") == [.char("<"), .char(" "), .char(">")])
        #expect(try Key.parseSequence("") == [])
    }

    @Test func unknownNamesThrowWithTheAllowedNames() {
        #expect(throws: KeySequenceError(name: "pagedown")) { try Key.parseSequence("x<pagedown>") }
        let message = KeySequenceError(name: "foo").description
        #expect(message.hasPrefix("unknown key <foo>"))
        for name in ["<right>", "<pgdn>", "<space>", "<esc>", "<tab>"] { #expect(message.contains(name)) }
    }

    @Test func labels() {
        #expect(Key.right.label == "→")
        #expect(Key.ctrl("l").label == "Ctrl-L")
        #expect(Key.space.label == "Space")
    }
}
