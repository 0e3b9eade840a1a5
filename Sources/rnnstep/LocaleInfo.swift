#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Lessons

/// What the user's locale allows the screen to use.
enum LocaleInfo {
    /// True when the locale (LC_ALL, LC_CTYPE, LANG) uses UTF-8; otherwise screens fall back to ASCII.
    static func isUTF8() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The variable that chooses the character set (LC_ALL, else LC_CTYPE, else LANG) and its
    /// value, as `LANG=ko_KR.EUC-KR`; nil when none is set.
    static func charsetSetting(_ env: [String: String] = Environment.values(["LC_ALL", "LC_CTYPE", "LANG"])) -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = env[name], !value.isEmpty { return "\(name)=\(value)" }
        }
        return nil
    }

    /// The one-line notice shown when Korean is asked for (by LANG or `--lang ko`) but the
    /// locale is not UTF-8, so the screen falls back to English in ASCII; nil otherwise.
    /// `installed` says whether the locale named by the environment exists on this system.
    /// ASCII only: it is printed where UTF-8 cannot be shown.
    static func koreanFallbackNotice(language: Language, utf8: Bool, setting: String?, installed: Bool) -> String? {
        guard language == .ko, !utf8 else { return nil }
        let why: String
        if let setting {
            why = installed ? "\(setting) is not a UTF-8 locale" : "\(setting) is not installed here (locale -a lists those that are)"
        } else {
            why = "no locale is set (LANG is empty)"
        }
        return "rnnstep: notice: Korean needs a UTF-8 locale, but \(why), so the screen is English in ASCII;"
            + " use a UTF-8 locale: LANG=ko_KR.UTF-8 once it is installed (Debian: apt-get install locales-all),"
            + " or LANG=C.UTF-8 with --lang ko"
    }

    /// The notice for the current process's locale and `language` (see
    /// `koreanFallbackNotice(language:utf8:setting:installed:)`).
    static func koreanFallbackNotice(language: Language) -> String? {
        // English (the usual case) needs no locale check and no copy of the environment.
        guard language == .ko else { return nil }
        let installed = setlocale(LC_ALL, "") != nil
        return koreanFallbackNotice(language: language, utf8: isUTF8(), setting: charsetSetting(), installed: installed)
    }

    /// The short form for the status line of `play`.
    static let shortKoreanFallbackNotice = "Korean needs a UTF-8 locale: LANG=ko_KR.UTF-8, or C.UTF-8 with --lang ko"
}
