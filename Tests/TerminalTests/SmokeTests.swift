import Testing

@Test func TerminalBuilds() { #expect(Bool(true)) }
