import Testing

@Test func LessonsBuilds() { #expect(Bool(true)) }
