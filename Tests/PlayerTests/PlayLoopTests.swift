import Lessons
import Screen
import Testing
@testable import Player

/// The play loop against the in-memory terminal: keys, quitting, stop signals, failed reads,
/// errors, the auto-advance timer, watch polling, resizes, and drawing only when something changed.
@Suite struct PlayLoopTests {
    let size = Size(width: 100, height: 30)

    func state() -> PlayerState {
        PlayerState(deck: Decks.chapterRNN, language: .en, size: size)
    }

    @Test func keysUpdateAndQQuits() throws {
        let backend = MemoryBackend(size: size, inputs: [.event(.key(.right)), .event(.key(.right)), .event(.key(.char("q")))])
        var s = state()
        #expect(try PlayLoop().run(&s, on: backend) == .quit)
        #expect(s.timestep == 2)
        #expect(backend.frames.count == 3, "t = 0, 1, 2; q draws nothing")
        #expect(backend.frames[0].line(0).contains("t = 0/10"))
        #expect(backend.frames[2].line(0).contains("t = 2/10"))
        #expect(backend.lastFrame == Player.view(s))
    }

    @Test(arguments: [Int32(2), 15, 1])
    func aStopSignalEndsTheLoopWithItsNumber(_ signal: Int32) throws {
        let backend = MemoryBackend(size: size, inputs: [.event(.key(.right)), .signal(signal), .event(.key(.right))])
        var s = state()
        #expect(try PlayLoop().run(&s, on: backend) == .signal(signal))
        #expect(s.timestep == 1, "the key after the signal is not read")
    }

    @Test func readsThatKeepFailingMeanTheTerminalIsGone() throws {
        let failures = [MemoryBackend.Input](repeating: .failure, count: PlayLoop.maxFailedReads - 1)
        // 99 failures, a key (resets the count), then 100 failures.
        let inputs = failures + [.event(.key(.right))] + failures + [.failure, .event(.key(.right))]
        let backend = MemoryBackend(size: size, inputs: inputs)
        var s = state()
        #expect(try PlayLoop().run(&s, on: backend) == .terminalGone)
        #expect(s.timestep == 1)
    }

    @Test func anErrorFromTheTerminalEndsTheLoop() {
        let backend = MemoryBackend(size: size, inputs: [.event(.key(.right)), .error("the terminal broke")])
        var s = state()
        #expect(throws: MemoryBackend.Fault(description: "the terminal broke")) { try PlayLoop().run(&s, on: backend) }
        let drawing = MemoryBackend(size: size, inputs: [.event(.key(.right)), .event(.key(.right))])
        drawing.failDrawAfter = 2
        var t = state()
        #expect(throws: MemoryBackend.Fault.self) { try PlayLoop().run(&t, on: drawing) }
        #expect(drawing.frames.count == 2)
    }

    @Test func autoAdvanceTicksAtTheChosenSpeedAndAKeyRestartsTheTimer() throws {
        // Space at 1 ms starts playing at 2 steps/s: ticks at 501, 1001, 1501 ms; q at 1700 ms.
        let backend = MemoryBackend(size: size, script: [(1, .event(.key(.char(" ")))), (1700, .event(.key(.char("q"))))])
        var s = state()
        #expect(Player.speeds[s.speedIndex] == 2)
        #expect(try PlayLoop().run(&s, on: backend) == .quit)
        #expect(s.timestep == 3)
        let tickTimes = Array(backend.frameTimes.dropFirst(2))
        #expect(tickTimes == [501, 1001, 1501], "frames at \(backend.frameTimes)")

        // A key while playing restarts the timer from the key.
        let keyed = MemoryBackend(size: size, script: [(1, .event(.key(.char(" ")))), (300, .event(.key(.right))),
                                                      (1000, .event(.key(.char("q"))))])
        var k = state()
        _ = try PlayLoop().run(&k, on: keyed)
        #expect(keyed.frameTimes == [0, 1, 300, 800], "frames at \(keyed.frameTimes)")
        #expect(k.timestep == 2)
    }

    @Test func nothingIsDrawnWhileNothingChanges() throws {
        let backend = MemoryBackend(size: size, script: [(5000, .event(.key(.char("q"))))])
        var s = state()
        _ = try PlayLoop().run(&s, on: backend)
        #expect(backend.frames.count == 1)
        #expect(backend.timeouts.allSatisfy { ($0 ?? .max) <= PlayLoop.maxWait }, "a stop signal is seen within maxWait")
    }

    @Test func watchPollsOnItsIntervalAndRedrawsWhenItChangesTheState() throws {
        let backend = MemoryBackend(size: size, script: [(1000, .event(.key(.char("q"))))])
        var polls: [Double] = []
        let loop = PlayLoop(watch: { state in
            polls.append(backend.now())
            if polls.count == 2 { state.notice = "reloaded rnn.yaml"; return true }
            return false
        }, watchInterval: 200)
        var s = state()
        _ = try loop.run(&s, on: backend)
        #expect(polls == [200, 400, 600, 800, 1000], "the read that brings q at 1000 ms is followed by a poll")
        #expect(backend.frames.count == 2)
        #expect(backend.frames[1].line(size.height - 1).contains("reloaded rnn.yaml"))
    }

    @Test func aResizeRelaysTheScreenAndCtrlLRepaints() throws {
        let small = Size(width: 70, height: 22)
        let backend = MemoryBackend(size: size, inputs: [.event(.resize(small)), .event(.key(.ctrl("l"))), .event(.key(.char("q")))])
        var s = state()
        _ = try PlayLoop().run(&s, on: backend)
        #expect(s.size == small)
        #expect(backend.frames[1].size == small)
        #expect(backend.repaints == 1)
    }

    @Test func aStateMadeForAnotherSizeIsResizedBeforeTheFirstFrame() throws {
        let backend = MemoryBackend(size: size, inputs: [.event(.key(.char("q")))])
        var s = PlayerState(deck: Decks.chapterRNN, language: .en)
        _ = try PlayLoop().run(&s, on: backend)
        #expect(backend.frames[0].size == size)
    }
}
