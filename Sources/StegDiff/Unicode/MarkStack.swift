/// Combining marks stacked on one base beyond what any orthography writes: a mark repeating one
/// the base already carries (`é` + a second U+0301 renders on top of the first, so it hides), or
/// a run of four or more generic diacritics (script Inherited: Vietnamese needs two) or of eight
/// or more marks of any script. Invisible marks (variation selectors, CGJ) are left out: they are
/// invisible characters of their own.
package enum MarkStack {
    /// What is wrong with one cluster: the indices (into `marks`) of marks that repeat a mark
    /// already on the base, and whether the run of marks is longer than any orthography's.
    package static func anomaly(base: UInt32, marks: [UInt32]) -> (repeated: [Int], excessive: Bool) {
        let visible = marks.indices.filter { InvisibleClass.subkind(of: marks[$0]) == nil }
        guard !visible.isEmpty else { return ([], false) }
        let generic = visible.filter { ICU.scriptName(of: marks[$0]) == "Inherited" }.count
        if generic >= 4 || visible.count >= 8 { return ([], true) }
        // The marks the base already carries, precomposed (é is e + U+0301).
        var seen = Set(base < 0xC0 ? [] : (ICU.normalize([base], .nfd) ?? []).dropFirst())
        guard visible.count >= 2 || !seen.isEmpty else { return ([], false) }
        var repeated: [Int] = []
        for index in visible {
            let parts = ICU.normalize([marks[index]], .nfd) ?? [marks[index]]
            if parts.contains(where: seen.contains) { repeated.append(index) }
            seen.formUnion(parts)
        }
        return (repeated, false)
    }

    /// How many clusters of the text have stacked marks (a base followed by its combining marks).
    package static func count(in scalars: [UInt32]) -> Int {
        var total = 0
        var index = 0
        while index < scalars.count {
            var end = index + 1
            while end < scalars.count, ICU.isCombiningMark(scalars[end]) { end += 1 }
            if end - index >= 2 {
                let found = anomaly(base: scalars[index], marks: Array(scalars[(index + 1)..<end]))
                if found.excessive || !found.repeated.isEmpty { total += 1 }
            }
            index = end
        }
        return total
    }
}
