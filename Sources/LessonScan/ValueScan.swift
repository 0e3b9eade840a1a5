/// The state machine behind `ValueScanner`: a cursor over UTF-8 bytes, the open block collections
/// (by column) and the open flow collections.
struct ValueScan {
    private let b: UnsafeBufferPointer<UInt8>
    private let emitter: (Int, Int) -> Bool
    private var i = 0
    private var line = 1
    /// 0-based column, in Unicode scalars.
    private var col = 0
    private var stopped = false
    /// After `---`: whether the document has had a value yet (an empty document is one null value).
    private var emptyDocument = false

    /// Open block collections: their column and whether each is a list.
    private var blocks: [(col: Int, isList: Bool)] = []
    /// A `key:` or `-` with nothing after it on its line: its column, where an empty value would
    /// start, and whether it is a map's value (an indentless `-` list at the key's column is its value).
    private var pending: (col: Int, line: Int, column: Int, mapValue: Bool)?
    /// Lines indented past this column continue a plain scalar or a block scalar.
    private var continuation: Int?
    /// Open flow collections: whether a map, and the current entry's state.
    private var flows: [Flow] = []

    private struct Flow {
        var isMap: Bool
        var hasKey = false
        var sawColon = false
        var hasValue = false
    }

    init(bytes: UnsafeBufferPointer<UInt8>, emit: @escaping (Int, Int) -> Bool) {
        self.b = bytes
        self.emitter = emit
    }

    private func peek(_ k: Int = 0) -> UInt8 { i + k < b.count ? b[i + k] : 0 }
    private var atEnd: Bool { i >= b.count }
    private static func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }
    private static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    /// Space, tab, line break or the end.
    private func blankOrEnd(_ k: Int) -> Bool { let c = peek(k); return c == 0 || Self.isBlank(c) || Self.isBreak(c) }
    private static func isFlowIndicator(_ c: UInt8) -> Bool { c == 0x2C || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D }

    private mutating func advance() {
        let c = b[i]
        if c == 0x0A { i += 1; line += 1; col = 0; return }
        if c == 0x0D { i += 1; if peek() == 0x0A { i += 1 }; line += 1; col = 0; return }
        i += 1
        while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
        col += 1
    }

    private mutating func emit(_ line: Int, _ col: Int) {
        emptyDocument = false
        if !stopped, !emitter(line, col + 1) { stopped = true }
    }

    private mutating func skipBlanks() { while !atEnd, Self.isBlank(peek()) { advance() } }
    private mutating func skipToLineEnd() { while !atEnd, !Self.isBreak(peek()) { advance() } }

    /// Runs over the whole text (or until the callback stops it).
    mutating func run() {
        while !atEnd && !stopped {
            if flows.isEmpty { blockLine() } else { flowToken() }
        }
        if let p = pending { emit(p.line, p.column - 1) }
        if emptyDocument { emit(line, col) }
    }

    // MARK: Block context

    /// One line in block context, from its first byte.
    private mutating func blockLine() {
        if col != 0 { restOfBlockLine(); return }
        var indent = 0
        while peek(indent) == 0x20 { indent += 1 }
        let first = peek(indent)
        if first == 0 || Self.isBreak(first) || (first == 0x23) {
            skipToLineEnd(); if !atEnd { advance() }; return
        }
        if let limit = continuation {
            if indent > limit { skipToLineEnd(); if !atEnd { advance() }; return }
            continuation = nil
        }
        if indent == 0, first == 0x25 { skipToLineEnd(); if !atEnd { advance() }; return }   // %directive
        for _ in 0..<indent { advance() }
        let isEntry = first == 0x2D && blankOrEnd(1)
        if indent == 0, (first == 0x2D || first == 0x2E), peek(1) == first, peek(2) == first, blankOrEnd(3) {
            resolvePending(indent: -1, isEntry: false)
            if emptyDocument { emit(line, col) }
            emptyDocument = first == 0x2D
            blocks.removeAll()
            advance(); advance(); advance()
            restOfBlockLine()
            return
        }
        resolvePending(indent: indent, isEntry: isEntry)
        while let top = blocks.last, top.col > indent || (top.col == indent && top.isList && !isEntry) { blocks.removeLast() }
        blockNode()
    }

    /// Decides whether the line after a `key:` or `-` holds its value; if not, the value is empty.
    private mutating func resolvePending(indent: Int, isEntry: Bool) {
        guard let p = pending else { return }
        pending = nil
        if indent > p.col || (indent == p.col && isEntry && p.mapValue) { return }
        emit(p.line, p.column - 1)
    }

    /// After a node on a block line: a comment or the line's end (anything else is left to Yams).
    private mutating func restOfBlockLine() {
        skipBlanks()
        if atEnd { return }
        if Self.isBreak(peek()) { advance(); return }
        if peek() == 0x23 { skipToLineEnd(); return }
        if col > 0, !flows.isEmpty { return }
        blockNode()
    }

    /// A node, a `- ` entry, a `? `/`: ` indicator or a key in block context, at the cursor.
    private mutating func blockNode() {
        skipBlanks()
        guard !atEnd, !stopped else { return }
        let c = peek()
        if Self.isBreak(c) || c == 0x23 { restOfBlockLine(); return }
        let startLine = line, startCol = col
        if c == 0x2D || c == 0x3F || c == 0x3A, blankOrEnd(1) {   // - ? :
            if c != 0x3A, !(blocks.last.map { $0.col == startCol && $0.isList == (c == 0x2D) } ?? false) {
                blocks.append((startCol, c == 0x2D))
                emit(startLine, startCol)
            }
            advance()
            skipBlanks()
            if atEnd || Self.isBreak(peek()) || peek() == 0x23 {
                pending = (startCol, line, col + 1, c != 0x2D)
                restOfBlockLine()
                return
            }
            blockNode()
            return
        }
        // Properties (tags, anchors) start the node they belong to.
        while peek() == 0x21 || peek() == 0x26 {
            while !blankOrEnd(0) { advance() }
            skipBlanks()
        }
        if atEnd || Self.isBreak(peek()) || peek() == 0x23 { restOfBlockLine(); return }
        let n = peek()
        switch n {
        case 0x5B, 0x7B:   // [ {
            emit(startLine, startCol)
            flows.append(Flow(isMap: n == 0x7B))
            advance()
            return
        case 0x7C, 0x3E:   // | >
            emit(startLine, startCol)
            continuation = blocks.last?.col ?? -1
            skipToLineEnd()
            return
        case 0x22, 0x27:
            quoted()
        case 0x2A:         // *alias
            advance()
            while !blankOrEnd(0) { advance() }
        default:
            while !atEnd, !Self.isBreak(peek()) {
                if peek() == 0x3A, blankOrEnd(1) { break }
                if Self.isBlank(peek()), peek(1) == 0x23 { break }
                advance()
            }
        }
        skipBlanks()
        if peek() == 0x3A, blankOrEnd(1) {
            if !(blocks.last.map { $0.col == startCol && !$0.isList } ?? false) {
                blocks.append((startCol, false))
                emit(startLine, startCol)
            }
            emit(startLine, startCol)
            advance()
            let afterLine = line, afterCol = col
            skipBlanks()
            if atEnd || Self.isBreak(peek()) || peek() == 0x23 {
                pending = (startCol, afterLine, afterCol + 1, true)
                restOfBlockLine()
                return
            }
            blockNode()
            return
        }
        emit(startLine, startCol)
        if n != 0x22, n != 0x27, n != 0x2A { continuation = blocks.last?.col ?? -1 }
        restOfBlockLine()
    }

    /// A single- or double-quoted scalar, which may span lines.
    private mutating func quoted() {
        let quote = peek()
        advance()
        while !atEnd {
            let c = peek()
            if quote == 0x22, c == 0x5C { advance(); if !atEnd { advance() }; continue }
            if c == quote {
                if quote == 0x27, peek(1) == 0x27 { advance(); advance(); continue }
                advance()
                return
            }
            advance()
        }
    }

    // MARK: Flow context

    /// One token inside `[…]` or `{…}`.
    private mutating func flowToken() {
        let c = peek()
        if Self.isBlank(c) || Self.isBreak(c) { advance(); return }
        if c == 0x23 { skipToLineEnd(); return }
        let startLine = line, startCol = col
        switch c {
        case 0x2C:   // ,
            closeEntry(startLine, startCol)
            flows[flows.count - 1] = Flow(isMap: flows[flows.count - 1].isMap)
            advance()
        case 0x5D, 0x7D:   // ] }
            closeEntry(startLine, startCol)
            flows.removeLast()
            advance()
            if flows.isEmpty { restOfBlockLine() }
        case 0x3A where blankOrEnd(1) || Self.isFlowIndicator(peek(1)):
            flows[flows.count - 1].sawColon = true
            advance()
        case 0x3F where blankOrEnd(1):
            advance()
        default:
            flowNode()
        }
    }

    /// Ends the current entry of the innermost flow collection at a `,` or closing bracket:
    /// a key without a value, or a `:` without a value, has an empty value here.
    private mutating func closeEntry(_ line: Int, _ col: Int) {
        let f = flows[flows.count - 1]
        if f.isMap, f.hasKey || f.sawColon, !f.hasValue { emit(line, col) }
        if !f.isMap, f.sawColon, !f.hasValue { emit(line, col) }
    }

    /// A node inside a flow collection; in a list, `key: value` is a one-pair map.
    private mutating func flowNode() {
        let startLine = line, startCol = col
        while peek() == 0x21 || peek() == 0x26 {
            while !blankOrEnd(0), !Self.isFlowIndicator(peek()) { advance() }
            skipBlanks()
        }
        let c = peek()
        var f = flows[flows.count - 1]
        if f.sawColon { f.hasValue = true } else { f.hasKey = true }
        flows[flows.count - 1] = f
        if c == 0x5B || c == 0x7B {
            emit(startLine, startCol)
            flows.append(Flow(isMap: c == 0x7B))
            advance()
            return
        }
        if c == 0x22 || c == 0x27 {
            quoted()
        } else {
            if c == 0x2A { advance() }
            while !atEnd {
                let d = peek()
                if Self.isFlowIndicator(d) { break }
                if d == 0x3A, blankOrEnd(1) || Self.isFlowIndicator(peek(1)) { break }
                if Self.isBlank(d) || Self.isBreak(d), peek(1) == 0x23 { break }
                advance()
            }
        }
        if !f.isMap, !f.sawColon {
            var k = 0
            while Self.isBlank(peek(k)) { k += 1 }
            if peek(k) == 0x3A, blankOrEnd(k + 1) || Self.isFlowIndicator(peek(k + 1)) || c == 0x22 || c == 0x27 {
                emit(startLine, startCol)   // the one-pair map starts at its key
            }
        }
        emit(startLine, startCol)
    }
}
