import CCryptoShim
import Synchronization

/// A SHA-256 computed on first use and kept: most texts never need theirs (a scan reports
/// findings, not digests), and hashing every capture cost more than diffing it.
package final class LazyDigest: Sendable {
    private let state: Mutex<(bytes: [UInt8]?, digest: String?)>

    /// The digest of `bytes`, when asked for.
    package init(bytes: [UInt8]) { state = Mutex((bytes, nil)) }

    /// A digest already known.
    package init(digest: String) { state = Mutex((nil, digest)) }

    /// 64 lowercase hex digits.
    package var value: String {
        state.withLock { state in
            if let digest = state.digest { return digest }
            let digest = SHA256.hexDigest(of: state.bytes ?? [])
            state = (nil, digest)
            return digest
        }
    }
}

/// SHA-256 (FIPS 180-4) from OpenSSL's libcrypto through the CCryptoShim target: a security
/// tool should not hand-write its hash, and libcrypto uses the CPU's SHA extensions (about 1.7 GB/s
/// here, 7x the hand-written Swift this replaced). libcrypto is loaded on the first digest.
package enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    package static func hexDigest(of bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let succeeded = bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { sd_sha256(input.baseAddress, input.count, $0.baseAddress) }
        }
        // Without libcrypto (OpenSSL 3's libcrypto.so.3, which Debian always installs) there is no
        // true digest to report, and a made-up one would be worse than stopping with the reason.
        guard succeeded == 1 else {
            fatalError(succeeded < 0 ? "cannot load OpenSSL's libcrypto.so.3, which stegdiff needs for SHA-256"
                                     : "OpenSSL's libcrypto could not compute a SHA-256 digest")
        }
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in digest {
            digits.append(hex[Int(byte >> 4)])
            digits.append(hex[Int(byte & 0xF)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
