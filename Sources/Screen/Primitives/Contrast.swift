import Foundation

/// WCAG 2 contrast between colours, to choose text colours that read on a projector: 4.5:1 is the
/// threshold for normal text.
public enum Contrast {
    /// WCAG relative luminance of an sRGB colour (0 black … 1 white).
    public static func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
        func linear(_ v: UInt8) -> Double {
            let u = Double(v) / 255
            return u <= 0.03928 ? u / 12.92 : pow((u + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
    }

    /// The contrast ratio (1…21) between two colours.
    public static func ratio(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// Black or white, whichever contrasts more with `background`.
    public static func blackOrWhite(on background: (UInt8, UInt8, UInt8)) -> (UInt8, UInt8, UInt8) {
        ratio((0, 0, 0), background) >= ratio((255, 255, 255), background) ? (0, 0, 0) : (255, 255, 255)
    }
}
