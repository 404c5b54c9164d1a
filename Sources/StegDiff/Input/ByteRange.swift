/// A 0-based, half-open range of UTF-8 bytes... in the original input file's bytes.
///
/// For UTF-16 inputs the offsets still count bytes of the original file, not of a transcoding.
public struct ByteRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// First byte, 0-based.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// Creates a range; `end >= start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    /// Number of bytes covered.
    public var count: Int { end - start }
    /// `[start, end)`.
    public var description: String { "[\(start), \(end))" }
}
