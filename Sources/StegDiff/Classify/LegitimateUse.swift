/// Recognizes legitimate uses of otherwise suspicious invisible characters, so they are reported
/// at low severity with a reason instead of as an alarm.
package enum LegitimateUse {
    static let indicScripts: Set<String> = [
        "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala",
    ]

    /// Why `scalars` (an invisible run at `range` of `bytes`) are legitimate there, or nil.
    package static func reason(for scalars: [UInt32], in bytes: [UInt8], at range: Range<Int>) -> String? {
        // Only an emoji sequence needs sixteen scalars of context; the other tests read the one
        // on each side (a Persian ZWNJ decoded 32 neighbours for two).
        let emojiParts = scalars.allSatisfy({ $0 == 0x200D || (0xFE00...0xFE0F).contains($0) || (0xE0020...0xE007F).contains($0) })
        let before = scalarsBefore(bytes, range.lowerBound, limit: emojiParts ? 16 : 1)
        let after = scalarsAfter(bytes, range.upperBound, limit: emojiParts ? 16 : 1)
        if emojiParts {
            if let sequence = emojiSequence(before: before, run: scalars, after: after), ICU.isRGIEmoji(sequence) {
                let hex = sequence.map { "U+" + hex4($0) }.joined(separator: " ")
                return "inside an RGI emoji sequence (\(hex))"
            }
        }
        if scalars.count == 1, scalars[0] == 0x200C || scalars[0] == 0x200D, let previous = before.last,
           ICU.isLetterOrMark(previous) {
            // One joiner shaping an Arabic or Indic word (Persian ZWNJ, Devanagari half forms,
            // Malayalam chillu): between two letters or marks of that script, or, in Indic
            // scripts, after a virama at the end of a word. Runs of joiners, joiners beside
            // digits, spaces or other scripts stay suspicious.
            let script = ICU.scriptName(of: previous)
            let name = scalars[0] == 0x200C ? "ZWNJ" : "ZWJ"
            if script == "Arabic" || indicScripts.contains(script) {
                if let next = after.first, ICU.isLetterOrMark(next), ICU.scriptName(of: next) == script {
                    return "\(name) between \(script)-script letters"
                }
                let atWordEnd = after.first.map { !ICU.isWordCharacter($0) } ?? true
                if indicScripts.contains(script), ICU.isVirama(previous), atWordEnd {
                    return "\(name) after a virama at the end of a \(script) word"
                }
            }
        }
        if scalars == [0x2061], let previous = before.last, ICU.isLetterOrMark(previous), after.first == 0x28 {
            // MathML and math typesetting put FUNCTION APPLICATION between a function's name and
            // its argument list (`sin\u{2061}(x)`): it tells a reader `sin` is applied, not multiplied.
            return "function application between a function name and its argument"
        }
        if scalars.count == 1, scalars[0] == 0xFE0E || scalars[0] == 0xFE0F, let previous = before.last,
           ICU.properties(of: previous, among: .emoji).contains(.emoji) {
            return "emoji presentation selector after an emoji character"
        }
        return nil
    }

    /// Joiners (runs, or at a word edge) touching letters of an Arabic or Indic script: the text
    /// uses joiners, but these are redundant. Nil when no such script is next to the run.
    package static func redundantJoiners(_ scalars: [UInt32], in bytes: [UInt8], at range: Range<Int>) -> String? {
        guard scalars.allSatisfy({ $0 == 0x200C || $0 == 0x200D }) else { return nil }
        let neighbours = [scalarsBefore(bytes, range.lowerBound, limit: 1).last, scalarsAfter(bytes, range.upperBound, limit: 1).first]
        let scripts = neighbours.compactMap { $0 }.filter(ICU.isLetterOrMark).map(ICU.scriptName(of:))
        guard let script = scripts.first(where: { $0 == "Arabic" || indicScripts.contains($0) }),
              scripts.allSatisfy({ $0 == script }) else { return nil }
        return "redundant joiner\(scalars.count > 1 ? "s" : "") in \(script)-script text"
    }

    /// The emoji-ish code points around the run (pictographs, modifiers, components, joiners, tags).
    private static func emojiSequence(before: [UInt32], run: [UInt32], after: [UInt32]) -> [UInt32]? {
        func isEmojiPart(_ scalar: UInt32) -> Bool {
            if scalar == 0x200D || (0xFE00...0xFE0F).contains(scalar) || (0xE0020...0xE007F).contains(scalar) { return true }
            let properties = ICU.properties(of: scalar, among: [.extendedPictographic, .emojiModifier, .regionalIndicator, .emojiComponent])
            return properties.contains(.extendedPictographic) || properties.contains(.emojiModifier)
                || properties.contains(.regionalIndicator) || (scalar >= 0x80 && properties.contains(.emojiComponent))
        }
        let head = before.reversed().prefix(while: isEmojiPart).reversed()
        let tail = after.prefix(while: isEmojiPart)
        guard !head.isEmpty else { return nil }
        return Array(head) + run + Array(tail)
    }

    static func scalarsBefore(_ bytes: [UInt8], _ offset: Int, limit: Int) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(Swift.min(limit, offset))
        var position = offset
        bytes.withUnsafeBufferPointer { buffer in
            while position > 0 && result.count < limit {
                // An ASCII byte is a unit of its own (a multi-byte unit holds none).
                let previous = buffer[position - 1]
                if previous < 0x80 {
                    result.append(UInt32(previous))
                    position -= 1
                    continue
                }
                let start = UTF8Unit.unitStart(buffer, containing: position - 1)
                result.append(UTF8Unit.decode(buffer, at: start).scalar ?? 0xFFFD)
                position = start
            }
        }
        result.reverse()  // in place: no second array
        return result
    }

    static func scalarsAfter(_ bytes: [UInt8], _ offset: Int, limit: Int) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(Swift.min(limit, Swift.max(bytes.count - offset, 0)))
        var position = offset
        bytes.withUnsafeBufferPointer { buffer in
            while position < buffer.count && result.count < limit {
                let unit = UTF8Unit.decode(buffer, at: position)
                result.append(unit.scalar ?? 0xFFFD)
                position += unit.length
            }
        }
        return result
    }
}
