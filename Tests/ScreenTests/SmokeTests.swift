import Testing

@Test func ScreenBuilds() { #expect(Bool(true)) }
