import Foundation
import Lessons
import RNNCore
import Screen
import Testing
@testable import Player

/// The teacher's notes: what `play --present` publishes (`PresenterPosition`), the notes screen
/// (`NotesView`) as frames, its loop on `MemoryBackend`, and that students never see notes.
@Suite struct NotesViewTests {
    static let pos = SourcePosition(line: 1, column: 1)
    static let longNotes = LocalizedText(
        ko: "반 전체에 먼저 물어보세요: **h_t는 무엇을 기억할까요?**\n\n- 답을 몇 개 들은 뒤 `Wh`를 가리키세요.\n- 흔한 오해: 시점마다 새 가중치가 생긴다고 생각합니다. 같은 Wx, Wh, b가 매 시점 다시 쓰입니다.\n\n"
            + String(repeating: "길게 이어지는 메모 줄입니다. ", count: 40),
        en: "Ask the whole class first: **what does h_t remember?**\n\n- After a few answers, point at `Wh`.\n- Common confusion: new weights at every timestep. The same Wx, Wh and b are used again each time.\n\n"
            + String(repeating: "A long line of notes that goes on. ", count: 40))

    /// Lesson 1: text (long notes), rnn T 3 (notes), summary (no notes); lesson 2: a quiz (notes).
    static let deck: [Lesson] = [
        Lesson(path: "a.yaml", title: LocalizedText(ko: "RNN이란", en: "What an RNN is"), steps: [
            Step(kind: .text(LocalizedText(ko: "**RNN**은 상태를 기억합니다. 둘째 문장.", en: "An **RNN** keeps a state. A second sentence.")),
                 position: pos, notes: longNotes),
            Step(kind: .rnn(RNNSpec(timesteps: 3, inputDim: 2, hiddenUnits: 3)), position: pos,
                 notes: LocalizedText(ko: "t = 2에서 멈추고 h_1을 가리키세요.", en: "Stop at t = 2 and point at h_1.")),
            Step(kind: .summary(ModelSpec(input: InputSpec(shape: [2, 10]),
                                          layers: [LayerSpec(.simpleRNN(units: 3, returnSequences: false)), LayerSpec(.dense(units: 1, activation: nil))])),
                 position: pos),
        ]),
        Lesson(path: "b.yaml", title: LocalizedText("Check"), steps: [
            Step(kind: .quiz(Quiz(question: LocalizedText(ko: "Wh의 모양은? (8, 8)일까요", en: "What is the shape of Wh? Think first."),
                                  choices: [LocalizedText("(8, 8)"), LocalizedText("(8, 4)")], answer: 1,
                                  explain: LocalizedText("H × H"))),
                 position: pos, notes: LocalizedText(ko: "손을 들게 하세요.", en: "Ask for a show of hands.")),
        ]),
    ]

    static let started = 1_796_140_800.0  // 2026-12-01 16:00:00 UTC

    static func position(_ keys: [Key]) -> PresenterPosition {
        var state = PlayerState(deck: deck, language: .en)
        Player.update(&state, keys: keys)
        return PresenterPosition(state, deck: "/deck", pid: 4242, started: started)
    }

    static func notes(_ position: PresenterPosition?, _ presenter: NotesState.Presenter = .presenting, language: Language = .en,
                      size: Size = Size(width: 80, height: 24), scroll: Int = 0) -> NotesState {
        var state = NotesState(file: "/run/user/1000/rnnstep/present.json", language: language, size: size)
        state.position = position
        state.presenter = presenter
        state.scroll = scroll
        return state
    }

    @Test("the position follows every move: step, timestep, notes, the next step across lessons")
    func positionFollowsMoves() throws {
        let first = Self.position([])
        #expect(first.lesson == 1 && first.lessons == 2 && first.step == 1 && first.steps == 3)
        #expect(first.title.en == "An RNN keeps a state." && first.title.ko == "RNN은 상태를 기억합니다.")
        #expect(first.notes?.en.hasPrefix("Ask the whole class first") == true && first.notes?.ko.hasPrefix("반 전체에") == true)
        #expect(first.next?.step == 2 && first.next?.lesson == 1 && first.next?.title.en == "T 3 · D 2 · H 3" && first.next?.kind.en == "rnn")
        #expect(first.place == nil && first.kind.en == "text" && first.kind.ko == "설명")

        let rnn = Self.position([.pageDown, .right, .right])
        #expect(rnn.step == 2 && rnn.place?.en == "t = 2/3" && rnn.notes?.en == "Stop at t = 2 and point at h_1.")
        #expect(rnn.next?.title.en == "sequential: SimpleRNN → Dense")

        let summary = Self.position([.pageDown, .pageDown])
        #expect(summary.notes == nil && summary.next?.lesson == 2 && summary.next?.step == 1)
        #expect(summary.next?.title.en == "What is the shape of Wh?" && summary.next?.kind.ko == "퀴즈")

        let last = Self.position([.char("]")])
        #expect(last.lesson == 2 && last.next == nil && last.notes?.ko == "손을 들게 하세요.")
        // Two moves that show the same screen publish the same position (nothing to rewrite).
        #expect(Self.position([.pageDown, .right]) == Self.position([.pageDown, .right, .right, .left]))
    }

    @Test("the position is JSON that reads back the same")
    func positionRoundTrips() throws {
        let position = Self.position([.pageDown, .right])
        let data = try JSONEncoder().encode(position)
        #expect(try JSONDecoder().decode(PresenterPosition.self, from: data) == position)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "rnnstep-present" && object["version"] as? Int == 1 && object["pid"] as? Int == 4242)
    }

    @Test("students never see notes: play's screens of every step, position and language leave them out")
    func playNeverShowsNotes() {
        for language in Language.allCases {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                var state = PlayerState(deck: Self.deck, language: language, size: size)
                for _ in 0..<12 {
                    let screen = Player.view(state).text
                    for marker in ["Ask the whole class", "반 전체에", "point at h_1", "h_1을 가리키세요", "show of hands", "손을 들게"] {
                        #expect(!screen.contains(marker), "\(language) \(size): \(marker) at lesson \(state.lessonIndex) step \(state.stepIndex)")
                    }
                    Player.update(&state, .key(.right))
                }
            }
        }
    }

    @Test("the notes screen at 80×24 and 120×40, English and Korean")
    func snapshots() {
        let now = Self.started + 754  // 16:12:34 UTC
        let first = Self.position([])
        assertSnapshot(NotesView.render(Self.notes(first), now: now, utcOffset: 0), named: "notes-text-en-80x24")
        assertSnapshot(NotesView.render(Self.notes(first, language: .ko, size: Size(width: 120, height: 40)), now: now, utcOffset: 9 * 3600),
                       named: "notes-text-ko-120x40")
        let rnn = Self.position([.pageDown, .right, .right])
        assertSnapshot(NotesView.render(Self.notes(rnn, language: .ko), now: now + 3600, utcOffset: 9 * 3600), named: "notes-rnn-ko-80x24")
        let summary = Self.position([.pageDown, .pageDown])
        assertSnapshot(NotesView.render(Self.notes(summary, .ended), now: now, utcOffset: 0), named: "notes-ended-en-80x24")
        assertSnapshot(NotesView.render(Self.notes(nil, .waiting), now: now, utcOffset: 0), named: "notes-waiting-en-80x24")
        assertSnapshot(NotesView.render(Self.notes(nil, .waiting, language: .ko), now: now, utcOffset: 0), named: "notes-waiting-ko-80x24")
    }

    @Test("the screen says what it shows: notes, next step, elapsed time, clock and the presenter's state")
    func screenContents() {
        let now = Self.started + 754
        let text = NotesView.render(Self.notes(Self.position([])), now: now, utcOffset: 0).text
        #expect(text.contains("What an RNN is (1/2)") && text.contains("step 1/3 · text"))
        #expect(text.contains("An RNN keeps a state.") && text.contains("Ask the whole class first"))
        #expect(text.contains("next: (rnn) T 3 · D 2 · H 3"))
        #expect(text.contains("elapsed 12:34") && text.contains("clock 16:12") && text.contains("● presenting (pid 4242)"))
        // The clock is local time; an hour later the elapsed time shows hours.
        let later = NotesView.render(Self.notes(Self.position([])), now: now + 3600, utcOffset: 9 * 3600).text
        #expect(later.contains("elapsed 1:12:34") && later.contains("clock 02:12"))
        let stopped = NotesView.render(Self.notes(Self.position([]), .stopped), now: now, utcOffset: 0).text
        #expect(stopped.contains("play is no longer running (pid 4242)"))
        let summary = NotesView.render(Self.notes(Self.position([.pageDown, .pageDown])), now: now, utcOffset: 0).text
        #expect(summary.contains("(no notes for this step)") && summary.contains("next: lesson 2 (quiz) What is the shape of Wh?"))
        // A next title too long for the row ends with … at the edge.
        let narrow = NotesView.render(Self.notes(Self.position([]), size: Size(width: 40, height: 12)), now: now, utcOffset: 0)
        #expect(narrow.lines[9].hasPrefix(" next: (rnn) T 3 · D 2 · H 3"))
        let cut = NotesView.render(Self.notes(Self.position([.pageDown, .pageDown]), size: Size(width: 40, height: 12)), now: now, utcOffset: 0)
        #expect(cut.lines[9] == " next: lesson 2 (quiz) What is the sha… ", "\(cut.lines[9])")
        let waiting = NotesView.render(Self.notes(nil, .waiting), now: now, utcOffset: 0).text
        #expect(waiting.contains("No presentation is running.") && waiting.contains("rnnstep play --present"))
        #expect(waiting.contains("/run/user/1000/rnnstep/present.json") && !waiting.contains("elapsed"))
    }

    @Test("without UTF-8 the notes screen is English and ASCII only")
    func asciiScreen() {
        var state = NotesState(file: "f", language: .ko, ascii: true)
        state.position = Self.position([.pageDown])
        state.presenter = .presenting
        let text = NotesView.render(state, now: Self.started + 5, utcOffset: 0).text
        let asciiOnly = text.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(asciiOnly, "\(text)")
        #expect(text.contains("Stop at t = 2 and point at h_1.") && text.contains("* presenting (pid 4242)") && text.contains("elapsed 0:05"))
        state.handle(.char("L"))
        #expect(state.language == .en)
    }

    @Test("long notes scroll: ↓ moves them, the rule says which lines show, a new step starts at the top")
    func longNotesScroll() {
        var state = Self.notes(Self.position([]))
        let top = NotesView.render(state, now: Self.started, utcOffset: 0)
        let bound = NotesView.scrollBound(state)
        #expect(bound > 0)
        #expect(top.text.contains("↓↑ lines 1–16 of"))
        state.handle(.down)
        state.handle(.char("j"))
        #expect(state.scroll == 2)
        #expect(NotesView.render(state, now: Self.started, utcOffset: 0).text.contains("↓↑ lines 3–18 of"))
        state.handle(.end)
        #expect(state.scroll == bound)
        state.handle(.up)
        #expect(state.scroll == bound - 1)
        state.receive(.found(Self.position([.pageDown]), alive: true), now: Self.started)
        #expect(state.scroll == 0)
    }

    @Test("the presenter's state follows the file: waiting, presenting, stopped, ended")
    func presenterStates() {
        var state = NotesState(file: "f", language: .en)
        state.receive(.absent, now: 0)
        #expect(state.presenter == .waiting)
        state.receive(.found(Self.position([]), alive: true), now: 1)
        #expect(state.presenter == .presenting && state.endedAt == nil)
        state.receive(.found(Self.position([]), alive: false), now: 2)
        #expect(state.presenter == .stopped && state.endedAt == 2)
        state.receive(.found(Self.position([.pageDown]), alive: true), now: 3)
        #expect(state.presenter == .presenting && state.endedAt == nil)
        state.receive(.absent, now: 4)
        #expect(state.presenter == .ended && state.endedAt == 4 && state.position?.step == 2)
        state.receive(.unreadable("x is not a file"), now: 5)
        #expect(state.presenter == .unreadable("x is not a file"))
    }

    @Test("the loop follows the file: each poll's position is drawn, the end is told, q quits")
    func loopFollowsTheFile() throws {
        // The presenter file over virtual time (ms): step 1, then the rnn at t = 1, then gone.
        let feeds: [(from: Double, feed: NotesFeed)] = [
            (0, .absent), (300, .found(Self.position([]), alive: true)),
            (900, .found(Self.position([.pageDown, .right]), alive: true)), (1500, .absent),
        ]
        let backend = MemoryBackend(size: Size(width: 80, height: 24), script: [
            (1200, .event(.key(.char("L")))), (2500, .event(.key(.char("q")))),
        ])
        let loop = NotesLoop(poll: { feeds.last { $0.from <= backend.now() }!.feed },
                             clock: { (Self.started + backend.now() / 1000, 0) })
        var state = NotesState(file: "f", language: .en)
        #expect(try loop.run(&state, on: backend) == .quit)
        let texts = backend.frames.map(\.text)
        let firstNotes = try #require(texts.firstIndex { $0.contains("Ask the whole class first") })
        let rnnNotes = try #require(texts.firstIndex { $0.contains("Stop at t = 2 and point at h_1.") })
        let korean = try #require(texts.firstIndex { $0.contains("t = 2에서 멈추고") })
        let ended = try #require(texts.firstIndex { $0.contains("발표가 끝났습니다") })
        #expect(texts[0].contains("No presentation is running."))
        #expect(0 < firstNotes && firstNotes < rnnNotes && rnnNotes < korean && korean < ended)
        #expect(texts[rnnNotes].contains("t = 1/3 · step 2/3 · rnn") && texts[rnnNotes].contains("next: (summary) sequential: SimpleRNN → Dense"))
        // The clock's seconds move on their own: more frames than changes of the file and keys.
        #expect(texts.contains { $0.contains("elapsed 0:00") } && texts.contains { $0.contains("elapsed 0:01") })
        // Once play has ended the elapsed time stops where it ended (1.5 s).
        #expect(texts[ended...].allSatisfy { $0.contains("경과 0:01") })
        // Every poll was at most 200 ms apart and no wait was longer than a second.
        #expect(backend.timeouts.allSatisfy { ($0 ?? .max) <= 250 })
    }

    @Test("a stop signal ends the notes loop")
    func signalEndsTheLoop() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24), inputs: [.signal(15)])
        let loop = NotesLoop(poll: { .absent }, clock: { (Self.started, 0) })
        var state = NotesState(file: "f", language: .en)
        #expect(try loop.run(&state, on: backend) == .signal(15))
    }

    @Test("step titles: a text's first sentence without markup, a code listing's first line, a diagram's caption")
    func stepTitles() {
        #expect(StepTitle.firstSentence("\n**rnnstep** shows `h_t`. Then more.\n") == "rnnstep shows h_t.")
        #expect(StepTitle.firstSentence("- `→` or `l`: next.\n- back") == "→ or l: next.")
        #expect(StepTitle.firstSentence("0.5 is half of 1.0 and\ngoes on") == "0.5 is half of 1.0 and goes on")
        let code = Step(kind: .code(CodeListing(language: "python", source: "\n  import numpy as np\nx = 1")), position: Self.pos)
        #expect(StepTitle.of(code, .en) == "import numpy as np")
        let diagram = Step(kind: .diagram(Diagram(art: LocalizedText("x ──▶ h"), caption: LocalizedText(ko: "같은 셀.", en: "The same cell. Again."))), position: Self.pos)
        #expect(StepTitle.of(diagram, .en) == "The same cell." && StepTitle.of(diagram, .ko) == "같은 셀.")
        let long = Step(kind: .text(LocalizedText(String(repeating: "word ", count: 40))), position: Self.pos)
        #expect(TextWidth.width(of: StepTitle.of(long, .en)) == StepTitle.maxWidth && StepTitle.of(long, .en).hasSuffix("…"))
    }

    @Test("an rnn step's title names its layers and direction, or the sentence it reads, shortened at whole words")
    func rnnStepTitles() throws {
        func title(_ spec: RNNSpec, _ language: Language = .en) -> String {
            StepTitle.of(Step(kind: .rnn(spec), position: Self.pos), language)
        }
        var spec = RNNSpec(timesteps: 4, inputDim: 3, hiddenUnits: 3)
        #expect(title(spec) == "T 4 · D 3 · H 3")
        spec.layers = 2
        #expect(title(spec) == "2 layers · T 4 · D 3 · H 3" && title(spec, .ko) == "층 2개 · T 4 · D 3 · H 3")
        spec.direction = .bidirectional
        #expect(title(spec) == "2 layers · bidirectional · T 4 · D 3 · H 3")
        #expect(title(spec, .ko) == "층 2개 · 양방향 · T 4 · D 3 · H 3")
        spec.layers = 1
        spec.direction = .backward
        #expect(title(spec) == "backward · T 4 · D 3 · H 3" && title(spec, .ko) == "역방향 · T 4 · D 3 · H 3")
        spec.direction = .forward
        spec.output = OutputLayer(weights: [1, 2, 3], bias: 0)
        #expect(title(spec) == "T 4 · D 3 · H 3 · σ output" && title(spec, .ko) == "T 4 · D 3 · H 3 · σ 출력")

        func sentence(_ words: [String]) throws -> RNNSpec {
            var spec = RNNSpec(timesteps: words.count, inputDim: 1, hiddenUnits: 2)
            let vocabulary = Array(Set(words)).sorted()
            spec.sentence = try Sentence(tokens: words, embedding: Embedding(words: vocabulary, vectors: vocabulary.map { _ in [0.5] }))
            spec.output = OutputLayer(weights: [1, -1], bias: 0)
            return spec
        }
        let short = try sentence(["the", "food", "was", "really", "bad"])
        #expect(title(short) == "\"the food was really bad\"" && title(short, .ko) == "\"the food was really bad\"")
        #expect(title(try sentence(["영화가", "너무", "재미있어요"]), .ko) == "\"영화가 너무 재미있어요\"")
        // A long sentence keeps its first words and its last, whole, within sentenceWidth columns.
        let long = try sentence("the film opened slowly and the middle dragged on for far too long but the ending was wonderful".split(separator: " ").map(String.init))
        #expect(title(long) == "\"the film opened slowly and the middle … wonderful\"")
        #expect(TextWidth.width(of: title(long)) <= StepTitle.sentenceWidth)
        let korean = try sentence(Array(repeating: "정말", count: 30) + ["좋아요"])
        #expect(title(korean).hasPrefix("\"정말 정말") && title(korean).hasSuffix(" … 좋아요\""))
        #expect(TextWidth.width(of: title(korean)) <= StepTitle.sentenceWidth)
        // A last word too long to keep whole: the sentence is cut inside its quotes.
        let giant = try sentence(["a", String(repeating: "y", count: 60)])
        #expect(title(giant) == "\"a " + String(repeating: "y", count: 47) + "…\"")
        #expect(TextWidth.width(of: title(giant)) == StepTitle.sentenceWidth)
    }
}
