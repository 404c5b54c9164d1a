// stegdiff-bench --pair NAME BASELINE CANDIDATE ... [--inspect NAME FILE] [--archive NAME ARCHIVE CORPUS]
//
// For each pair: the two files are decoded once (PromptText), then StegDiff.diff runs on one
// thread until at least a second has passed (3 runs at least); one JSON line per pair,
// {"input", "stage": "diff+classify", "bytes" (candidate), "seconds", "iterations"}, and one for
// "decode+diff+classify" (PromptText built inside the loop; left out when BENCH_DIFF_ONLY is set,
// so that a profile of the run holds diff+classify alone; BENCH_ITERATIONS=N runs each loop exactly
// N times after the warm-up). For --inspect: Inspector.inspect on
// the decoded text, one line {"stage": "inspect"}. For the archive: every capture is
// read and matched to its nearest baseline first (untimed, counted in "prepareSeconds"), then all
// diffs run on one thread: one line with the candidate bytes of all captures; and one line for
// ArchiveScanner.scan in-process on all cores (reading, parsing, matching and diffing included).
import Dispatch
import StegDiff
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func line(_ members: [(String, JSONValue)]) { print(JSONValue.object(members).serialized(pretty: false)) }

func fail(_ message: String) -> Never {
    var bytes = Array("stegdiff-bench: \(message)\n".utf8)
    _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(2)
}

func read(_ path: String) -> [UInt8] {
    do { return try FileSystem.read(path, limit: Int.max) } catch { fail(error.description) }
}

/// Runs `body` until `minimum` seconds have passed and at least `runs` times.
func measure(minimum: Double = 1.0, runs: Int = 3, _ body: () -> Void) -> (seconds: Double, iterations: Int) {
    body()  // warm-up: lazily built tables, ICU formatters
    let start = now()
    var iterations = 0
    // BENCH_ITERATIONS=N runs exactly N times, so that two profiles differ by whole calls.
    if let fixed = getenv("BENCH_ITERATIONS").flatMap({ Int(String(cString: $0)) }) {
        for _ in 0..<fixed { body() }
        return (now() - start, fixed)
    }
    repeat {
        body()
        iterations += 1
    } while now() - start < minimum || iterations < runs
    return (now() - start, iterations)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var findingsSink = 0
while !arguments.isEmpty {
    let option = arguments.removeFirst()
    if option == "--inspect" {
        guard arguments.count >= 2 else { fail("--inspect takes NAME and a path") }
        let (name, path) = (arguments[0], arguments[1])
        arguments.removeFirst(2)
        let bytes = read(path)
        let text = PromptText(bytes: bytes, source: path)
        let result = measure { findingsSink &+= Inspector.inspect(text).findings.count }
        line([("input", .string(name)), ("stage", .string("inspect")), ("bytes", .int(bytes.count)),
              ("seconds", .number(result.seconds)), ("iterations", .int(result.iterations))])
        continue
    }
    guard arguments.count >= 3 else { fail("\(option) takes NAME and two paths") }
    let (name, first, second) = (arguments[0], arguments[1], arguments[2])
    arguments.removeFirst(3)
    switch option {
    case "--pair":
        let (old, new) = (read(first), read(second))
        let baseline = PromptText(bytes: old, source: first), candidate = PromptText(bytes: new, source: second)
        let diff = measure { findingsSink &+= Differ.diff(baseline: baseline, candidate: candidate).findings.count }
        line([("input", .string(name)), ("stage", .string("diff+classify")), ("bytes", .int(new.count)),
              ("seconds", .number(diff.seconds)), ("iterations", .int(diff.iterations))])
        if getenv("BENCH_DIFF_ONLY") != nil { continue }
        let whole = measure {
            findingsSink &+= Differ.diff(baseline: PromptText(bytes: old, source: first), candidate: PromptText(bytes: new, source: second)).findings.count
        }
        line([("input", .string(name + ":decode+diff+classify")), ("stage", .string("decode+diff+classify")), ("bytes", .int(new.count)),
              ("seconds", .number(whole.seconds)), ("iterations", .int(whole.iterations))])
    case "--archive":
        let corpus: BaselineCorpus
        do { corpus = try ArchiveScanner.loadCorpus(second) } catch { fail(error.description) }
        let prepareStart = now()
        var captures: [Capture] = []
        for case .file(let path) in FileSystem.files(under: [first]) {
            for case .success(let capture) in CaptureReader.captures(in: read(path), source: path) { captures.append(capture) }
        }
        let pairs = captures.compactMap { capture in corpus.nearest(to: capture.prompt).map { ($0.baseline.text, capture.prompt) } }
        let prepare = now() - prepareStart
        let bytes = pairs.reduce(0) { $0 + $1.1.byteCount }
        let start = now()
        for (baseline, candidate) in pairs { findingsSink &+= Differ.diff(baseline: baseline, candidate: candidate).findings.count }
        line([("input", .string(name)), ("stage", .string("diff+classify, one thread")), ("bytes", .int(bytes)),
              ("seconds", .number(now() - start)), ("iterations", .int(1)), ("captures", .int(pairs.count)),
              ("prepareSeconds", .number(prepare))])
        let scanStart = now()
        var records = 0
        do { try ArchiveScanner(corpus: corpus).scan([first]) { _ in records += 1 } } catch { fail("\(error)") }
        line([("input", .string(name + ":scan")), ("stage", .string("ArchiveScanner.scan, all cores, everything included")), ("bytes", .int(bytes)),
              ("seconds", .number(now() - scanStart)), ("iterations", .int(1)), ("records", .int(records))])
    default:
        fail("unknown option \(option)")
    }
}
if findingsSink == Int.min { print("") }  // keeps the work observable
