import Foundation

/// Search keys for names written in any script or spelling. docs/search.md explains the rules;
/// `Tests/LiaisonDomainTests/NameKeyTests.swift` holds the table of spellings that must and must
/// not meet.
///
/// Every name gets a **key**: its words folded into one Latin spelling. Tajik and Russian
/// Cyrillic are transliterated; Latin variants are brought together (kh/x/h, dzh/zh/j, č/ch,
/// š/sh, ë/yo/jo, ya/ja, q/k, gh/g, doubled letters, the endings -ov/-ova/-ev/-eva). Names in
/// Persian/Arabic script, which leaves most vowels unwritten, are compared by **skeleton**: the
/// consonants of the key. So "Рахмонов", "Раҳмонов", "Rakhmonov", "Rahmonov" and "Rahmonova"
/// share the key `rahmonov`, and "رحمانوف" shares the skeleton `rhmnv` with all of them.
public enum NameKey {
    /// Bumped whenever the rules change, so that stored keys are computed again.
    public static let version = 3

    /// The key of a whole name: its words' keys, in order, separated by single spaces (a Latin
    /// "j" read as the consonant of Tajik ҷ).
    public static func key(_ name: String) -> String { keys(name)[0] }

    /// Every key of a whole name: a Latin "j" may be the consonant (Jamshed, ҷ) or the glide
    /// (Jurij, й), so a name written with one has two; at most eight are made.
    public static func keys(_ name: String) -> [String] {
        var combinations = [""]
        for word in words(name) {
            let variants = key(word: word).filter { !$0.isEmpty }
            guard !variants.isEmpty else { continue }
            combinations = combinations.flatMap { start in variants.map { start.isEmpty ? $0 : start + " " + $0 } }.prefix(8).map { $0 }
        }
        return combinations
    }

    /// The skeleton of a whole name: each word's consonants, in order.
    public static func skeleton(_ name: String) -> String {
        words(name).map { word in
            isArabicScript(word) ? arabicSkeleton(word) : skeleton(ofKey: key(word: word)[0])
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether the name is written (mostly) in Persian/Arabic script.
    public static func isArabicScript(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let arabic = letters.filter { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) }
        return !letters.isEmpty && arabic.count * 2 > letters.count
    }

    /// The words of a name, lower-cased; a hyphen joins (Said-Murodzoda is one word), and the
    /// zero-width joiners of Persian script are dropped.
    public static func words(_ name: String) -> [String] {
        let joined = String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
            !["\u{200C}", "\u{200D}", "-", "\u{2010}", "\u{2011}", "'", "’", "ʼ"].contains($0)
        }))
        return joined.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    // MARK: Cyrillic and Latin

    /// J is the consonant of ж, ҷ and dzh; y the glide of й, я, ю, ё.
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "J", "з": "z", "и": "i", "ӣ": "i",
        "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ӯ": "u", "ф": "f", "х": "h", "ҳ": "h", "ц": "ts", "ч": "ch", "ҷ": "J", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "",
        "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ў": "u", "ә": "a", "ө": "o", "ү": "u", "ң": "n",
    ]

    /// Latin letters with marks that name sounds of their own, before the marks are dropped.
    static let latin: [Character: String] = [
        "č": "ch", "š": "sh", "ž": "J", "ǧ": "g", "ğ": "g", "ş": "sh", "ç": "ch", "ë": "yo", "ı": "i", "ŏ": "o", "ū": "u", "ī": "i",
        "ə": "a", "x": "h", "q": "k", "w": "v", "ß": "ss",
    ]

    /// One word's keys: one, or two when a Latin "j" could be either sound.
    static func key(word: String) -> [String] {
        if isArabicScript(word) { return [arabicSkeleton(word)] }
        var text = ""
        for character in word {
            if let mapped = cyrillic[character] ?? latin[character] {
                text += mapped
            } else {
                text += String(character).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            }
        }
        text = text.filter { $0.isLetter || $0.isNumber }
        // Spelling variants of one sound, longest first.
        for (variant, common) in [("dzh", "J"), ("dJ", "J"), ("dj", "J"), ("zh", "J"), ("kh", "h"), ("gh", "g"), ("tch", "ch"), ("sch", "sh")] {
            text = text.replacingOccurrences(of: variant, with: common)
        }
        let readings = text.contains("j") ? [text.replacingOccurrences(of: "j", with: "J"), text.replacingOccurrences(of: "j", with: "y")] : [text]
        return readings.map(normalized)
    }

    /// What every reading of a word goes through after its letters are Latin.
    static func normalized(_ reading: String) -> String {
        var text = reading
        // A glide between vowels is not written everywhere (Aliyev, Aliev; Jurayev, Juraev).
        var letters = Array(text)
        var index = 1
        while index < letters.count - 1 {
            if letters[index] == "y", "aeiou".contains(letters[index - 1]), "aeiou".contains(letters[index + 1]) {
                letters.remove(at: index)
            } else {
                index += 1
            }
        }
        text = String(letters).replacingOccurrences(of: "iy", with: "i")
        if text.hasSuffix("y"), text.count > 2 { text = String(text.dropLast()) + "i" }
        // Doubled letters count once (digits do count: 11 is not 1).
        var collapsed = ""
        for character in text where !(character.isLetter && collapsed.last == character) { collapsed.append(character) }
        // Russian surname endings: -ova, -eva, -ev → -ov (Karimova, Karimov; Aliev, Aliyeva).
        for (ending, common) in [("ova", "ov"), ("eva", "ov"), ("ev", "ov")] where collapsed.hasSuffix(ending) && collapsed.count > ending.count + 2 {
            collapsed = String(collapsed.dropLast(ending.count)) + common
            break
        }
        return collapsed
    }

    /// A key's consonants, with sh, ch and the like as one sound each.
    static func skeleton(ofKey key: String) -> String {
        var text = key
        for (pair, sound) in [("sh", "S"), ("ch", "C"), ("ts", "s"), ("ph", "f")] { text = text.replacingOccurrences(of: pair, with: sound) }
        var out = ""
        for character in text where !"aeiouy".contains(character) && !(character.isLetter && out.last == character) { out.append(character) }
        return out
    }

    // MARK: Persian and Arabic script

    static let arabic: [Character: String] = [
        "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "J", "چ": "C", "ح": "h", "خ": "h", "د": "d", "ذ": "z", "ر": "r", "ز": "z",
        "ژ": "J", "س": "s", "ش": "S", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ک": "k", "ك": "k",
        "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "h",
    ]

    /// The consonants of a word in Persian/Arabic script. و and ی are consonants (v, y) only at
    /// the start of a word, vowels elsewhere; ا, ع, ء and short-vowel marks are not written
    /// consonants; a final ف stands for the -v of Russian surnames (-ov written وف or اف).
    static func arabicSkeleton(_ word: String) -> String {
        let letters = Array(word.filter { !($0.unicodeScalars.first.map { (0x064B...0x065F).contains($0.value) } ?? false) })
        var out = ""
        for (index, letter) in letters.enumerated() {
            var sound: String?
            switch letter {
            case "و": sound = index == 0 || (index == letters.count - 2 && letters[index + 1] == "ا") ? "v" : nil  // -ova: وا
            case "ی", "ي", "ى": sound = nil
            case "ا", "آ", "أ", "إ", "ع", "ء", "ئ", "ؤ": sound = nil
            case "ه" where index == letters.count - 1 && index > 0: sound = nil  // a final vowel, as in -zoda (زاده)
            case "ف" where index == letters.count - 1 && index > 0: sound = "v"
            default: sound = arabic[letter]
            }
            if let sound, out.last.map(String.init) != sound { out += sound }
        }
        return out
    }

    // MARK: Keys for the index

    /// What a record is found by, for each spelling of its name: in Latin or Cyrillic, its key and
    /// its skeleton marked `~`; in Persian/Arabic script, its skeleton marked `^`. Skeletons meet
    /// only across the scripts (`queryKeys`), so that Nazarov and Nazirov stay apart in Latin.
    /// For names of several words, each word is also a key on its own (`=word`, and its
    /// skeleton), so that a surname alone finds the person.
    public static func searchKeys(_ names: [String]) -> [String] {
        var found: [String] = []
        func add(_ key: String) { if key.count > 1, !found.contains(key) { found.append(key) } }
        for name in names {
            let parts = words(name)
            if isArabicScript(name) {
                add("^" + skeleton(name))
                if parts.count > 1 { for part in parts { add("^" + skeleton(part)) } }
            } else {
                for variant in keys(name) {
                    add(variant)
                    add("~" + skeleton(ofWords: variant))
                }
                if parts.count > 1 {
                    for part in parts {
                        for variant in key(word: part) {
                            add("=" + variant)
                            add("~" + skeleton(ofKey: variant))
                        }
                    }
                }
            }
        }
        return found
    }

    /// The keys a query meets names by: `exact` ones say the same whole name (its key, for a
    /// query in Latin or Cyrillic, or its consonants, for one in Persian/Arabic script); `word`
    /// ones one word of a longer name; `loose` ones only the consonants across the scripts.
    public static func queryKeys(_ query: String) -> (exact: [String], word: [String], loose: [String]) {
        let bones = skeleton(query)
        guard !bones.isEmpty else { return ([], [], []) }
        let single = words(query).count == 1
        if isArabicScript(query) { return (["^" + bones], [], ["~" + bones]) }
        let all = keys(query).filter { !$0.isEmpty }
        var loose: [String] = []
        for variant in all where !loose.contains("^" + skeleton(ofWords: variant)) { loose.append("^" + skeleton(ofWords: variant)) }
        return (all, single ? all.map { "=" + $0 } : [], loose)
    }

    /// The skeleton of a key of several words.
    static func skeleton(ofWords key: String) -> String {
        key.split(separator: " ").map { skeleton(ofKey: String($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether two spellings name the same person or organisation by these rules.
    public static func sameName(_ first: String, _ second: String) -> Bool {
        let (exact, _, loose) = queryKeys(first)
        let theirs = Set(searchKeys([second]))
        return !theirs.isDisjoint(with: exact + loose)
    }
}
