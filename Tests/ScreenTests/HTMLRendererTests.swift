import Testing
@testable import Screen

/// A frame as the inside of a `<pre>`: style runs as spans with inline truecolor values,
/// markup characters escaped, trailing plain spaces dropped.
@Suite struct HTMLRendererTests {
    @Test func runsBecomeSpansWithTheirColours() {
        var frame = Frame(size: Size(width: 12, height: 2))
        frame.put("ab", x: 0, y: 0, style: Style(fg: .rgb(33, 102, 172), bg: .rgb(247, 247, 247)))
        frame.put("cd", x: 2, y: 0, style: .bold)
        frame.put("e", x: 5, y: 0)
        frame.put("rev", x: 0, y: 1, style: Style(bg: .rgb(1, 2, 3), attributes: [.reverse, .dim]))
        #expect(HTMLRenderer().render(frame) == """
            <span style="color:#2166ac;background:#f7f7f7">ab</span><span class="b">cd</span> e
            <span class="d" style="color:#010203;background:var(--rev-bg)">rev</span>
            """)
    }

    @Test func markupInCellsIsEscapedAndWideCharactersKeptWhole() {
        var frame = Frame(size: Size(width: 20, height: 1))
        frame.put("<a href=\"x\">&'한", x: 0, y: 0)
        #expect(HTMLRenderer().render(frame) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;한")
    }

    @Test func controlCharactersAreShownNotSent() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame[0, 0] = Cell("\u{1B}")
        #expect(HTMLRenderer().render(frame) == "␛")
    }
}
