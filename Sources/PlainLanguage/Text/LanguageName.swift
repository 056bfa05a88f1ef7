/// The English name of a language from its BCP 47 tag, for messages such as
/// "no readability measure for Polish yet". Covers the languages families in
/// English children's services most often speak; other tags are named by the tag.
public enum LanguageName {
    /// `Polish` for `pl` or `pl-PL`; `'xx'` for a tag not in the table.
    public static func of(_ tag: String) -> String {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return names[primary] ?? "'\(tag)'"
    }

    static let names: [String: String] = [
        "am": "Amharic", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ckb": "Sorani Kurdish", "cs": "Czech",
        "cy": "Welsh", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian", "fr": "French",
        "ga": "Irish", "gd": "Scottish Gaelic", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian",
        "it": "Italian", "ku": "Kurdish", "lt": "Lithuanian", "lv": "Latvian", "ml": "Malayalam", "ne": "Nepali",
        "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
        "sk": "Slovak", "so": "Somali", "sq": "Albanian", "ta": "Tamil", "ti": "Tigrinya", "tr": "Turkish",
        "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "yi": "Yiddish", "yo": "Yoruba", "zh": "Chinese",
    ]
}
