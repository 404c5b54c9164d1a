/// Who made a report: the tool's name and version, as every report and `stegdiff --version` state them.
public enum ToolInfo {
    /// The tool's name.
    public static let name = "stegdiff"
    /// This library's version (semantic versioning).
    public static let version = "0.1.0"
}
