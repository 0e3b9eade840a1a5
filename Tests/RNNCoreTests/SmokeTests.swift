import Testing

@Test func RNNCoreBuilds() { #expect(Bool(true)) }
