import Testing

@Test func PlayerBuilds() { #expect(Bool(true)) }
