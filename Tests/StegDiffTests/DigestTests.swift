import Foundation
import Testing
@testable import StegDiff

/// The SHA-256 every report gives for its inputs must be the file's true digest: checked against
/// NIST's test vectors and against coreutils' `sha256sum` on every corpus file and on inputs whose
/// analysis bytes differ from their original bytes (UTF-16, invalid UTF-8, a BOM).
@Suite("SHA-256 of the inputs")
struct DigestTests {
    /// FIPS 180-4 examples (NIST CSRC "SHA256.pdf" and the one-million-a vector).
    @Test("NIST test vectors (message repeated count times)", arguments: [
        ("", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("a", 1_000_000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func vectors(message: String, count: Int, digest: String) {
        #expect(SHA256.hexDigest(of: Array(String(repeating: message, count: count).utf8)) == digest)
    }

    /// `sha256sum FILE`'s 64 hex digits.
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    static func corpusFiles() throws -> [String] {
        try ["baselines", "variants"].flatMap { folder in
            let path = projectRoot + "/Corpus/" + folder
            return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }.sorted().map { path + "/" + $0 }
        }
    }

    @Test("diff and inspect reports give sha256sum's digest of every corpus file")
    func corpus() throws {
        let files = try DigestTests.corpusFiles()
        #expect(files.count > 60)
        var previous: (path: String, text: PromptText, digest: String)?
        for path in files {
            let expected = try DigestTests.sha256sum(path)
            let text = PromptText(bytes: try FileSystem.read(path, limit: Int.max), source: path)
            // Each file against the one before it (both usually variants of one baseline).
            let report = Differ.diff(baseline: previous?.text ?? text, candidate: text)
            #expect(report.baseline.sha256 == previous?.digest ?? expected, "\(previous?.path ?? path)")
            #expect(report.candidate.sha256 == expected, "\(path)")
            #expect(report.json.serialized(pretty: false).contains("\"sha256\":\"\(expected)\""), "\(path)")
            #expect(Inspector.inspect(text).input.sha256 == expected, "\(path)")
            previous = (path, text, expected)
        }
    }

    /// Lengths around SHA-256's 64-byte block and its 56-byte padding limit, UTF-16 with a BOM
    /// (the digest is of the original bytes, not the UTF-8 analysed), invalid UTF-8, a UTF-8 BOM.
    @Test("the digest is of the original bytes, whatever the encoding")
    func originalBytes() throws {
        let folder = try temporaryFolder("digest")
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs: [(String, [UInt8])] = [55, 56, 63, 64, 65, 119, 120, 128].map { ("ascii-\($0)", Array(repeating: 0x61, count: $0)) }
        inputs.append(("utf16le", [0xFF, 0xFE] + Array("Today\u{200B} is".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        inputs.append(("utf16be", [0xFE, 0xFF] + Array("Today\u{200B} is".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))
        inputs.append(("invalid", Array("caf".utf8) + [0xC3, 0x28, 0xFF, 0xE2, 0x80] + Array(" end".utf8)))
        inputs.append(("bom", [0xEF, 0xBB, 0xBF] + Array("hello".utf8)))
        for (name, bytes) in inputs {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let text = PromptText(bytes: try FileSystem.read(path, limit: Int.max), source: path)
            let expected = try DigestTests.sha256sum(path)
            #expect(text.sha256 == expected, "\(name)")
            #expect(Differ.diff(baseline: text, candidate: text).baseline.sha256 == expected, "\(name)")
        }
    }
}
