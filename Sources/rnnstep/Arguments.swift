import Foundation
import ArgumentParser
import Lessons
import Screen

extension ColorMode: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// Options shared by `play` and `render`.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "How many colours.")
    var color: ColorMode?

    @Option(name: .long, help: "Language (default: from LANG).")
    var lang: Language?

    /// The language asked for, else the one LANG (or LC_ALL) suggests.
    var language: Language { DisplayOptions.language(lang) }

    /// `lang` if given, else the language LANG (or LC_ALL, LC_MESSAGES) suggests.
    static func language(_ lang: Language?) -> Language {
        if let lang { return lang }
        return Language.fromLocale(Environment.value("LC_ALL") ?? Environment.value("LC_MESSAGES") ?? Environment.value("LANG"))
    }
}
