#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// A file that could not be read: which, and why, in lowercase words.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    /// The path, with invisible characters escaped for display.
    public var path: String
    /// What went wrong.
    public var reason: String
    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// Reading and walking files on raw POSIX calls: walks yield regular files only (a FIFO met in a
/// folder is never opened), folders by readdir, symlink loops detected by device and inode; a
/// FIFO named outright is read once its writer comes, as diff(1) does.
public enum FileSystem {
    /// Where file-name bytes that are not UTF-8 live in a path `String`: byte `b` (0x80–0xFF)
    /// is the private-use scalar U+10FF00 + b, so such names survive the trip through Swift
    /// strings and reopen byte for byte. Reports show them as `\xNN`.
    public static let rawByteBase: UInt32 = VisibleText.rawByteBase

    /// A path from raw bytes (argv, readdir): valid UTF-8 as is, every other byte escaped.
    public static func path(fromRaw bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Unit.decode(bytes, at: index)
            if let scalar, let value = Unicode.Scalar(scalar) {
                scalars.append(value)
            } else {
                for byte in bytes[index..<(index + length)] { scalars.append(Unicode.Scalar(rawByteBase + UInt32(byte))!) }
            }
            index += length
        }
        return String(scalars)
    }

    /// The command line's arguments byte for byte (from /proc/self/cmdline, since
    /// `CommandLine.arguments` repairs bytes that are not UTF-8), without the program name;
    /// nil where /proc is not readable.
    public static func rawArguments() -> [String]? {
        guard let bytes = try? read("/proc/self/cmdline", limit: 1 << 24), !bytes.isEmpty else { return nil }
        var arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map { path(fromRaw: Array($0)) }
        if bytes.last == 0 { arguments.removeLast() }
        return Array(arguments.dropFirst())
    }

    /// The bytes a path names on disk (the inverse of `path(fromRaw:)`).
    public static func rawBytes(of path: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if scalar.value >= rawByteBase + 0x80 && scalar.value <= rawByteBase + 0xFF {
                bytes.append(UInt8(scalar.value - rawByteBase))
            } else {
                bytes += Array(String(scalar).utf8)
            }
        }
        return bytes
    }

    /// Calls `body` with the NUL-terminated on-disk bytes of `path`, for POSIX calls.
    public static func withRawPath<T>(_ path: String, _ body: (UnsafePointer<CChar>) -> T) -> T {
        let bytes = rawBytes(of: path).map { CChar(bitPattern: $0) } + [0]
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// A whole file (or standard input for `-`) as bytes, refusing folders and anything over `limit`.
    public static func read(_ rawPath: String, limit: Int) throws(FileReadError) -> [UInt8] {
        let path = VisibleText.escapeInvisible(rawPath)
        // Opened without blocking, so that the type is known before anything waits.
        var descriptor: Int32 = rawPath == "-" ? STDIN_FILENO : withRawPath(rawPath) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { throw FileReadError(path: path, reason: "cannot open: \(String(cString: strerror(errno)))") }
        defer { if rawPath != "-" { close(descriptor) } }
        var status = stat()
        if rawPath != "-", fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFIFO {
            // A FIFO opened without blocking reads as empty until a writer comes, and an empty
            // input would be reported as a deletion of everything. Like diff(1), wait for the
            // writer: a blocking open returns once one has opened the FIFO (at once for the pipe
            // of a process substitution `<(…)`, whose writer is already there).
            close(descriptor)
            repeat {
                descriptor = withRawPath(rawPath) { open($0, O_RDONLY | O_CLOEXEC) }
            } while descriptor < 0 && errno == EINTR
            guard descriptor >= 0 else { throw FileReadError(path: path, reason: "cannot open: \(String(cString: strerror(errno)))") }
        }
        if fstat(descriptor, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw FileReadError(path: path, reason: "is a directory") }
            if type == S_IFREG && Int(status.st_size) > limit {
                throw FileReadError(path: path, reason: "\(status.st_size) bytes is over the input limit of \(limit) bytes (--max-input-bytes)")
            }
            if rawPath != "-" { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        }
        var bytes: [UInt8] = []
        if status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 {
            // A regular file is read straight into an array of its size: no chunk copies, and
            // half the memory touched (page faults were a third of a 1 MB diff's system time).
            let size = Int(status.st_size)
            var failure: Int32 = 0
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = 0
                while count < size {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 { failure = errno; break }
                    if got == 0 { break }
                    count += got
                }
            }
            if failure != 0 { throw FileReadError(path: path, reason: "read error at byte \(bytes.count): \(String(cString: strerror(failure)))") }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: "read error at byte \(bytes.count): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw FileReadError(path: path, reason: "over the input limit of \(limit) bytes (--max-input-bytes)") }
        }
        return bytes
    }

    /// A walked path: a regular file to read, or why a path was passed over.
    public enum Entry: Sendable { case file(String), failure(String, String) }

    /// True when `path` names a folder (through symbolic links).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return path != "-" && withRawPath(path) { stat($0, &status) } == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// `device:inode` of a path, to recognize the same file under another name.
    public static func identity(_ path: String) -> String? {
        var status = stat()
        return withRawPath(path) { stat($0, &status) } == 0 ? "\(status.st_dev):\(status.st_ino)" : nil
    }

    /// Regular files under `roots` (folders recursively, names sorted), leaving out files whose
    /// identity is in `excluding`; everything else becomes a failure entry, never a hang or crash.
    public static func files(under roots: [String], excluding: Set<String> = []) -> [Entry] {
        sizedFiles(under: roots, excluding: excluding).map(\.entry)
    }

    /// `files(under:excluding:)` with each regular file's size when walked (0 for a failure).
    package static func sizedFiles(under roots: [String], excluding: Set<String> = []) -> [(entry: Entry, size: Int)] {
        var entries: [(entry: Entry, size: Int)] = []
        var visited = Set<String>()
        func walk(_ path: String, isRoot: Bool = false) {
            var status = stat()
            guard withRawPath(path, { stat($0, &status) }) == 0 else {
                entries.append(failure(path, "cannot read: \(String(cString: strerror(errno)))"))
                return
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFREG {
                if !excluding.contains("\(status.st_dev):\(status.st_ino)") { entries.append((.file(path), Int(status.st_size))) }
                return
            }
            guard type == S_IFDIR else {
                entries.append(failure(path, "not a regular file or folder"))
                return
            }
            guard visited.insert("\(status.st_dev):\(status.st_ino)").inserted else {
                // A folder given twice (or inside another given folder) was read already; met again
                // through a link inside the tree, it is a loop worth reporting.
                if !isRoot { entries.append(failure(path, "folder already visited (symlink loop)")) }
                return
            }
            guard let directory = withRawPath(path, { opendir($0) }) else {
                entries.append(failure(path, "cannot open folder: \(String(cString: strerror(errno)))"))
                return
            }
            var names: [String] = []
            while let entry = readdir(directory) {
                // d_name is read in place: glibc allocates each entry only as long as its name, so
                // copying the declared 256-byte array (entry.pointee.d_name) read past the buffer
                // (AddressSanitizer found it).
                let field = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
                let length = strlen(field.assumingMemoryBound(to: CChar.self))
                let name = FileSystem.path(fromRaw: Array(UnsafeRawBufferPointer(start: field, count: length)))
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names.sorted() { walk(path.hasSuffix("/") ? path + name : path + "/" + name) }
        }
        for root in roots { walk(root, isRoot: true) }
        return entries
    }

    private static func failure(_ path: String, _ reason: String) -> (entry: Entry, size: Int) { (.failure(path, reason), 0) }
}
