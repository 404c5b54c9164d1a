// Whether an expression found near a change belongs to it: shared by the hunk widener (byte
// ranges) and the date recognizer (code point ranges).

extension Range where Bound == Int {
    /// Whether this range meets `target`: overlaps it, or, for an empty target (an insertion
    /// point), holds it or has it at either end (the byte diff may keep some of a date's digits
    /// as common text and insert the rest beside them).
    package func touches(_ target: Range<Int>) -> Bool {
        target.isEmpty ? (lowerBound <= target.lowerBound && target.lowerBound <= upperBound)
                       : (lowerBound < target.upperBound && target.lowerBound < upperBound)
    }
}
