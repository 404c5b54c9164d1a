import Foundation
import Testing
@_spi(Fuzzing) import StegDiff

/// Replays every input the fuzzers kept (Tests/StegDiffTests/FuzzCorpus/TARGET: crashes once
/// fixed, and inputs that reached new code) through the same invariant checks the libFuzzer
/// targets run (Scripts/fuzz.sh), plus the project's own prompts and captures.
@Suite("Fuzz regression inputs")
struct FuzzRegressionTests {
    static let corpus = projectRoot + "/Tests/StegDiffTests/FuzzCorpus"

    static func inputs(_ target: FuzzChecks.Target) -> [String] {
        let folder = corpus + "/" + target.rawValue
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    @Test("every kept input passes its target's invariants", arguments: FuzzChecks.Target.allCases)
    func keptInputs(target: FuzzChecks.Target) throws {
        let paths = FuzzRegressionTests.inputs(target)
        for path in paths {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(FuzzChecks.check(target, bytes) == nil, "\(path)")
        }
        print("fuzz regression: \(target.rawValue): \(paths.count) kept inputs replayed")
    }

    @Test("the project's prompts and captures pass every target")
    func projectInputs() throws {
        var paths: [String] = []
        for folder in ["Corpus/baselines", "Corpus/captures"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: projectRoot + "/" + folder).sorted()
            paths += names.prefix(3).map { projectRoot + "/" + folder + "/" + $0 }
        }
        for path in paths {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            for target in FuzzChecks.Target.allCases {
                #expect(FuzzChecks.check(target, bytes) == nil, "\(target) \(path)")
            }
        }
    }
}
