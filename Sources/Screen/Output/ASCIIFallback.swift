/// ASCII stand-ins for the glyphs the screen uses, for terminals without UTF-8 (`LANG=C`).
///
/// Every replacement has the same width as the original, so layouts stay intact; a wide
/// character (Hangul) becomes `??`. Views avoid `▀` half blocks in this mode (see
/// `Heatmap.halfBlocks`) because one ASCII character cannot show two values.
public enum ASCIIFallback {
    /// One-column replacements for the non-ASCII glyphs rnnstep draws.
    static let table: [Character: Character] = [
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "┬": "+", "┴": "+", "┼": "+", "╭": "+", "╮": "+", "╰": "+", "╯": "+",
        "▲": "^", "▼": "v", "▶": ">", "◀": "<", "▸": ">", "▴": "^", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "·": ".", "•": "*", "…": ".", "–": "-", "—": "-", "×": "x", "Σ": "E",
        "░": ".", "▒": ":", "▓": "%", "█": "#", "▀": "#", "▄": "#", "■": "X", "≡": "x",
        "▕": "|", "▏": "|", "▁": "_", "▂": "_", "▃": "=", "▅": "#", "▆": "#", "▇": "#", "σ": "s",
        "∂": "d", "δ": "d", "ᵀ": "T", "⊙": "*", "²": "2", "−": "-", "‖": "|", "✔": "v", "✎": "*", "½": "h", "✘": "x", "␛": "?", "�": "?", "…\u{FE0F}": ".",
    ]

    /// The ASCII stand-in for `character` (itself when it is ASCII already; `?` when unknown).
    public static func ascii(_ character: Character) -> Character {
        if character.isASCII { return character }
        if let replacement = table[character] { return replacement }
        return "?"
    }
}

extension Frame {
    /// The frame with every non-ASCII glyph replaced by an ASCII stand-in of the same width.
    public func asciified() -> Frame {
        var out = self
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = self[x, y]
                if cell.isContinuation {
                    out[x, y] = Cell("?", style: cell.style)
                } else if let ch = cell.text.first, cell.text.count == 1, !ch.isASCII {
                    out[x, y] = Cell(String(ASCIIFallback.ascii(ch)), style: cell.style)
                }
            }
        }
        return out
    }
}
