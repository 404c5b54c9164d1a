// Capture labels are copied into every scan output (records, summary, table). A HAR saved from a
// browser or a proxy holds credentials in its request headers and URLs; a security tool must
// never print them. Credential-bearing labels keep their name (it says what decided a marker) but
// their value becomes a salted hash: equal values stay equal within a run, so a proxy token that
// decides the marker still shows in the association, and nothing readable is left.

/// Replaces the values of credential-bearing capture labels (`header:authorization`,
/// `header:cookie`, `query:api_key`…) by `sha256:` and 12 hex digits of a salted SHA-256.
public struct LabelRedaction: Sendable, Hashable {
    /// Bytes hashed before each value, so that short secrets cannot be looked up in a table of
    /// precomputed hashes; random per process unless given.
    public let salt: [UInt8]

    /// A redaction with this salt (the same salt gives the same hashes across runs).
    public init(salt: [UInt8]) { self.salt = salt }

    /// A redaction salted with the UTF-8 bytes of `salt` (`--label-salt`).
    public init(salt: String) { self.salt = Array(salt.utf8) }

    /// One random salt for the whole process: every file of a run hashes alike, and no two runs do.
    public static let perProcess: LabelRedaction = {
        var generator = SystemRandomNumberGenerator()
        return LabelRedaction(salt: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }()

    /// Parts of a header or query-parameter name that mark a credential or a session.
    static let sensitiveParts = ["key", "token", "secret", "session", "auth", "password", "passwd", "cookie", "credential"]

    /// True when a label named `name` may carry a credential: `authorization`,
    /// `proxy-authorization`, `cookie`, `set-cookie`, `x-api-key`, `api-key`, and any name that
    /// contains key, token, secret, session, auth, password, passwd, cookie or credential
    /// (`header:` and `query:` prefixes aside, case ignored).
    public static func isSensitive(name: String) -> Bool {
        // Labels are ASCII almost always (header and query names): matched on bytes, since
        // `lowercased()` and `String.contains` per label were 1.7 % of a scan. Other names take
        // the Unicode path (U+212A KELVIN SIGN lowercases to an ASCII `k`).
        if let verdict = name.utf8.withContiguousStorageIfAvailable(asciiNameIsSensitive) ?? nil { return verdict }
        var bare = name.lowercased()
        for prefix in ["header:", "query:"] where bare.hasPrefix(prefix) { bare.removeFirst(prefix.count) }
        return sensitiveParts.contains { bare.contains($0) }
    }

    /// True when a value reads as a credential whatever its label is called (`Bearer …`, `Basic …`).
    public static func isSensitive(value: String) -> Bool {
        if let verdict = value.utf8.withContiguousStorageIfAvailable(asciiValueIsSensitive) ?? nil { return verdict }
        let first = value.drop { $0 == " " }.prefix { $0 != " " }.lowercased()
        return ["bearer", "basic", "digest", "negotiate", "token"].contains(first) && value.contains(" ")
    }

    /// The name verdict for an ASCII name, as `isSensitive(name:)` gives it; nil for a name with
    /// a non-ASCII byte.
    private static func asciiNameIsSensitive(_ name: UnsafeBufferPointer<UInt8>) -> Bool? {
        var bare = [UInt8](repeating: 0, count: name.count)
        for (index, byte) in name.enumerated() {
            guard byte < 0x80 else { return nil }
            bare[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        var start = 0
        for prefix in asciiPrefixes where bare.count - start >= prefix.count && bare[start..<(start + prefix.count)].elementsEqual(prefix) {
            start += prefix.count
        }
        let rest = bare[start...]
        return asciiSensitiveParts.contains { part in
            guard rest.count >= part.count else { return false }
            return (rest.startIndex...(rest.endIndex - part.count)).contains { rest[$0..<($0 + part.count)].elementsEqual(part) }
        }
    }

    /// The value verdict for an ASCII value, as `isSensitive(value:)` gives it; nil for a value
    /// with a non-ASCII byte (a combining mark after a space joins it into one character there).
    private static func asciiValueIsSensitive(_ value: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard value.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0
        while start < value.count, value[start] == 0x20 { start += 1 }
        var end = start
        var word: [UInt8] = []
        while end < value.count, value[end] != 0x20 {
            let byte = value[end]
            if word.count <= 9 { word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            end += 1
        }
        guard end - start <= 9, asciiSchemes.contains(word) else { return false }
        return value.contains(0x20)
    }

    private static let asciiPrefixes = ["header:", "query:"].map { Array($0.utf8) }
    private static let asciiSensitiveParts = sensitiveParts.map { Array($0.utf8) }
    private static let asciiSchemes = ["bearer", "basic", "digest", "negotiate", "token"].map { Array($0.utf8) }

    /// `sha256:` and the first 12 hex digits of SHA-256(salt ‖ value).
    public func hashed(_ value: String) -> String {
        "sha256:" + SHA256.hexDigest(of: salt + Array(value.utf8)).prefix(12)
    }

    /// The labels with every credential-bearing value hashed; other labels as they are.
    public func redact(_ labels: [String: String]) -> [String: String] {
        var result = labels
        for (name, value) in labels where LabelRedaction.isSensitive(name: name) || LabelRedaction.isSensitive(value: value) {
            result[name] = hashed(value)
        }
        return result
    }
}
