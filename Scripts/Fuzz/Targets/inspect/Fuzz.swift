@_spi(Fuzzing) import StegDiff

/// libFuzzer entry point: a broken invariant is a crash, so the fuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let broken = FuzzChecks.check(.inspect, bytes) { fatalError("invariant broken: \(broken)") }
    return 0
}
