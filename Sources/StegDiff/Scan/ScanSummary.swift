#if canImport(Glibc)
import Glibc
#endif

/// What a scan learned across captures: captures grouped by perturbation signature (the same
/// marker), how each label is distributed over the groups, and how much the marker could carry.
///
/// A signature is the set of findings in baseline coordinates with their replacement code points,
/// benign date-value drift left out, so two captures with the same marker at the same place
/// share one even when their dates differ.
public struct ScanSummary: Sendable {
    /// One group of captures that carry the same perturbations.
    public struct Cluster: Sendable {
        /// The signature's parts, each `kind[/subkind] @baselineStart-End -> U+XXXX…` (empty: unmarked).
        public var parts: [String]
        /// Captures in the group.
        public var size: Int
        /// For each label name, how many captures of the group have each value.
        public var labelCounts: [String: [String: Int]]
    }

    /// How strongly a label goes with the clusters.
    public struct Association: Sendable {
        /// The label name (`tz`).
        public var label: String
        /// Cramér's V between label value and cluster (0 none … 1 the label decides the cluster).
        public var cramersV: Double
        /// Mutual information between label value and cluster, in bits.
        public var mutualInformationBits: Double
        /// Captures that carry the label: the sample both figures rest on.
        public var captures: Int
        /// Fewer than `ScanSummary.minimumSample` captures: the figures are weak evidence (a V of
        /// 1.0 over five captures happens by chance).
        public var lowSample: Bool { captures < ScanSummary.minimumSample }
    }

    /// Captures below which an association figure is flagged `lowSample`.
    public static let minimumSample = 20

    private var clustersBySignature: [String: Cluster] = [:]
    private var order: [String] = []
    /// The same captures grouped by marker form: the signature without positions, so one marker
    /// planted in several baselines (at different offsets) is one group.
    private var clustersByForm: [String: Cluster] = [:]
    private var formOrder: [String] = []
    /// For each perturbed position (baseline range and kind), the distinct replacements seen.
    private var variantsByPosition: [String: Set<String>] = [:]
    /// Captures summarized.
    public private(set) var captures = 0

    /// An empty summary.
    public init() {}

    /// The signature parts of a diff: one per finding but date-value drift, in baseline order.
    public static func signature(of findings: [Finding]) -> [String] {
        positionsAndReplacements(findings).map { "\($0.position) -> \($0.replacement)" }
    }

    private static func positionsAndReplacements(_ findings: [Finding]) -> [(position: String, replacement: String)] {
        findings.filter { $0.kind != .dateValue }.map { finding in
            let kind = finding.subkind.map { "\(finding.kind.rawValue)/\($0)" } ?? finding.kind.rawValue
            let position = "\(kind) @\(finding.baseline.range.start)-\(finding.baseline.range.end)"
            let replacement = finding.date?.candidatePattern
                ?? finding.candidate.codePoints.prefix(16).map { "U+" + hex4($0) }.joined(separator: " ")
            return (position, replacement)
        }
    }

    /// Adds one capture's findings and labels.
    public mutating func add(findings: [Finding], labels: [String: String]) {
        add(signature: ScanSummary.signature(of: findings), labels: labels)
    }

    /// Adds one capture by its signature parts (as `signature(of:)` gives them), e.g. read back
    /// from the records of an interrupted scan.
    public mutating func add(signature parts: [String], labels: [String: String]) {
        captures += 1
        ScanSummary.count(parts, labels, into: &clustersBySignature, order: &order)
        let form = parts.map { part -> String in
            // "homoglyph @1149-1150 -> U+02BC" becomes "homoglyph -> U+02BC".
            let pieces = part.split(separator: " -> ", maxSplits: 1, omittingEmptySubsequences: false)
            let kind = pieces[0].split(separator: " @").first.map(String.init) ?? String(pieces[0])
            return pieces.count > 1 ? "\(kind) -> \(pieces[1])" : kind
        }
        ScanSummary.count(form, labels, into: &clustersByForm, order: &formOrder)
        for part in parts {
            let pieces = part.split(separator: " -> ", maxSplits: 1, omittingEmptySubsequences: false)
            variantsByPosition[String(pieces[0]), default: []].insert(pieces.count > 1 ? String(pieces[1]) : "")
        }
    }

    /// Adds one capture to the group keyed by `parts`, with its labels (the `id` label aside).
    private static func count(_ parts: [String], _ labels: [String: String], into clusters: inout [String: Cluster], order: inout [String]) {
        let key = parts.joined(separator: " + ")
        if clusters[key] == nil {
            clusters[key] = Cluster(parts: parts, size: 0, labelCounts: [:])
            order.append(key)
        }
        clusters[key]!.size += 1
        for (name, value) in labels where name != "id" { clusters[key]!.labelCounts[name, default: [:]][value, default: 0] += 1 }
    }

    /// Clusters, largest first (ties in first-seen order).
    public var clusters: [Cluster] { ScanSummary.ranked(order, clustersBySignature) }

    /// Captures grouped by marker form (positions left out), largest first.
    public var markerForms: [Cluster] { ScanSummary.ranked(formOrder, clustersByForm) }

    private static func ranked(_ order: [String], _ clusters: [String: Cluster]) -> [Cluster] {
        order.enumerated().map { (index: $0.offset, cluster: clusters[$0.element]!) }
            .sorted { ($0.cluster.size, -$0.index) > ($1.cluster.size, -$1.index) }.map(\.cluster)
    }

    /// Bits the observed perturbation positions can carry: for each position, log2 of the number of
    /// forms seen there (its replacements, plus "unchanged" when some capture left it alone).
    public var capacityBits: Double {
        // How many clusters perturb each position; one pass, so many clusters stay cheap.
        var clustersAtPosition: [String: Int] = [:]
        for cluster in clustersBySignature.values {
            var positions = Set<String>()
            for part in cluster.parts {
                positions.insert(String(part.split(separator: " -> ", maxSplits: 1, omittingEmptySubsequences: false)[0]))
            }
            for position in positions { clustersAtPosition[position, default: 0] += 1 }
        }
        let clusterCount = clustersBySignature.count
        return variantsByPosition.reduce(0) { total, entry in
            let unchangedToo = (clustersAtPosition[entry.key] ?? 0) < clusterCount
            return total + log2(Double(entry.value.count + (unchangedToo ? 1 : 0)))
        }
    }

    /// Label names worth reporting: a label with a different value on every capture that has it
    /// (a request id, a capture id), or on almost every one, is an identifier; it "predicts" any
    /// clustering perfectly and says nothing, so it is left out of the spreads and associations.
    public var informativeLabels: [String] { ScanSummary.informativeLabels(clusters) }

    private static func informativeLabels(_ clusters: [Cluster]) -> [String] {
        // `run` (`stegdiff probe`'s run index) names a run, never a condition, however few runs there are.
        Set(clusters.flatMap { $0.labelCounts.keys }).sorted().filter { name in
            guard name != "run" else { return false }
            let counts = clusters.compactMap { $0.labelCounts[name] }
            let distinct = Set(counts.flatMap(\.keys)).count
            let total = counts.flatMap(\.values).reduce(0, +)
            return distinct < total && (total < 8 || distinct * 2 <= total)
        }
    }

    /// Association of every label with the clusters, strongest first.
    public var associations: [Association] { ScanSummary.associations(clusters) }

    /// Association of every label with the marker forms, strongest first: what decides the marker
    /// whichever baseline it was planted in.
    public var formAssociations: [Association] { ScanSummary.associations(markerForms) }

    private static func associations(_ clusters: [Cluster]) -> [Association] {
        informativeLabels(clusters).map { name in
            // Contingency table: rows are label values, columns clusters.
            let values = Set(clusters.flatMap { $0.labelCounts[name]?.keys.map { $0 } ?? [] }).sorted()
            let table = values.map { value in clusters.map { Double($0.labelCounts[name]?[value] ?? 0) } }
            let total = table.joined().reduce(0, +)
            guard total > 0, values.count > 1, clusters.count > 1 else {
                return Association(label: name, cramersV: 0, mutualInformationBits: 0, captures: Int(total))
            }
            let rowSums = table.map { $0.reduce(0, +) }
            let columnSums = clusters.indices.map { column in table.reduce(0) { $0 + $1[column] } }
            var chiSquare = 0.0, information = 0.0
            for (row, counts) in table.enumerated() {
                for (column, observed) in counts.enumerated() where rowSums[row] > 0 && columnSums[column] > 0 {
                    let expected = rowSums[row] * columnSums[column] / total
                    chiSquare += (observed - expected) * (observed - expected) / expected
                    if observed > 0 { information += observed / total * log2(observed * total / (rowSums[row] * columnSums[column])) }
                }
            }
            let usedRows = rowSums.filter { $0 > 0 }.count, usedColumns = columnSums.filter { $0 > 0 }.count
            let degrees = Double(min(usedRows, usedColumns) - 1)
            let v = degrees > 0 ? (chiSquare / (total * degrees)).squareRoot() : 0
            return Association(label: name, cramersV: v, mutualInformationBits: information, captures: Int(total))
        }.sorted { $0.cramersV > $1.cramersV }
    }

    /// The summary as a JSON object (the `summary` record of `scan`).
    public var json: JSONValue {
        func rounded(_ value: Double) -> JSONValue { .number((value * 1000).rounded() / 1000) }
        let labels = Set(informativeLabels)
        return .object([
            ("clusters", .array(clusters.map { cluster in
                .object([
                    ("size", .int(cluster.size)),
                    ("marker", .string(cluster.parts.isEmpty ? "none" : cluster.parts.joined(separator: " + "))),
                    ("labels", .object(cluster.labelCounts.filter { labels.contains($0.key) }.sorted { $0.key < $1.key }.map { name, counts in
                        (name, .object(counts.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
                    })),
                ])
            })),
            ("labelAssociation", .array(associations.map {
                .object([("label", .string($0.label)), ("cramersV", rounded($0.cramersV)), ("mutualInformationBits", rounded($0.mutualInformationBits)),
                         ("captures", .int($0.captures)), ("lowSample", .bool($0.lowSample))])
            })),
            ("markerForms", .array(markerForms.map { form in
                .object([("size", .int(form.size)), ("marker", .string(form.parts.isEmpty ? "none" : form.parts.joined(separator: " + ")))])
            })),
            ("labelAssociationByMarkerForm", .array(formAssociations.map {
                .object([("label", .string($0.label)), ("cramersV", rounded($0.cramersV)), ("mutualInformationBits", rounded($0.mutualInformationBits)),
                         ("captures", .int($0.captures)), ("lowSample", .bool($0.lowSample))])
            })),
            ("capacityBits", rounded(capacityBits)),
        ])
    }
}
