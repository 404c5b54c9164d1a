import Foundation
import Testing

/// Scripts/setup.sh decides how to install Python's jsonschema: apt for Debian's own python3
/// (which refuses pip, PEP 668), pip for any other. Run here against stub commands that log what
/// they are asked, so the decision is checked without installing anything.
@Suite("Scripts/setup.sh")
struct SetupScriptTests {
    /// Runs setup.sh with `arguments` and stubs for python3 (prefix `prefix`, base prefix
    /// `basePrefix`), apt-get, dpkg and swift first on PATH; returns the stubs' log.
    func runSetup(_ arguments: [String], prefix: String, basePrefix: String) throws -> (status: Int32, log: String) {
        let folder = try temporaryFolder("setup-\(prefix.split(separator: "/").last ?? "root")-\(arguments.count)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log").path, installed = folder.appendingPathComponent("installed").path
        func stub(_ name: String, _ body: String) throws {
            let path = folder.appendingPathComponent(name).path
            try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(chmod(path, 0o755) == 0)
        }
        // python3: `import jsonschema` works once something installed it; `-m pip` is logged.
        try stub("python3", """
            case "$*" in
              *"import jsonschema"*) [ -e \(installed) ] ;;
              *"sys.prefix"*) python=/usr/bin/python3; [ -x "$python" ] || python=python3
                 exec "$python" -c "import sys; sys.prefix, sys.base_prefix = '\(prefix)', '\(basePrefix)'; $2" ;;
              "-m pip install"*) echo "pip $*" >> \(log); touch \(installed) ;;
              *) exit 3 ;;
            esac
            """)
        try stub("apt-get", "echo \"apt-get $*\" >> \(log)\ncase \"$*\" in *python3-jsonschema*) touch \(installed) ;; esac\n")
        try stub("dpkg", "exit 0\n")
        try stub("swift", "exit 0\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [projectRoot + "/Scripts/setup.sh"] + arguments
        process.environment = ["PATH": folder.path + ":/usr/bin:/bin", "HOME": folder.path, "STEGDIFF_SETUP_NO_DASK": "1", "STEGDIFF_SETUP_NO_SDKS": "1"]
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    @Test("Debian's python3 gets python3-jsonschema from apt; another Python gets pip; a venv of Debian's gets pip")
    func jsonschemaInstall() throws {
        let debian = try runSetup(["--tests"], prefix: "/usr", basePrefix: "/usr")
        #expect(debian.status == 0)
        #expect(debian.log.contains("apt-get install -y -qq python3-jsonschema") && !debian.log.contains("pip"), "\(debian.log)")
        let pyenv = try runSetup(["--tests"], prefix: "/root/.pyenv/versions/3.11.7", basePrefix: "/root/.pyenv/versions/3.11.7")
        #expect(pyenv.status == 0)
        #expect(pyenv.log == "pip -m pip install -q jsonschema\n", "\(pyenv.log)")
        let venv = try runSetup(["--tests"], prefix: "/tmp/venv", basePrefix: "/usr")
        #expect(venv.status == 0 && venv.log == "pip -m pip install -q jsonschema\n", "\(venv.log)")
    }

    @Test("without --tests (the demo's set-up) Python is not touched")
    func demoNeedsNoPython() throws {
        let demo = try runSetup([], prefix: "/usr", basePrefix: "/usr")
        #expect(demo.status == 0 && demo.log.isEmpty, "\(demo.log)")
        let script = try String(contentsOfFile: projectRoot + "/Scripts/demo.sh", encoding: .utf8)
        #expect(script.contains("bash Scripts/setup.sh ||") && !script.contains("--tests") && !script.contains("python"))
    }
}
