#!/usr/bin/env python3
"""Python peer diffs for Scripts/bench.sh: what a user would write with the standard library or
diff-match-patch. Each reads both files whole (UTF-8, line endings kept) and prints a one-line
summary, so the work cannot be skipped.

Usage:
  bench_peers.py difflib BASELINE CANDIDATE         difflib.SequenceMatcher(None, a, b, autojunk=False)
                                                    .get_opcodes() on characters
  bench_peers.py dmp BASELINE CANDIDATE [TIMEOUT]   diff_match_patch().diff_main(a, b) with
                                                    Diff_Timeout = TIMEOUT seconds (default 1.0, the
                                                    package default; 0 = no limit)
  bench_peers.py inspect TOOL FILE                  a single-text scanner on one file (the peers of
                                                    `stegdiff inspect`), start-up included:
                                                    disarm: disarm.inspect_anomalies(text);
                                                    confusable_homoglyphs: confusables.is_confusable(
                                                    text, greedy=True); homoglyphs: Categories.detect
                                                    of every distinct non-ASCII character (heckler is
                                                    run as its own command by bench.sh)
  bench_peers.py version                            versions of Python and diff-match-patch
  bench_peers.py report RESULTS_DIR                 the Markdown report of a Scripts/bench.sh run, from
                                                    RESULTS_DIR/{env,versions,runs,callgrind}.tsv and
                                                    inprocess.jsonl
"""
import sys


def read(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def run(tool, baseline, candidate, timeout=1.0):
    a, b = read(baseline), read(candidate)
    if tool == "difflib":
        import difflib
        opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        return sum(1 for op in opcodes if op[0] != "equal")
    import diff_match_patch
    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = timeout
    diffs = engine.diff_main(a, b)
    return sum(1 for op, _ in diffs if op != 0)


def inspect(tool, path):
    text = read(path)
    if tool == "disarm":
        import disarm
        return len(disarm.inspect_anomalies(text).kinds)
    if tool == "confusable_homoglyphs":
        from confusable_homoglyphs import confusables
        return len(confusables.is_confusable(text, greedy=True) or [])
    if tool == "homoglyphs":
        import homoglyphs
        return len({homoglyphs.Categories.detect(c) for c in set(text) if ord(c) > 127})
    sys.exit(f"bench_peers: unknown inspect peer {tool}")


INPUTS = {
    "tiny": "startup",
    "a": "a: 100 KB pair, 10 perturbations",
    "b": "b: 1 MB pair, 10 perturbations",
    "c": "c: two unrelated 1 MB texts",
    "i": "i: inspect, the 1 MB candidate of b",
}


def tsv(path):
    import os
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip()]


def fmt_time(seconds):
    if seconds is None:
        return "–"
    if seconds < 0.01:
        return f"{seconds * 1000:.2f} ms"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 100:
        return f"{seconds:.2f} s"
    if seconds < 3600:
        return f"{seconds:.0f} s ({seconds / 60:.1f} min)"
    return f"{seconds / 3600:.1f} h"


def fmt_rss(kb):
    return f"{int(kb) / 1024:.1f} MB" if kb else "–"


def fmt_ratio(value):
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:.0f}×"
    if value >= 10:
        return f"{value:.1f}×"
    return f"{value:.2f}×"


def report(folder):
    import json
    import os
    env = {row[0]: row[1] for row in tsv(os.path.join(folder, "env.tsv"))}
    versions = tsv(os.path.join(folder, "versions.tsv"))
    captures = int(env["captures"])
    timeout = env["timeout"]
    rows = []
    for fields in tsv(os.path.join(folder, "runs.tsv")):
        fields += [""] * (9 - len(fields))
        source, tool, role, median, runs, rss, status, sample, note = fields[:9]
        rows.append({"input": source, "tool": tool, "role": role, "median": float(median) if median else None,
                     "runs": int(runs or 0), "rss": int(rss) if rss else None, "status": status,
                     "sample": int(sample or 0), "note": note})
    # Whole-archive time: a loop over a sample is extrapolated to every capture.
    for row in rows:
        row["total"] = row["median"]
        if row["input"] == "d" and row["median"] is not None and row["sample"] and row["sample"] != captures:
            row["total"] = row["median"] / row["sample"] * captures
    reference = {row["input"]: row for row in rows if row["role"] == "stegdiff" and row["status"] == "ok"}
    out = []
    out.append(f"## stegdiff benchmark ({env['mode']} run)\n")
    load = float((env.get("loadStart") or "0").split()[0])
    if load > 0.5:
        out.append(f"**Warning: the machine was busy (1-minute load average {load:.2f} when the run started, "
                   "before the benchmark's own load); wall times, and the all-cores vs 1-core speedup "
                   "above all, are unreliable. Rerun on an idle machine.**\n")
    out.append("Versions: " + "; ".join(f"{name} {value}" if not value.lower().startswith(name.lower()) else value
                                         for name, value in versions) + ".\n")
    out.append(f"Inputs (fixed seed, Scripts/bench_inputs.py): a {int(env['bytes_a']):,} bytes; "
               f"b {int(env['bytes_b']):,} bytes; c {int(env['bytes_c']):,} bytes; d {captures:,} captures in "
               f"{int(env['archiveFiles']):,} files, {int(env['archiveBytes']) / 1e6:.0f} MB on disk, "
               f"{int(env['promptBytes']) / 1e6:.0f} MB of system-prompt text.\n")
    out.append("| Input | Tool | Median wall time | Runs | Peak RSS | Time stegdiff/peer | RSS stegdiff/peer | Notes |")
    out.append("|---|---|---:|---:|---:|---:|---:|---|")
    for row in rows:
        ref = reference.get(row["input"])
        time_ratio = rss_ratio = None
        if ref and row["role"] == "peer" and row["status"] == "ok":
            time_ratio = ref["total"] / row["total"] if row["total"] else None
            rss_ratio = ref["rss"] / row["rss"] if ref["rss"] and row["rss"] else None
        if row["status"] == "timeout":
            wall = f"timeout >{timeout} s"
        elif row["status"] != "ok":
            wall = row["status"]
        elif row["total"] != row["median"]:
            wall = f"est. {fmt_time(row['total'])}"
        else:
            wall = fmt_time(row["median"])
        notes = []
        if row["input"] == "d" and row["sample"] and row["sample"] != captures and row["median"] is not None:
            notes.append(f"{fmt_time(row['median'] / row['sample'])}/capture × {captures:,} "
                         f"(measured {fmt_time(row['median'])} for the first {row['sample']})")
        elif row["note"]:
            notes.append(row["note"])
        if row["input"] == "d" and row["note"] and row["note"].startswith("first capture"):
            notes = [row["note"]]
        label = INPUTS.get(row["input"], f"{row['input']}: {captures:,}-capture archive" if row["input"] == "d"
                           else f"{row['input']}: archive of {env.get('bigCaptures', '?')} captures")
        out.append(f"| {label} | {row['tool']} | {wall} | {row['runs'] or '–'} | {fmt_rss(row['rss'])} | "
                   f"{fmt_ratio(time_ratio)} | {fmt_ratio(rss_ratio)} | {'; '.join(notes)} |")
    out.append("")
    out.append(f"Whole-process wall time (hyperfine -N median; runs as shown: {env['runs']} after warm-up, "
               f"{env['heavyRuns']} when one run takes over {env['heavy']} s, {env['scanRuns']} for the whole-archive "
               f"scans, 1 = a single timed run) and peak RSS (/usr/bin/time, one run; for a shell loop, the "
               f"largest single process). Ratios are stegdiff ÷ peer: above 1× stegdiff is slower or larger. "
               f"On d, stegdiff scan reads every capture from its JSON/HAR/JSONL body and finds its baseline "
               f"itself; each peer runs in a shell loop, one process per capture, on the system prompts of the "
               f"first captures extracted to text beforehand (untimed) and given their right baseline, and its "
               f"time is extrapolated to {captures:,} captures (the d ratios compare those totals). A peer "
               f"that ran over {timeout} s on one pair was stopped. difflib.SequenceMatcher(autojunk=False) "
               f"on characters; diff-match-patch diff_main with Diff_Timeout 1 s (package default: it "
               f"returns a coarser diff when time runs out) and 0 (no limit). Load average at start "
               f"{env.get('loadStart')}, at end {env.get('loadEnd')}.\n")

    # scan: cores and archive size
    def find(source, tool):
        return next((r for r in rows if r["input"] == source and r["tool"] == tool and r["status"] == "ok"), None)
    every, one = find("d", "stegdiff scan"), find("d", "stegdiff scan, 1 core (taskset -c 0)")
    big = next((r for r in rows if r["input"].startswith("d×") and r["status"] == "ok"), None)
    out.append("| stegdiff scan | Value |")
    out.append("|---|---:|")
    if every and one:
        speedup = one["median"] / every["median"]
        out.append(f"| {captures:,} captures, all cores / 1 core | {fmt_time(every['median'])} / {fmt_time(one['median'])} |")
        out.append(f"| Speedup all cores vs 1 core (target ≥ 1.7×) | {speedup:.2f}× ({'met' if speedup >= 1.7 else 'NOT met'}) |")
        out.append(f"| Peak RSS, {captures:,} captures (all cores / 1 core) | {fmt_rss(every['rss'])} / {fmt_rss(one['rss'])} |")
    if big:
        out.append(f"| Peak RSS, {int(env['bigCaptures']):,} captures ({int(env['bigArchiveBytes']) / 1e9:.1f} GB), 1 run | "
                   f"{fmt_rss(big['rss'])} ({big['rss'] / every['rss']:.2f}× the {captures:,}-capture RSS; wall {fmt_time(big['median'])}) |"
                   if every else f"| Peak RSS, {env['bigCaptures']} captures | {fmt_rss(big['rss'])} |")
    else:
        out.append("| Peak RSS of a 10× archive | not run (Scripts/bench.sh --scale 10) |")
    out.append("")

    # throughput
    startup = find("tiny", "stegdiff diff (startup: 6 KB file vs itself)")
    inprocess = {}
    path = os.path.join(folder, "inprocess.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                    inprocess[record["input"]] = record["bytes"] * record.get("iterations", 1) / record["seconds"] / 1e6
                except (ValueError, KeyError, ZeroDivisionError):
                    pass
    out.append("| Throughput of stegdiff (MB/s of candidate text, 10^6 bytes) | Whole process | Less startup (approx.) | In-process (stegdiff-bench) |")
    out.append("|---|---:|---:|---:|")
    for source in ("a", "b", "c", "d"):
        if source == "d":
            size = int(env["promptBytes"])
            runs_here = [(every, "all cores"), (one, "1 core")]
        else:
            size = int(env[f"bytes_{source}"])
            runs_here = [(find(source, "stegdiff diff"), "")]
        for run, how in runs_here:
            if not run:
                continue
            whole = size / run["median"] / 1e6
            less = ""
            if source != "d" and startup and run["median"] > startup["median"]:
                less = f"{size / (run['median'] - startup['median']) / 1e6:.1f}"
            elif source == "d":
                less = "(startup negligible)"
            hook = f"{inprocess[source]:.1f}" if source in inprocess and not how.startswith("1") else "–"
            name = INPUTS.get(source, "d: archive, stegdiff scan")
            out.append(f"| {name}{' (' + how + ')' if how else ''} | {whole:.1f} | {less} | {hook} |")
    inspected = find("i", "stegdiff inspect")
    if inspected:
        size = int(env["bytes_b"])
        less = f"{size / (inspected['median'] - startup['median']) / 1e6:.1f}" if startup and inspected["median"] > startup["median"] else ""
        hook = f"{inprocess['i']:.1f}" if "i" in inprocess else "–"
        out.append(f"| {INPUTS['i']} | {size / inspected['median'] / 1e6:.1f} | {less} | {hook} |")
    out.append("")
    out.append("In-process column: Scripts/Bench's stegdiff-bench, diff+classify of decoded texts on one thread "
               "(for d: every capture against its nearest baseline; for i: Inspector.inspect of the decoded text); " + ("it ran." if inprocess else "it did not run, so only whole-process "
               f"figures are shown (startup: {fmt_time(startup['median']) if startup else '?'}).") + "\n")

    # callgrind
    cg = tsv(os.path.join(folder, "callgrind.tsv"))
    if cg:
        ours = next((int(r[1]) for r in cg if r[0].startswith("stegdiff diff (stripped") and len(r) > 1 and r[1]), None)
        if ours is None:
            ours = next((int(r[1]) for r in cg if r[0].startswith("stegdiff diff (") and len(r) > 1 and r[1]), None)
        out.append("| Instructions (valgrind --tool=callgrind, Ir; pair a unless named) | Instructions | stegdiff/peer | Status |")
        out.append("|---|---:|---:|---|")
        for fields in cg:
            tool, total, status = (fields + ["", ""])[:3]
            ratio = fmt_ratio(ours / int(total)) if ours and total and not tool.startswith("stegdiff") else "–"
            out.append(f"| {tool} | {int(total):,} | {ratio} | {status} |" if total else f"| {tool} | – | – | {status} |")
        out.append("")
    seconds = int(env.get("totalSeconds", 0))
    out.append(f"Total run time of Scripts/bench.sh: {seconds // 60} min {seconds % 60} s (including any build and input generation).")
    print("\n".join(out))


def main():
    args = sys.argv[1:]
    if args[:1] == ["version"]:
        import importlib.metadata
        try:
            dmp = importlib.metadata.version("diff-match-patch")
        except importlib.metadata.PackageNotFoundError:
            dmp = "not installed"
        print(f"Python {sys.version.split()[0]}; diff-match-patch {dmp}")
    elif len(args) >= 3 and args[0] in ("difflib", "dmp"):
        timeout = float(args[3]) if len(args) > 3 else 1.0
        print(f"{args[0]}: {run(args[0], args[1], args[2], timeout)} changed hunks")
    elif len(args) == 3 and args[0] == "inspect":
        print(f"{args[1]}: {inspect(args[1], args[2])}")
    elif len(args) == 2 and args[0] == "report":
        report(args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
