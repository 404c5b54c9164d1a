import Foundation
import Testing
import StegDiff

/// Issue 13: what a newcomer meets first, through the executable: no credentials in any output,
/// exit statuses to gate on, diff(1) manners on pipes and FIFOs, self-describing JSON, small things.
@Suite("Newcomer: credentials, gates, pipes, identification")
struct NewcomerTests {
    let commandLine = CommandLineTests()
    let corpus = projectRoot + "/Corpus/baselines"
    let baseline = projectRoot + "/Corpus/baselines/terminal-agent.md"
    let headline = projectRoot + "/Corpus/variants/ta-headline-02bc-slash.md"

    /// Every secret value the HAR below carries; none may appear in any output.
    static let secrets = [
        "sk-ant-api03-AUTHORIZATIONSECRET", "PROXYAUTHSECRET", "COOKIESESSIONSECRET", "SETCOOKIESECRET",
        "sk-XAPIKEYSECRET", "APIKEYHEADERSECRET", "XAUTHTOKENSECRET", "CLIENTSECRETVALUE", "XSESSIONIDSECRET",
        "XPASSWORDSECRET", "QUERYAPIKEYSECRET", "QUERYACCESSTOKENSECRET", "QUERYSESSIONSECRET", "USERINFOPASSWORD",
        "CUSTOMBEARERSECRET", "WRAPPERTOKENSECRET",
    ]

    /// A HAR from a browser or a proxy: every credential header and query parameter, twice (the
    /// same token on both entries, so a hashed label still keys the captures together).
    func credentialArchive(in folder: URL) throws {
        let marked = try String(contentsOfFile: projectRoot + "/Corpus/variants/rb-headline-02bc-slash.md", encoding: .utf8)
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["model": "m", "system": marked]), as: UTF8.self)
        let headers: [[String: String]] = [
            ["name": "Authorization", "value": "Bearer sk-ant-api03-AUTHORIZATIONSECRET"],
            ["name": "Proxy-Authorization", "value": "Basic PROXYAUTHSECRET"],
            ["name": "Cookie", "value": "session=COOKIESESSIONSECRET; theme=dark"],
            ["name": "Set-Cookie", "value": "sid=SETCOOKIESECRET; HttpOnly"],
            ["name": "X-Api-Key", "value": "sk-XAPIKEYSECRET"],
            ["name": "api-key", "value": "APIKEYHEADERSECRET"],
            ["name": "X-Auth-Token", "value": "XAUTHTOKENSECRET"],
            ["name": "X-Client-Secret", "value": "CLIENTSECRETVALUE"],
            ["name": "X-Session-Id", "value": "XSESSIONIDSECRET"],
            ["name": "X-Password", "value": "XPASSWORDSECRET"],
            ["name": "X-Forwarded-Custom", "value": "Bearer CUSTOMBEARERSECRET"],
            ["name": "X-Tz", "value": "Asia/Shanghai"],
        ]
        let url = "https://alice:USERINFOPASSWORD@proxy.example/v1/messages?api_key=QUERYAPIKEYSECRET&access_token=QUERYACCESSTOKENSECRET&SessionId=QUERYSESSIONSECRET&region=eu"
        let entry: [String: Any] = ["startedDateTime": "2026-07-04T10:00:00.000+08:00",
                                    "request": ["method": "POST", "url": url, "headers": headers,
                                                "postData": ["mimeType": "application/json", "text": body]]]
        let har = try JSONSerialization.data(withJSONObject: ["log": ["version": "1.2", "entries": [entry, entry]]])
        try har.write(to: folder.appendingPathComponent("browser.har"))
        // A JSONL wrapper whose labels name a token too.
        let wrapper = try JSONSerialization.data(withJSONObject: ["id": "w1", "labels": ["proxy-token": "WRAPPERTOKENSECRET", "tz": "UTC"],
                                                                  "prompt": marked])
        try (wrapper + Data("\n".utf8)).write(to: folder.appendingPathComponent("wrapped.jsonl"))
    }

    @Test("credential headers, query parameters and URL passwords appear in no output format, only as salted hashes")
    func noCredentialsInOutput() throws {
        let folder = try temporaryFolder("credentials")
        defer { try? FileManager.default.removeItem(at: folder) }
        try credentialArchive(in: folder)
        for format in ["jsonl", "json", "table", "sarif"] {
            for salt in [[], ["--label-salt", "fixed"]] {
                let run = try commandLine.run(["scan", folder.path, "--corpus", corpus, "--format", format] + salt)
                #expect(run.status == 1, "\(format): \(run.error)")
                for secret in NewcomerTests.secrets {
                    #expect(!run.output.contains(secret) && !run.error.contains(secret), "\(format) shows \(secret)")
                }
                #expect(!run.output.contains("alice"), "\(format) shows the URL's user")
            }
        }
        // The labels themselves: names kept, values hashed with the given salt, equal tokens equal.
        let run = try commandLine.run(["scan", folder.path, "--corpus", corpus, "--label-salt", "fixed"])
        let records = run.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let captures = records.filter { $0["type"] as? String == "capture" }
        #expect(captures.count == 3)
        let labels = try #require(captures.first?["labels"] as? [String: String])
        func hashed(_ value: String) -> String { "sha256:" + SHA256.hexDigest(of: Array("fixed".utf8) + Array(value.utf8)).prefix(12) }
        #expect(labels["header:authorization"] == hashed("Bearer sk-ant-api03-AUTHORIZATIONSECRET"))
        #expect(labels["header:cookie"] == hashed("session=COOKIESESSIONSECRET; theme=dark"))
        #expect(labels["query:api_key"] == hashed("QUERYAPIKEYSECRET"))
        #expect(labels["query:sessionid"] == hashed("QUERYSESSIONSECRET"))
        #expect(labels["header:x-forwarded-custom"] == hashed("Bearer CUSTOMBEARERSECRET"))
        #expect(labels["query:region"] == "eu" && labels["header:x-tz"] == "Asia/Shanghai" && labels["host"] == "proxy.example")
        for name in ["header:proxy-authorization", "header:set-cookie", "header:x-api-key", "header:api-key", "header:x-auth-token",
                     "header:x-client-secret", "header:x-session-id", "header:x-password", "query:access_token"] {
            #expect(labels[name]?.wholeMatch(of: /sha256:[0-9a-f]{12}/) != nil, "\(name): \(labels[name] ?? "missing")")
        }
        #expect(captures[1]["labels"] as? [String: String] == labels, "the same token hashes alike within a run")
        #expect((captures[2]["labels"] as? [String: String])?["proxy-token"] == hashed("WRAPPERTOKENSECRET"))
        // Without --label-salt the salt is random: two runs hash the same token differently.
        let first = try commandLine.run(["scan", folder.path, "--corpus", corpus]), second = try commandLine.run(["scan", folder.path, "--corpus", corpus])
        func authorization(_ output: String) -> String? {
            output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
                .compactMap { ($0["labels"] as? [String: String])?["header:authorization"] }.first
        }
        #expect(authorization(first.output) != nil && authorization(first.output) != authorization(second.output))
    }

    @Test("--fail-on for diff and scan: benign date drift at info fails only a gate at info (the default)")
    func failOn() throws {
        let drift = projectRoot + "/Corpus/variants/ta-date-drift-only.md"
        for (arguments, status) in [([String](), 1), (["--fail-on", "info"], 1), (["--fail-on", "low"], 0), (["--fail-on", "high"], 0)] {
            #expect(try commandLine.run(["diff", baseline, drift] + arguments).status == Int32(status), "diff \(arguments)")
        }
        #expect(try commandLine.run(["diff", baseline, headline, "--fail-on", "high"]).status == 1)
        #expect(try commandLine.run(["diff", baseline, baseline, "--fail-on", "info"]).status == 0)
        let bad = try commandLine.run(["diff", baseline, drift, "--fail-on", "severe"])
        #expect(bad.status == 2 && bad.error.contains("--fail-on takes info, low, medium or high"), "\(bad.error)")

        let folder = try temporaryFolder("fail-on")
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: drift, toPath: archive.appendingPathComponent("drift.md").path)
        for (arguments, status) in [([String](), 1), (["--fail-on", "info"], 1), (["--fail-on", "medium"], 0)] {
            #expect(try commandLine.run(["scan", archive.path, "--corpus", corpus] + arguments).status == Int32(status), "scan \(arguments)")
        }
        try FileManager.default.copyItem(atPath: headline, toPath: archive.appendingPathComponent("marked.md").path)
        #expect(try commandLine.run(["scan", archive.path, "--corpus", corpus, "--fail-on", "high"]).status == 1)
        // A resumed run counts the records of the first run too: the marker found then still fails the gate.
        let output = folder.appendingPathComponent("out.jsonl").path
        _ = try commandLine.run(["scan", archive.path, "--corpus", corpus, "--output", output])
        let resumed = try commandLine.run(["scan", archive.path, "--corpus", corpus, "--output", output, "--resume", "--fail-on", "high"])
        #expect(resumed.status == 1, "\(resumed.error)")
        try FileManager.default.removeItem(atPath: archive.appendingPathComponent("marked.md").path)
        #expect(try commandLine.run(["scan", archive.path, "--corpus", corpus, "--fail-on", "low"]).status == 0)
    }
}
