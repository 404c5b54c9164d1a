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
        var bare = name.lowercased()
        for prefix in ["header:", "query:"] where bare.hasPrefix(prefix) { bare.removeFirst(prefix.count) }
        return sensitiveParts.contains { bare.contains($0) }
    }

    /// True when a value reads as a credential whatever its label is called (`Bearer …`, `Basic …`).
    public static func isSensitive(value: String) -> Bool {
        let first = value.drop { $0 == " " }.prefix { $0 != " " }.lowercased()
        return ["bearer", "basic", "digest", "negotiate", "token"].contains(first) && value.contains(" ")
    }

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
