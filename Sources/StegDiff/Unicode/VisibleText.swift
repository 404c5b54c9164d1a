/// Makes hidden characters visible for terminals: `⟨U+200B ZERO WIDTH SPACE⟩`.
public enum VisibleText {
    /// Where file-name bytes that are not UTF-8 live in a path `String` (see `FileSystem.rawByteBase`).
    package static let rawByteBase: UInt32 = 0x10FF00

    /// Every character that is not printable ASCII as a `⟨U+XXXX NAME⟩` escape. A space stays a
    /// space unless the text is nothing but spaces (then it must be seen). At most `limit`
    /// escapes and 60 plain characters are shown; the rest is summarized as `… (+N code points)`.
    public static func escapeAll(_ codePoints: [UInt32], limit: Int = .max) -> String {
        escape(codePoints, limit: limit) { _ in false }
    }

    /// Like `escapeAll`, but letters of other scripts (CJK, accented Latin, Arabic…) stay as they
    /// are: only what `escapeInvisible` escapes, and any character that looks like ASCII without
    /// being ASCII (its confusable skeleton is ASCII: Cyrillic `а`, fullwidth digits), become
    /// `⟨U+XXXX NAME⟩`. For text whose point is its words (edits, dates), where escaping every
    /// ideograph hid the words from CJK readers.
    public static func escapeSuspicious(_ codePoints: [UInt32], limit: Int = .max) -> String {
        escape(codePoints, limit: limit) { !isHidden($0) && !looksLikeASCII($0) }
    }

    /// Printable ASCII (and spaces among other characters) as is, `keep` non-ASCII as is, the
    /// rest as `⟨U+XXXX NAME⟩`, within the limits `escapeAll` describes.
    private static func escape(_ codePoints: [UInt32], limit: Int, keep: (UInt32) -> Bool) -> String {
        var output = ""
        var escapes = 0, plain = 0, shown = 0
        let onlySpaces = codePoints.allSatisfy { $0 == 0x20 }
        for codePoint in codePoints {
            let isPlain = codePoint >= 0x21 && codePoint <= 0x7E || (codePoint == 0x20 && !onlySpaces) || (codePoint > 0x7E && keep(codePoint))
            if isPlain ? plain >= 60 : escapes >= limit { break }
            if isPlain {
                output.unicodeScalars.append(Unicode.Scalar(codePoint)!)
                plain += 1
            } else {
                output += "⟨U+\(hex4(codePoint)) \(ICU.name(of: codePoint))⟩"
                escapes += 1
            }
            shown += 1
        }
        if codePoints.count > shown { output += "… (+\(codePoints.count - shown) code points)" }
        return output
    }

    /// True for a non-ASCII character whose UTS #39 skeleton is printable ASCII.
    private static func looksLikeASCII(_ codePoint: UInt32) -> Bool {
        guard let skeleton = ICU.skeleton([codePoint]), !skeleton.isEmpty else { return false }
        return skeleton.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }

    /// `escapeInvisible` for a string (paths, labels, reasons shown to a terminal).
    public static func escapeInvisible(_ text: String) -> String { escapeInvisible(text.unicodeScalars.map(\.value)) }

    /// Printable text kept as is (CJK, accents), but invisible, control, space-like and bidi
    /// characters escaped as `⟨U+XXXX⟩` and line breaks shown as `↵`, for context snippets.
    public static func escapeInvisible(_ codePoints: [UInt32], limit: Int = .max) -> String {
        var output = ""
        for codePoint in codePoints.prefix(limit) {
            if codePoint == 0x0A { output += "↵"; continue }
            if codePoint >= rawByteBase + 0x80 && codePoint <= rawByteBase + 0xFF {
                output += "\\x" + hex4(codePoint - rawByteBase).suffix(2)  // a file-name byte that is not UTF-8
                continue
            }
            if isHidden(codePoint) {
                output += "⟨U+\(hex4(codePoint))⟩"
            } else {
                output.unicodeScalars.append(Unicode.Scalar(codePoint) ?? "\u{FFFD}")
            }
        }
        if codePoints.count > limit { output += "…(+\(codePoints.count - limit))" }
        return output
    }

    /// Not printable ASCII and invisible, control, space-like, bidi, a lone mark, unassigned,
    /// private use or a noncharacter: what a terminal would not show as itself.
    private static func isHidden(_ codePoint: UInt32) -> Bool {
        guard !(codePoint >= 0x20 && codePoint <= 0x7E) else { return false }
        // UCharCategory 0 unassigned, 15 Cc, 16 Cf, 17 Co (private use), 18 Cs (surrogate).
        return codePoint < 0xA0 || InvisibleClass.subkind(of: codePoint) != nil
            || ICU.properties(of: codePoint).contains(.whiteSpace) || [0, 15, 16, 17, 18].contains(ICU.generalCategory(of: codePoint))
            || ICU.isCombiningMark(codePoint) || codePoint == 0xFFFD || (codePoint & 0xFFFE) == 0xFFFE
    }
}
