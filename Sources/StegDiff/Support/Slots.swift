// Support/ owns small utilities with no knowledge of prompts: result slots for concurrent
// workers and the SHA-256 digest of inputs. It calls nothing else in the library; every folder
// may call it.

/// Result slots that concurrent workers fill, each at its own index (never the same one twice).
package final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    package init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    package func set(_ index: Int, _ value: Value) { storage[index] = value }

    package var values: [Value?] { Array(storage) }
}
