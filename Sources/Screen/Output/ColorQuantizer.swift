/// Maps 24-bit colours to the xterm 256-colour palette and to the 16 ANSI colours.
public enum ColorQuantizer {
    /// The 16 ANSI colours as xterm draws them, indexed 0–15 (0–7 normal, 8–15 bright).
    public static let ansi16: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six channel levels of the xterm 6×6×6 colour cube (indices 16–231).
    public static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The ANSI colour `index` (0–15) as a `Color`.
    public static func ansiColor(_ index: Int) -> Color {
        let c = ansi16[max(0, min(15, index))]
        return .rgb(c.0, c.1, c.2)
    }

    /// The nearest xterm-256 index (16–255: the colour cube or the grey ramp) to an RGB colour.
    public static func xterm256Index(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let ri = nearestLevel(Int(r)), gi = nearestLevel(Int(g)), bi = nearestLevel(Int(b))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        // Grey ramp 232–255: 8, 18, …, 238.
        let mean = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = max(0, min(23, (mean - 3) / 10))
        let greyValue = 8 + 10 * greyStep
        let dCube = distance((Int(r), Int(g), Int(b)), cube)
        let dGrey = distance((Int(r), Int(g), Int(b)), (greyValue, greyValue, greyValue))
        return dGrey < dCube ? 232 + greyStep : cubeIndex
    }

    /// The RGB value of xterm-256 index `index`.
    public static func rgb(ofXterm256 index: Int) -> (UInt8, UInt8, UInt8) {
        switch index {
        case ..<16:
            return ansi16[max(0, index)]
        case 16..<232:
            let i = index - 16
            return (UInt8(cubeLevels[i / 36]), UInt8(cubeLevels[(i / 6) % 6]), UInt8(cubeLevels[i % 6]))
        default:
            let v = UInt8(8 + 10 * (min(255, index) - 232))
            return (v, v, v)
        }
    }

    /// The nearest of the 16 ANSI colours (0–15) to an RGB colour.
    public static func ansi16Index(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (i, c) in ansi16.enumerated() {
            let d = distance((Int(r), Int(g), Int(b)), (Int(c.0), Int(c.1), Int(c.2)))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    private static func nearestLevel(_ v: Int) -> Int {
        if v < 48 { return 0 }
        if v < 115 { return 1 }
        return min(5, (v - 35) / 40)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted for perceived brightness (red 2, green 4, blue 3).
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
