#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the user's locale allows the screen to use.
enum LocaleInfo {
    /// True when the locale (LC_ALL, LC_CTYPE, LANG) uses UTF-8; otherwise screens fall back to ASCII.
    static func isUTF8() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
