#if canImport(Glibc)
import Glibc
#endif

// Which perturbation is keyed on which part of the user's environment. A capture's covert
// findings become marker sites (a place in one baseline and what the capture has there); the
// captures of each baseline are counted by labels and sites (sufficient statistics that add up
// across shards), and every site variant is explained by the label and value set that predict it
// best, with a Fisher exact test corrected for everything tried.

/// One marker site of one capture: where a covert finding sits in the baseline and what the
/// capture has there (the candidate code points, or for dates the candidate pattern).
public struct MarkerSite: Sendable, Hashable {
    /// The finding kind (`homoglyph`).
    public var kind: String
    /// Its subkind, if any (`zero-width`, `time-zone`).
    public var subkind: String?
    /// Start of the site in the baseline (0-based UTF-8 byte offset).
    public var baselineStart: Int
    /// End of the site in the baseline (exclusive).
    public var baselineEnd: Int
    /// What the capture has there: `U+02BC`, a date pattern (`y/MM/dd`), or `removed`.
    public var variant: String

    /// Creates a site.
    public init(kind: String, subkind: String?, baselineStart: Int, baselineEnd: Int, variant: String) {
        (self.kind, self.subkind, self.baselineStart, self.baselineEnd, self.variant) = (kind, subkind, baselineStart, baselineEnd, variant)
    }

    /// `kind` or `kind/subkind`.
    public var kindName: String { subkind.map { "\(kind)/\($0)" } ?? kind }
    /// The place without the variant: `homoglyph @370-371`.
    public var place: String { "\(kindName) @\(baselineStart)-\(baselineEnd)" }
    /// The signature part of a capture record: `homoglyph @370-371 -> U+02BC`.
    public var part: String { "\(place) -> \(variant)" }

    /// Reads a signature part back (`kind[/subkind] @start-end -> variant`); nil when malformed.
    public init?(part: String) {
        let pieces = part.split(separator: " -> ", maxSplits: 1, omittingEmptySubsequences: false)
        let head = pieces[0]
        guard pieces.count == 2, let at = head.lastIndex(of: "@"), at > head.startIndex, head[head.index(before: at)] == " " else { return nil }
        let kindName = head[..<head.index(before: at)], range = head[head.index(after: at)...].split(separator: "-")
        guard range.count == 2, let start = Int(range[0]), let end = Int(range[1]) else { return nil }
        let kindParts = kindName.split(separator: "/", maxSplits: 1)
        guard let kind = kindParts.first else { return nil }
        self.init(kind: String(kind), subkind: kindParts.count > 1 ? String(kindParts[1]) : nil,
                  baselineStart: start, baselineEnd: end, variant: String(pieces[1]))
    }

    /// The kinds that make sites by default: the covert ones. `edit`, `date-value` (day drift),
    /// `line-ending` and `invalid-encoding` never do unless asked.
    public static let defaultKinds: Set<FindingKind> = [.invisible, .homoglyph, .whitespace, .normalization, .compatibility, .dateFormat]

    /// The sites of one capture's findings, in baseline order. Whitespace and line-ending findings
    /// that touch an edit (directly or through other such findings) belong to that edit: a newline
    /// or indentation inside inserted text is part of the insertion, not a marker, whether or not
    /// the diff reports it separately.
    public static func sites(of findings: [Finding], kinds: Set<FindingKind> = defaultKinds) -> [MarkerSite] {
        let ordered = findings.sorted {
            ($0.baseline.range.start, $0.candidate.range.start) < ($1.baseline.range.start, $1.candidate.range.start)
        }
        // Runs of findings that touch in both baseline and candidate: one change as the diff saw it.
        var partOfEdit = [Bool](repeating: false, count: ordered.count)
        var runStart = 0
        func closeRun(_ end: Int) {
            guard ordered[runStart..<end].contains(where: { $0.kind == .edit }) else { return }
            for index in runStart..<end where ordered[index].kind == .whitespace || ordered[index].kind == .lineEnding {
                partOfEdit[index] = true
            }
        }
        for index in ordered.indices.dropFirst() {
            let previous = ordered[index - 1], current = ordered[index]
            let touches = current.baseline.range.start <= previous.baseline.range.end
                && current.candidate.range.start <= previous.candidate.range.end
            if !touches {
                closeRun(index)
                runStart = index
            }
        }
        if !ordered.isEmpty { closeRun(ordered.count) }
        var result: [MarkerSite] = []
        for (index, finding) in ordered.enumerated() where kinds.contains(finding.kind) && !partOfEdit[index] {
            let points = finding.candidate.codePoints.prefix(16).map { "U+" + hex4($0) }.joined(separator: " ")
            result.append(MarkerSite(kind: finding.kind.rawValue, subkind: finding.subkind,
                                     baselineStart: finding.baseline.range.start, baselineEnd: finding.baseline.range.end,
                                     variant: finding.date?.candidatePattern ?? (points.isEmpty ? "removed" : points)))
        }
        return result
    }
}

/// One keying rule: a site variant and the label values that predict it.
public struct KeyingRule: Sendable, Hashable {
    /// One place the variant stands (a mechanism planted in several baselines has several).
    public struct Site: Sendable, Hashable {
        /// The baseline id.
        public var baseline: String
        /// Start of the site in the baseline (UTF-8 byte offset).
        public var baselineStart: Int
        /// End of the site in the baseline (exclusive).
        public var baselineEnd: Int
    }

    /// The finding kind.
    public var kind: String
    /// Its subkind, if any.
    public var subkind: String?
    /// What the captures that carry the marker have at the site.
    public var variant: String
    /// Where, baseline by baseline and in baseline order; the first is the rule's `baseline`.
    public var sites: [Site]
    /// The label (`tz`); or two joined by ` & ` when only the pair of values explains the variant;
    /// or two joined by ` | ` when they never stand on the same capture and together explain it
    /// (`header:x-tz | tz`: one fact under two names, values read from whichever is there).
    public var label: String
    /// The label values that predict the variant, sorted (pairs joined by ` & `).
    public var values: [String]
    /// Captures of the sites' baselines that have the label (all the counts of a rule are over
    /// these: of a capture without the label the rule says nothing).
    public var captures: Int
    /// Captures that carry the variant.
    public var support: Int
    /// Captures whose label value is in `values`.
    public var predicted: Int
    /// Captures that carry the variant and have a value in `values`.
    public var hits: Int
    /// Base-10 logarithm of the corrected p-value (so very small figures do not underflow).
    public var log10PValue: Double

    /// Share of the captures named by `values` that carry the variant.
    public var precision: Double { predicted == 0 ? 0 : Double(hits) / Double(predicted) }
    /// Share of the captures that carry the variant named by `values`.
    public var recall: Double { support == 0 ? 0 : Double(hits) / Double(support) }
    /// The corrected p-value (one-sided Fisher exact test, Bonferroni over every site variant ×
    /// label and label pair tried), two significant digits, floored at 1e-300.
    public var pValue: Double { KeyingStatistics.roundedPower(log10PValue, digits: 2) }
}

/// A site whose variants are keyed: what it can carry.
public struct KeyedSite: Sendable, Hashable {
    /// The baseline id.
    public var baseline: String
    /// The site (its variant field unused: see `variants`).
    public var site: MarkerSite
    /// The variants seen there, sorted, with `unchanged` when some capture left the site alone.
    public var variants: [String]
    /// log2 of the number of variants: the bits the site can carry.
    public var bits: Double { log2(Double(variants.count)) }
}

/// Everything the rules are computed from: for each baseline, captures counted by their labels
/// and sites. Counts add up, so summaries of shards merge into exactly the summary of the union.
public struct KeyingStatistics: Sendable {
    /// Captures of one baseline with the same labels and the same sites.
    public struct Profile: Sendable, Hashable {
        /// The baseline id.
        public var baseline: String
        /// The capture's labels.
        public var labels: [String: String]
        /// Its sites as signature parts (`MarkerSite.part`), in baseline order.
        public var sites: [String]
    }

    /// How many captures have each profile.
    public private(set) var counts: [Profile: Int] = [:]

    /// Empty statistics.
    public init() {}

    /// Counts one capture diffed against `baseline`.
    public mutating func add(baseline: String, labels: [String: String], sites: [String], count: Int = 1) {
        counts[Profile(baseline: baseline, labels: labels, sites: sites), default: 0] += count
    }

    /// Adds another run's statistics (a shard of the same archive).
    public mutating func merge(_ other: KeyingStatistics) {
        for (profile, count) in other.counts { counts[profile, default: 0] += count }
    }

    /// The profiles in a fixed order (baseline, labels, sites), whatever order captures came in.
    public var sortedProfiles: [(profile: Profile, count: Int)] {
        counts.map { (profile: $0.key, count: $0.value, key: KeyingStatistics.sortKey($0.key)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.profile, $0.count) }
    }

    private static func sortKey(_ profile: Profile) -> [UInt8] {
        var key = Array(profile.baseline.utf8) + [0]
        for (name, value) in profile.labels.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
            key += Array(name.utf8) + [1] + Array(value.utf8) + [2]
        }
        key.append(0)
        for site in profile.sites { key += Array(site.utf8) + [3] }
        return key
    }

    /// The profiles as JSON (the sufficient statistics of `scan --summary-out`).
    public var json: JSONValue {
        .array(sortedProfiles.map { entry in
            .object([
                ("baseline", .string(entry.profile.baseline)),
                ("labels", .object(entry.profile.labels.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
                    .map { ($0.key, .string($0.value)) })),
                ("sites", .array(entry.profile.sites.map(JSONValue.string))),
                ("count", .int(entry.count)),
            ])
        })
    }

    // MARK: Rules

    /// Labels that never form rules: `id`; `run` (`stegdiff probe`'s run index: unique per run
    /// however few runs there are); `header:content-length`, which the body itself decides
    /// (a marker that adds a byte changes it: an effect, never a key); and identifier-like labels
    /// (a different value on more than half the captures that have them: request ids, capture
    /// ids, timestamps), which "predict" any variant and say nothing.
    public var identifierLabels: Set<String> {
        var values: [String: [String: Int]] = [:]
        for (profile, count) in counts {
            for (name, value) in profile.labels { values[name, default: [:]][value, default: 0] += count }
        }
        var result: Set<String> = ["id", "run", "header:content-length"]
        for (name, counts) in values {
            let total = counts.values.reduce(0, +)
            if total >= 8 && counts.count * 2 > total { result.insert(name) }
        }
        return result
    }

    /// The keying rules (most significant first) and the keyed sites, with at most `significance`
    /// as corrected p-value. Pairs of labels are tried for a variant no single label explains with
    /// precision and recall of at least `explained` over at least that share of the captures (two
    /// labels never on the same capture are tried as one, read from whichever is there).
    public func analysis(significance: Double = 0.01, explained: Double = 0.95) -> (rules: [KeyingRule], keyedSites: [KeyedSite]) {
        let excluded = identifierLabels
        var byBaseline: [String: [(profile: Profile, count: Int)]] = [:]
        for entry in sortedProfiles { byBaseline[entry.profile.baseline, default: []].append(entry) }
        var tests = 0
        var candidates: [Candidate] = []
        for baseline in byBaseline.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let profiles = byBaseline[baseline]!
            let total = profiles.reduce(0) { $0 + $1.count }
            // Labels that vary among this baseline's captures.
            var labelValues: [String: Set<String>] = [:]
            var labelled: [String: Int] = [:]
            for (profile, count) in profiles {
                for (name, value) in profile.labels where !excluded.contains(name) {
                    labelValues[name, default: []].insert(value)
                    labelled[name, default: 0] += count
                }
            }
            let labels = labelValues.keys.filter { labelValues[$0]!.count > 1 || labelled[$0]! < total }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            // Every variant at every site of this baseline.
            var parts = Set<String>()
            for (profile, _) in profiles { parts.formUnion(profile.sites) }
            for part in parts.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                let carries = profiles.map { $0.profile.sites.contains(part) }
                let support = zip(profiles, carries).reduce(0) { $0 + ($1.1 ? $1.0.count : 0) }
                guard support < total else { continue }  // on every capture: not keyed on anything
                var best: Candidate? = nil
                func consider(_ label: String, _ value: @escaping (Profile) -> String?) {
                    tests += 1
                    guard let candidate = Candidate.best(label: label, part: part, baseline: baseline, profiles: profiles,
                                                         carries: carries, support: support, total: total, value: value) else { return }
                    if best == nil || candidate.isBetter(than: best!) { best = candidate }
                }
                for label in labels { consider(label) { $0.labels[label] } }
                // Pairs when no label explains the variant, or explains it only on a part of the
                // captures (a wrapper's `tz`: the HAR entries may name it `header:x-tz`).
                if best.map({ $0.precision < explained || $0.recall < explained || Double($0.labelled) < explained * Double(total) }) ?? true {
                    let pairable = labels.filter { labelValues[$0]!.count <= 32 }
                    for (index, first) in pairable.enumerated() {
                        for second in pairable[(index + 1)...] {
                            if profiles.contains(where: { $0.profile.labels[first] != nil && $0.profile.labels[second] != nil }) {
                                consider("\(first) & \(second)") { profile in
                                    guard let one = profile.labels[first], let two = profile.labels[second] else { return nil }
                                    return "\(one) & \(two)"
                                }
                            } else {
                                // Never on the same capture: one fact under two names (a wrapper's
                                // `tz`, a HAR entry's `header:x-tz`), read as whichever is there.
                                consider("\(first) | \(second)") { $0.labels[first] ?? $0.labels[second] }
                            }
                        }
                    }
                }
                if let best { candidates.append(best) }
            }
        }
        let correction = log10(Double(max(tests, 1)))
        let threshold = log10(significance)
        // One rule per mechanism: the same variant explained by the same label with agreeing
        // values at several sites (one marker planted in several baselines) is one rule.
        var groups: [[Candidate]] = []
        for candidate in candidates.filter({ $0.log10P + correction <= threshold }).sorted(by: { $0.isBetter(than: $1) }) {
            if let index = groups.firstIndex(where: { $0[0].canJoin(candidate) && $0.allSatisfy { $0.agrees(with: candidate) } }) {
                groups[index].append(candidate)
            } else {
                groups.append([candidate])
            }
        }
        var rules: [KeyingRule] = []
        for group in groups {
            let values = group.reduce(into: Set<String>()) { $0.formUnion($1.values) }
            var (captures, support, predicted, hits) = (0, 0, 0, 0)
            for baseline in Set(group.map(\.baseline)) {
                let parts = Set(group.filter { $0.baseline == baseline }.map(\.part))
                let value = group.first { $0.baseline == baseline }!.value
                for (profile, count) in byBaseline[baseline]! {
                    guard let labelValue = value(profile) else { continue }
                    let carries = profile.sites.contains { parts.contains($0) }
                    let named = values.contains(labelValue)
                    captures += count
                    if carries { support += count }
                    if named { predicted += count }
                    if carries && named { hits += count }
                }
            }
            let site = MarkerSite(part: group[0].part)!
            let sites = group.map { candidate -> KeyingRule.Site in
                let place = MarkerSite(part: candidate.part)!
                return KeyingRule.Site(baseline: candidate.baseline, baselineStart: place.baselineStart, baselineEnd: place.baselineEnd)
            }.sorted { ($0.baseline, $0.baselineStart, $0.baselineEnd) < ($1.baseline, $1.baselineStart, $1.baselineEnd) }
            let log10P = min(0, KeyingStatistics.log10FisherUpperTail(hits: hits, support: support, predicted: predicted, total: captures) + correction)
            rules.append(KeyingRule(kind: site.kind, subkind: site.subkind, variant: site.variant, sites: sites, label: group[0].label,
                                    values: values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) },
                                    captures: captures, support: support, predicted: predicted, hits: hits, log10PValue: log10P))
        }
        rules.sort {
            ($0.log10PValue, -$0.support, $0.sites[0].baseline, $0.sites[0].baselineStart, $0.kind, $0.variant)
                < ($1.log10PValue, -$1.support, $1.sites[0].baseline, $1.sites[0].baselineStart, $1.kind, $1.variant)
        }
        // Keyed sites: every place a rule names, with all the variants seen there.
        var keyed: [KeyedSite] = []
        var placesDone = Set<String>()
        for rule in rules {
            for site in rule.sites {
                let place = MarkerSite(kind: rule.kind, subkind: rule.subkind, baselineStart: site.baselineStart, baselineEnd: site.baselineEnd, variant: "").place
                guard placesDone.insert(site.baseline + "\u{0}" + place).inserted else { continue }
                var variants = Set<String>()
                var unchanged = false
                for (profile, _) in byBaseline[site.baseline]! {
                    let here = profile.sites.compactMap { MarkerSite(part: $0) }.filter { $0.place == place }
                    if here.isEmpty { unchanged = true }
                    variants.formUnion(here.map(\.variant))
                }
                if unchanged { variants.insert("unchanged") }
                keyed.append(KeyedSite(baseline: site.baseline,
                                       site: MarkerSite(kind: rule.kind, subkind: rule.subkind, baselineStart: site.baselineStart, baselineEnd: site.baselineEnd, variant: ""),
                                       variants: variants.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }))
            }
        }
        keyed.sort { ($0.baseline, $0.site.baselineStart, $0.site.baselineEnd, $0.site.kindName) < ($1.baseline, $1.site.baselineStart, $1.site.baselineEnd, $1.site.kindName) }
        return (rules, keyed)
    }

    /// The best value set of one label for one site variant, before correction.
    private struct Candidate {
        var baseline: String
        var part: String
        var label: String
        var value: (Profile) -> String?
        var values: Set<String>
        var observed: Set<String>
        var support: Int, predicted: Int, hits: Int
        /// Captures that have the label: what the counts are over.
        var labelled: Int
        var log10P: Double

        var precision: Double { predicted == 0 ? 0 : Double(hits) / Double(predicted) }
        var recall: Double { support == 0 ? 0 : Double(hits) / Double(support) }

        /// Values on which most captures carry the variant: the set that classifies the most
        /// captures right. Nil when it names no carrier or names every capture.
        static func best(label: String, part: String, baseline: String, profiles: [(profile: Profile, count: Int)], carries: [Bool],
                         support: Int, total: Int, value: @escaping (Profile) -> String?) -> Candidate? {
            // Only captures that have the label count: of the others the label says nothing.
            var withValue: [String: (all: Int, carrying: Int)] = [:]
            var (labelled, labelledSupport) = (0, 0)
            for (index, entry) in profiles.enumerated() {
                guard let key = value(entry.profile) else { continue }
                withValue[key, default: (0, 0)].all += entry.count
                labelled += entry.count
                if carries[index] {
                    withValue[key, default: (0, 0)].carrying += entry.count
                    labelledSupport += entry.count
                }
            }
            let chosen = withValue.filter { $0.value.carrying * 2 > $0.value.all }
            let predicted = chosen.values.reduce(0) { $0 + $1.all }, hits = chosen.values.reduce(0) { $0 + $1.carrying }
            guard hits > 0, predicted < labelled else { return nil }
            return Candidate(baseline: baseline, part: part, label: label, value: value, values: Set(chosen.keys), observed: Set(withValue.keys),
                             support: labelledSupport, predicted: predicted, hits: hits, labelled: labelled,
                             log10P: KeyingStatistics.log10FisherUpperTail(hits: hits, support: labelledSupport, predicted: predicted, total: labelled))
        }

        /// Smaller p first; then the smaller value set (the simpler explanation); then the label name.
        func isBetter(than other: Candidate) -> Bool {
            if log10P != other.log10P { return log10P < other.log10P }
            if values.count != other.values.count { return values.count < other.values.count }
            // On a tie, a label the user set (a matrix variable, a wrapper's `tz`) names the cause;
            // one read off the request (`host` of a base URL, a header) is its effect.
            if requestParts != other.requestParts { return requestParts < other.requestParts }
            if label != other.label { return Array(label.utf8).lexicographicallyPrecedes(Array(other.label.utf8)) }
            return (baseline, part) < (other.baseline, other.part)
        }

        /// How many of the label's parts (`a & b`, `a | b`) are read off the request rather than
        /// set by the user: `host`, `path`, `header:…`, `query:…`.
        var requestParts: Int {
            label.split(separator: " ").filter { $0 != "&" && $0 != "|" }.filter { part in
                part == "host" || part == "path" || part.hasPrefix("header:") || part.hasPrefix("query:")
            }.count
        }

        /// Same variant of the same kind explained by the same label.
        func canJoin(_ other: Candidate) -> Bool {
            let mine = MarkerSite(part: part)!, theirs = MarkerSite(part: other.part)!
            return label == other.label && mine.kindName == theirs.kindName && mine.variant == theirs.variant
        }

        /// No value one names is ruled out by the other where both saw it.
        func agrees(with other: Candidate) -> Bool {
            values.intersection(other.observed).isSubset(of: other.values) && other.values.intersection(observed).isSubset(of: values)
        }
    }

    /// log10 of P(X ≥ hits) for X hypergeometric: `total` captures, `support` carry the variant,
    /// `predicted` are named by the rule (one-sided Fisher exact test).
    static func log10FisherUpperTail(hits: Int, support: Int, predicted: Int, total: Int) -> Double {
        func logChoose(_ n: Int, _ k: Int) -> Double { lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1) }
        let upper = min(support, predicted), lower = max(hits, predicted - (total - support))
        guard lower <= upper else { return 0 }
        let denominator = logChoose(total, predicted)
        let terms = (lower...upper).map { logChoose(support, $0) + logChoose(total - support, predicted - $0) - denominator }
        let largest = terms.max()!
        let sum = terms.reduce(0) { $0 + exp($1 - largest) }
        return min(0, (largest + log(sum)) / log(10.0))
    }

    /// 10^exponent with `digits` significant digits, as a Double that prints that way; at least 1e-300.
    static func roundedPower(_ exponent: Double, digits: Int) -> Double {
        let clamped = max(exponent, -300)
        if clamped >= -0.0001 { return 1 }
        var power = Int(clamped.rounded(.down))
        var mantissa = (pow(10, clamped - Double(power) + Double(digits - 1))).rounded()
        if mantissa >= pow(10, Double(digits)) { mantissa /= 10; power += 1 }
        return Double("\(Int(mantissa))e\(power - digits + 1)") ?? 0
    }
}

extension KeyingRule {
    /// The rule as one JSON object of the summary's `keyingRules`.
    public var json: JSONValue {
        func rounded(_ value: Double) -> JSONValue { .number((value * 1000).rounded() / 1000) }
        return .object([
            ("baseline", .string(sites[0].baseline)), ("kind", .string(kind)), ("subkind", subkind.map(JSONValue.string) ?? .null),
            ("baselineStart", .int(sites[0].baselineStart)), ("baselineEnd", .int(sites[0].baselineEnd)),
            ("variant", .string(variant)), ("label", .string(label)), ("values", .array(values.map(JSONValue.string))),
            ("support", .int(support)), ("precision", rounded(precision)), ("recall", rounded(recall)), ("pValue", .number(pValue)),
            ("captures", .int(captures)), ("predicted", .int(predicted)), ("hits", .int(hits)),
            ("sites", .array(sites.map { .object([("baseline", .string($0.baseline)), ("baselineStart", .int($0.baselineStart)),
                                                  ("baselineEnd", .int($0.baselineEnd))]) })),
        ])
    }

    /// One line of the table's `KEYING RULES`:
    /// `date-format y/MM/dd @assistant-a 4895-4905  <= tz in {Asia/Shanghai, Asia/Urumqi}  66/66, 0 of 534 others, p=1e-60`.
    public var line: String {
        let places = sites.map { "@\($0.baseline) \($0.baselineStart)-\($0.baselineEnd)" }.joined(separator: ", ")
        let p = pValue >= 0.001 ? String((pValue * 1000).rounded() / 1000) : {
            let exponent = Int(log10PValue.rounded(.down)), mantissa = Int(pow(10, log10PValue - Double(exponent)).rounded())
            return mantissa >= 10 ? "1e\(exponent + 1)" : "\(mantissa)e\(exponent)"
        }()
        return "\(subkind.map { "\(kind)/\($0)" } ?? kind) \(variant) \(places)  <= \(label) in {\(values.joined(separator: ", "))}  "
            + "\(hits)/\(support), \(predicted - hits) of \(captures - support) others, p=\(p)"
    }
}

extension KeyedSite {
    /// The site as one JSON object of the summary's `keyedSites`.
    public var json: JSONValue {
        .object([
            ("baseline", .string(baseline)), ("kind", .string(site.kind)), ("subkind", site.subkind.map(JSONValue.string) ?? .null),
            ("baselineStart", .int(site.baselineStart)), ("baselineEnd", .int(site.baselineEnd)),
            ("variants", .array(variants.map(JSONValue.string))), ("bits", .number((bits * 1000).rounded() / 1000)),
        ])
    }
}
