// API/ holds the library's front doors, the only types a user needs to start from:
//   Differ.diff          two prompts -> DiffReport          (this file; composes Diff/, Classify/, Report/)
//   Inspector.inspect    one prompt  -> InspectReport       (checks in Inspect/)
//   ArchiveScanner       captures + baselines -> ScanRecord (pieces in Scan/, reading in Input/)
//   CharacterExplanation one code point -> what it is      (Unicode/)
// Reports render themselves (json, table, SARIFLog in Report/). API/ may call every folder below
// it; only Fuzzing/ and the CLI sit above it.

/// The front door for two prompts: diff them and classify every difference.
public enum Differ {
    /// Diffs `candidate` against `baseline` and classifies each difference.
    ///
    /// Complexity: O(N) for the common prefix and suffix, O((N + M) · D) for the middle with D
    /// capped by `options.limits`; classification work is local to the hunks.
    public static func diff(baseline: PromptText, candidate: PromptText, options: DiffOptions = DiffOptions()) -> DiffReport {
        let old = baseline.analysisBytes, new = candidate.analysisBytes
        let byteDiff = ByteDiff(baseline: old, candidate: new, limits: options.limits)
        var raw: [RawFinding] = []
        var stoppedAt: Int? = nil
        if !byteDiff.hunks.isEmpty {
            raw = DateRecognizer.withPooled { recognizer in
                let hunks = HunkWidener(baseline: old, candidate: new).widen(byteDiff.hunks) { recognizer }
                let classifier = Classifier(baseline: old, candidate: new)
                var findings: [RawFinding] = []
                for hunk in hunks {
                    if findings.count >= options.maxFindings {
                        stoppedAt = hunk.candidate.lowerBound
                        break
                    }
                    findings += classifier.classify(hunk, budget: options.maxFindings - findings.count, stoppedAt: &stoppedAt)
                    if stoppedAt != nil { break }
                }
                return findings
            }
            raw = EditWidening.apply(raw, baseline: old, candidate: new)
            raw = UniformSubstitution.group(raw, baseline: old, candidate: new)
        }
        var notes: [String] = []
        if let stoppedAt {
            notes.append("Stopped after \(raw.count) findings (limit \(options.maxFindings)): differences from candidate byte "
                + "\(candidate.originalOffset(stoppedAt)) on were not classified. The input looks like binary data or is "
                + "unrelated to the baseline.")
        }
        if byteDiff.alignment == .coarse {
            notes.append("The inputs differ too much for a minimal alignment within the cost limits; a coarser alignment "
                + "(unique-line anchors, then windows) was used. Hunks may be larger than necessary.")
        }
        if baseline.encoding != candidate.encoding {
            notes.append("Encodings differ: baseline \(baseline.encoding.rawValue), candidate \(candidate.encoding.rawValue).")
        }
        return DiffReport(
            baseline: InputDescription(baseline), candidate: InputDescription(candidate),
            findings: raw.map { FindingBuilder(baseline: baseline, candidate: candidate).finding(from: $0) },
            alignment: byteDiff.alignment, notes: notes, versions: .current)
    }

    /// Convenience: diffs two strings (UTF-8).
    public static func diff(baseline: String, candidate: String, options: DiffOptions = DiffOptions()) -> DiffReport {
        diff(baseline: PromptText(baseline, source: "baseline"), candidate: PromptText(candidate, source: "candidate"), options: options)
    }

}
