import Testing
@testable import Screen

@Suite struct TextBlockTests {
    let korean = "순환 신경망은 **은닉 상태**를 `h_t` 로 전달합니다. 입력 x_t 와 이전 은닉 상태 h_{t-1} 을 함께 사용합니다."

    @Test func wrapsHangulByDisplayWidthWithMarkup() {
        var f = Frame(size: Size(width: 12, height: 8))
        let rows = TextBlock("순환 신경망은 **은닉 상태**를 `h_t` 로 전달합니다.\n\nA verylongwordthatbreaks here.")
            .render(into: &f, area: f.bounds)
        #expect(rows == 8)
        #expect(f.snapshot == """
            순환
            신경망은
            은닉 상태를
            h_t 로
            전달합니다.

            A verylongwo
            rdthatbreaks
            --
            2:0-3 bold
            2:5-8 bold
            3:0-2 bold fg=#141414 bg=#dae4ee
            """)
    }

    @Test func neverWiderThanTheAreaAndNothingLost() {
        for width in 2...30 {
            let block = TextBlock(korean)
            let lines = block.lines(width: width)
            for line in lines {
                #expect(TextWidth.width(of: line.map(\.text).joined()) <= width, "width \(width)")
            }
            let flat = String(lines.map { $0.map(\.text).joined() }.joined().filter { $0 != " " })
            let expected = String(korean.replacingOccurrences(of: "**", with: "").filter { $0 != " " && $0 != "`" })
            #expect(flat == expected, "width \(width)")
        }
    }

    @Test func breaksBetweenWordsUnlessAWordIsTooLong() {
        let lines = TextBlock("aaa bbb cccccccccc d").lines(width: 7).map { $0.map(\.text).joined() }
        #expect(lines == ["aaa bbb", "ccccccc", "ccc d"])
    }

    @Test func scrollingParagraphsAndControlCharacters() {
        var f = Frame(size: Size(width: 10, height: 2))
        let block = TextBlock("one\n\n\n\ntwo\nthree\u{1B}[2J", scroll: 1)
        #expect(block.height(forWidth: 10) == 4)
        block.render(into: &f, area: f.bounds)
        #expect(f.text == "\ntwo")
        #expect(TextBlock("x\u{1B}[2J").lines(width: 10).map { $0.map(\.text).joined() } == ["x␛[2J"])
    }

    @Test func unmatchedMarkersStayLiteral() {
        let lines = TextBlock("2 ** 3 and a`b").lines(width: 20)
        #expect(lines.map { $0.map(\.text).joined() } == ["2 ** 3 and a`b"])
        #expect(lines[0].allSatisfy { $0.style == .plain })
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

@Suite struct InlineCodeTests {
    @Test func inlineCodeIsOneChipAndIsNotSplitAcrossLines() {
        var f = Frame(size: Size(width: 16, height: 4))
        TextBlock("the shape `Wx (8, 4)` here").render(into: &f, area: f.bounds)
        // `Wx (8, 4)` does not fit after "the shape": it moves to the next line whole, spaces and all.
        #expect(f.lines == ["the shape       ", "Wx (8, 4) here  ", "                ", "                "])
        let chip = TextBlock.defaultCodeStyle
        for x in 0..<9 { #expect(f[x, 1].style == chip, "column \(x) of the code span") }
        #expect(!chip.attributes.contains(.underline))
        #expect(f[9, 1].style == .plain)
    }

    @Test func tuplesStayWholeAndStayWithTheirName() {
        let block = TextBlock("the output is h (None, 10, 8) and more")
        #expect(block.lines(width: 20).map { $0.map(\.text).joined() } == ["the output is", "h (None, 10, 8) and", "more"])
        // A long group is still whole, but it does not drag the word before it to a new row.
        #expect(TextBlock("does this layer have? (timesteps 2, input_dim 10)").lines(width: 30).map { $0.map(\.text).joined() }
                == ["does this layer have?", "(timesteps 2, input_dim 10)"])
        // An unclosed parenthesis breaks as plain text does.
        #expect(TextBlock("a (b c d e").lines(width: 5).map { $0.map(\.text).joined() } == ["a (b", "c d e"])
    }
}

@Suite struct FlowingTextTests {
    private func rows(_ text: String, _ width: Int) -> [String] {
        TextBlock(text).lines(width: width).map { $0.map(\.text).joined() }
    }

    @Test func aSingleNewlineInsideAParagraphIsASpace() {
        // The author's line break falls after "deeper"; the text flows to the width instead.
        let text = "Near-white is zero, and a deeper\ncolour means a larger number."
        #expect(rows(text, 40) == ["Near-white is zero, and a deeper colour", "means a larger number."])
        #expect(rows(text, 80) == ["Near-white is zero, and a deeper colour means a larger number."])
    }

    @Test func aBlankLineStartsANewParagraph() {
        #expect(rows("one\ntwo\n\nthree\n  \nfour", 20) == ["one two", "", "three", "", "four"])
    }

    @Test func aTupleOrCodeSpanBrokenAcrossSourceLinesStaysWhole() {
        // The source breaks inside the tuple and inside the code span; on screen neither splits,
        // and the tuple stays with the word before it.
        let text = "the output shape is (None,\n10, 8) and `x =\nkernel` here"
        #expect(rows(text, 24) == ["the output shape", "is (None, 10, 8) and", "x = kernel here"])
    }

    @Test func listItemsStartNewRowsAndTheirContinuationLinesJoin() {
        let text = "Keys:\n- `→`: next\n  timestep\n- `q`: quit\n1. first\n2) second\n**bold** stays joined"
        #expect(rows(text, 30) == ["Keys:", "- →: next timestep", "- q: quit", "1. first", "2) second bold stays joined"])
        // A wrapped item hangs under its text, not under its marker.
        #expect(rows("- one two three four five six", 16) == ["- one two three", "  four five six"])
        #expect(rows("10. one two three four", 14) == ["10. one two", "    three four"])
        #expect(TextBlock.startsListItem("  * x"))
        #expect(!TextBlock.startsListItem("**bold**"))
        #expect(!TextBlock.startsListItem("2024 was"))
        #expect(!TextBlock.startsListItem("-x"))
    }
}
