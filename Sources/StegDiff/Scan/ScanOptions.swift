/// What one `ArchiveScanner.scan` call read.
public struct ScanInputs: Sendable, Hashable {
    /// Paths walked (regular files, and others reported as errors).
    public var files = 0
    /// Captures, unreadable parts and skipped parts found: each yields one record (or was done
    /// by the run being resumed).
    public var inputs = 0
    /// True when `shouldStop` ended the scan early.
    public var stopped = false
}

/// Options of a scan.
public struct ScanOptions: Sendable {
    /// Smallest similarity (0…1) for a baseline to be used.
    public var minimumSimilarity: Double
    /// Largest file read, in bytes.
    public var maxInputBytes: Int
    /// Most captures matched and diffed in one concurrent step (a group of files is diffed in
    /// steps of this many; ordering is kept).
    public var batchSize: Int
    /// Deepest JSON nesting read; deeper documents are an error record at the place it is reached.
    public var maxJSONDepth: Int
    /// Most captures read from one file (a JSONL or HAR file can hold millions); past it, one
    /// error record says where reading stopped.
    public var maxCapturesPerFile: Int
    /// Cost limits and finding limit of each capture's diff.
    public var diff: DiffOptions
    /// How credential-bearing labels are hashed (salt random per process unless given).
    public var labelRedaction: LabelRedaction
    /// Creates options.
    public init(minimumSimilarity: Double = 0.3, maxInputBytes: Int = 256 * 1024 * 1024, batchSize: Int = 256,
                maxJSONDepth: Int = 512, maxCapturesPerFile: Int = 1_000_000, diff: DiffOptions = DiffOptions(),
                labelRedaction: LabelRedaction = .perProcess) {
        self.diff = diff
        self.labelRedaction = labelRedaction
        self.minimumSimilarity = minimumSimilarity
        self.maxInputBytes = maxInputBytes
        self.batchSize = max(1, batchSize)
        self.maxJSONDepth = max(1, maxJSONDepth)
        self.maxCapturesPerFile = max(1, maxCapturesPerFile)
    }
}
