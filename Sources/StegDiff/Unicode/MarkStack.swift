/// Combining marks stacked on one base beyond what any orthography writes: a mark repeating one
/// the base already carries (`é` + a second U+0301 renders on top of the first, so it hides), or
/// a run of four or more generic diacritics (script Inherited: Vietnamese needs two) or of eight
/// or more marks of any script. Invisible marks (variation selectors, CGJ) are left out: they are
/// invisible characters of their own.
///
/// A checker remembers what ICU said about each code point, so a text of a few thousand
/// distinct characters costs a few thousand ICU calls however long it is (Indic text has a
/// mark on most letters).
package struct MarkStack {
    private var decompositions: [UInt32: [UInt32]] = [:]
    private var generic: [UInt32: Bool] = [:]
    private var invisible: [UInt32: Bool] = [:]

    package init() {}

    /// What is wrong with one cluster: the indices (into `marks`) of marks that repeat a mark
    /// already on the base, and whether the run of marks is longer than any orthography's.
    package mutating func anomaly(base: UInt32, marks: [UInt32]) -> (repeated: [Int], excessive: Bool) {
        let visible = marks.indices.filter { !isInvisible(marks[$0]) }
        guard !visible.isEmpty else { return ([], false) }
        var genericCount = 0
        for index in visible where isGeneric(marks[index]) { genericCount += 1 }
        if genericCount >= 4 || visible.count >= 8 { return ([], true) }
        // The marks the base already carries, precomposed (é is e + U+0301).
        var seen = Set(base < 0xC0 ? [] : decomposition(base).dropFirst())
        guard visible.count >= 2 || !seen.isEmpty else { return ([], false) }
        var repeated: [Int] = []
        for index in visible {
            let parts = decomposition(marks[index])
            if parts.contains(where: seen.contains) { repeated.append(index) }
            seen.formUnion(parts)
        }
        return (repeated, false)
    }

    /// How many clusters of the text have stacked marks (a base followed by its combining marks).
    package static func count(in scalars: [UInt32]) -> Int {
        var checker = MarkStack()
        var total = 0
        var index = 0
        while index < scalars.count {
            var end = index + 1
            while end < scalars.count, ICU.isCombiningMark(scalars[end]) { end += 1 }
            if end - index >= 2 {
                let found = checker.anomaly(base: scalars[index], marks: Array(scalars[(index + 1)..<end]))
                if found.excessive || !found.repeated.isEmpty { total += 1 }
            }
            index = end
        }
        return total
    }

    private mutating func decomposition(_ scalar: UInt32) -> [UInt32] {
        if let known = decompositions[scalar] { return known }
        let parts = ICU.normalize([scalar], .nfd) ?? [scalar]
        decompositions[scalar] = parts
        return parts
    }

    private mutating func isGeneric(_ scalar: UInt32) -> Bool {
        if let known = generic[scalar] { return known }
        let value = ICU.scriptName(of: scalar) == "Inherited"
        generic[scalar] = value
        return value
    }

    private mutating func isInvisible(_ scalar: UInt32) -> Bool {
        if let known = invisible[scalar] { return known }
        let value = InvisibleClass.subkind(of: scalar) != nil
        invisible[scalar] = value
        return value
    }
}
