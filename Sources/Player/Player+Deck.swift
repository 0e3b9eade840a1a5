import Lessons

extension Player {
    /// Replaces the whole deck (files added to or removed from a watched folder), staying on the
    /// lesson with the same path when it is still there (else the nearest index), and forgetting
    /// the places and answers of lessons that moved. `deck` must not be empty.
    public static func replaceDeck(_ state: inout PlayerState, with deck: [Lesson]) {
        guard !deck.isEmpty else { return }
        let oldPaths = state.deck.map(\.path)
        let current = state.lesson.path
        let newIndex = deck.firstIndex { $0.path == current } ?? min(state.lessonIndex, deck.count - 1)
        // Lesson index → new index, for lessons whose file stayed.
        var moved: [Int: Int] = [:]
        for (old, path) in oldPaths.enumerated() {
            if let new = deck.firstIndex(where: { $0.path == path }) { moved[old] = new }
        }
        func remap(_ id: StepID) -> StepID? { moved[id.lesson].map { StepID(lesson: $0, step: id.step) } }
        state.remembered = Dictionary(state.remembered.compactMap { id, t in remap(id).map { ($0, t) } }, uniquingKeysWith: { a, _ in a })
        state.answers = Dictionary(state.answers.compactMap { id, a in remap(id).map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        state.computations = [:]
        state.gatedComputations = [:]
        let sameLesson = deck[newIndex].path == current
        state.deck = deck
        state.lessonIndex = newIndex
        if sameLesson {
            // The same file: keep the place as a reload does.
            reload(&state, lesson: deck[newIndex], at: newIndex)
        } else {
            state.stepIndex = 0
            state.timestep = 0
            state.backwardTimestep = nil
            state.scroll = 0
            prepare(&state)
        }
    }

    /// A stand-in lesson for a watched file that has never been valid: one text step listing its
    /// problems and saying that a good save replaces it, so `play --watch` can start (and a
    /// file added to a watched folder can appear) before the file is fixed.
    public static func placeholderLesson(path: String, problems: [String]) -> Lesson {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let shown = problems.prefix(12).map { "- " + $0 }.joined(separator: "\n")
        let more = problems.count > 12 ? "\n- …" : ""
        let count = problems.count
        let ko = "**\(name)** 파일에 오류가 \(count)개 있어 아직 보여 줄 수 없습니다. "
            + "고쳐서 저장하면 이 화면이 레슨으로 바뀝니다. `e` 키로 오류 목록을 봅니다.\n\n" + shown + more
        let en = "**\(name)** cannot be shown yet: it has \(count == 1 ? "1 error" : "\(count) errors"). "
            + "Save a fixed version and the lesson replaces this screen. Press `e` for the list of errors.\n\n" + shown + more
        let step = Step(kind: .text(LocalizedText(ko: ko, en: en)), position: SourcePosition(line: 1, column: 1))
        return Lesson(path: path, title: LocalizedText("✗ " + name), steps: [step])
    }
}
