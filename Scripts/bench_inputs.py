#!/usr/bin/env python3
"""Deterministic benchmark inputs for Scripts/bench.sh, built from Corpus/baselines/*.md.

Usage:
  bench_inputs.py pairs OUT [--seed S]
      OUT/a/{baseline,candidate}.md   ~100 KB: the baselines concatenated and repeated; the candidate
                                      has 10 scattered perturbations of 10 kinds (see KINDS)
      OUT/b/{baseline,candidate}.md   ~1 MB, likewise (10 perturbations)
      OUT/c/{baseline,candidate}.md   worst case: two unrelated ~1 MB texts (the corpus words shuffled
                                      with two different seeds and reflowed into lines)
      OUT/{a,b}/perturbations.json    what was planted, where (candidate byte offsets)
  bench_inputs.py archive OUT --captures N [--seed S] [--sample K]
      runs Scripts/make-capture-archive.py OUT --captures N --large --seed S, then
      OUT/peer-sample/NNN.txt         the system prompts of the first K captures (cap-000000 ...),
                                      extracted from their JSON/HAR/JSONL bodies, for the peer tools
      OUT/peer-sample/list.tsv        baseline path <TAB> extracted prompt path, one line per capture
      OUT/meta.json                   capture count, files, archive bytes, total prompt bytes
All randomness comes from random.Random(seed); the same seed gives byte-identical files.
"""
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINES = os.path.join(ROOT, "Corpus", "baselines")


def corpus_text():
    parts = []
    for name in sorted(os.listdir(BASELINES)):
        if name.endswith(".md"):
            with open(os.path.join(BASELINES, name), encoding="utf-8", newline="") as handle:
                parts.append(handle.read())
    return "\n\n".join(parts) + "\n\n"


def repeated(target_bytes):
    """The corpus concatenated and repeated, cut at the last line end before target_bytes."""
    unit = corpus_text()
    text = unit * (target_bytes // len(unit.encode()) + 1)
    data = text.encode()[:target_bytes]
    cut = data.rfind(b"\n") + 1
    return data[:cut].decode()


TAGS = "".join(chr(0xE0000 + ord(c)) for c in "ABC") + "\U000E007F"  # tag A B C, cancel tag
# kind: (regex that finds a site, function of the match giving its replacement)
KINDS = [
    ("zero-width-space U+200B", r"[a-z]{3}[a-z]{3}", lambda m: m.group(0)[:3] + "\u200b" + m.group(0)[3:]),
    ("homoglyph a -> U+0430", r"(?<=[a-z])a(?=[a-z])", lambda m: "\u0430"),
    ("space -> NBSP U+00A0", r"(?<=[a-z]) (?=[a-z])", lambda m: "\u00a0"),
    ("date format 2026-07-04 -> 2026/07/04", r"2026-07-04", lambda m: "2026/07/04"),
    ("apostrophe -> U+2019", r"(?<=[a-z])'(?=[a-z])", lambda m: "\u2019"),
    ("tag characters U+E0041..", r"(?<=[a-z])\.(?= )", lambda m: "." + TAGS),
    ("variation selector U+FE0F after a letter", r"(?<=[a-z])[a-z](?= )", lambda m: m.group(0) + "\ufe0f"),
    ("word edit", r"\b(always|never|must|should)\b",
     lambda m: {"always": "usually", "never": "rarely", "must": "may", "should": "could"}[m.group(0)]),
    ("CRLF line ending", r"(?<=[a-z.])\n", lambda m: "\r\n"),
    ("soft hyphen U+00AD", r"[a-z]{4}[a-z]{4}", lambda m: m.group(0)[:4] + "\u00ad" + m.group(0)[4:]),
]


def perturbed(text, rng):
    """Plant one perturbation of each kind, the i-th at a random place in the i-th tenth of the text."""
    used, edits = [], []
    segment = len(text) // len(KINDS)
    for index, (kind, pattern, replace) in enumerate(KINDS):
        start = index * segment + rng.randrange(segment // 2)
        regex = re.compile(pattern)
        match = None
        for begin in (start, 0):  # from the random place on; if nothing there, from the top
            for candidate in regex.finditer(text, begin):
                if all(candidate.end() + 16 <= s or candidate.start() >= e + 16 for s, e in used):
                    match = candidate
                    break
            if match:
                break
        assert match, f"no site for {kind}"
        used.append((match.start(), match.end()))
        edits.append((match.start(), match.end(), replace(match), kind))
    edits.sort()
    out, last, records, shift = [], 0, [], 0
    for start, end, new, kind in edits:
        out.append(text[last:start])
        before = len(text[:start].encode()) + shift
        out.append(new)
        records.append({"kind": kind, "candidateByteOffset": before,
                        "before": text[start:end], "after": new})
        shift += len(new.encode()) - len(text[start:end].encode())
        last = end
    out.append(text[last:])
    return "".join(out), records


def unrelated(target_bytes, seed):
    """Corpus words in a random order (own seed), reflowed 6-16 words a line, cut near target_bytes."""
    rng = random.Random(seed)
    words = corpus_text().split()
    lines, size = [], 0
    while size < target_bytes:
        rng.shuffle(words)
        position = 0
        while position < len(words) and size < target_bytes:
            count = rng.randint(6, 16)
            line = " ".join(words[position:position + count]) + "\n"
            position += count
            lines.append(line)
            size += len(line.encode())
    return "".join(lines)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def pairs(out, seed):
    for name, size in (("a", 100 * 1024), ("b", 1024 * 1024)):
        rng = random.Random(f"{seed}-{name}")
        base = repeated(size)
        candidate, records = perturbed(base, rng)
        write(os.path.join(out, name, "baseline.md"), base)
        write(os.path.join(out, name, "candidate.md"), candidate)
        write(os.path.join(out, name, "perturbations.json"), json.dumps(records, indent=1, ensure_ascii=True) + "\n")
    first, second = unrelated(1024 * 1024, f"{seed}-c1"), unrelated(1024 * 1024, f"{seed}-c2")
    write(os.path.join(out, "c", "baseline.md"), first)
    write(os.path.join(out, "c", "candidate.md"), second)
    common = len(set(first.splitlines()) & set(second.splitlines()))
    for name in "abc":
        sizes = [os.path.getsize(os.path.join(out, name, f)) for f in ("baseline.md", "candidate.md")]
        print(f"pair {name}: baseline {sizes[0]} bytes, candidate {sizes[1]} bytes", file=sys.stderr)
    print(f"pair c: {common} lines in common", file=sys.stderr)


def prompts_in(path):
    """(capture id, prompt) for every capture in one archive file, as a user would pull them out."""
    with open(path, encoding="utf-8") as handle:
        raw = handle.read()
    name = os.path.basename(path)
    if name.endswith(".jsonl"):
        for line in raw.splitlines():
            record = json.loads(line)
            yield record["id"], record["request"]["system"]
    elif name.endswith(".har"):
        for entry in json.loads(raw)["log"]["entries"]:
            post = entry["request"].get("postData")
            if post:
                ident = next(h["value"] for h in entry["request"]["headers"] if h["name"] == "X-Capture-Id")
                yield ident, json.loads(post["text"])["system"]
    else:
        body = json.loads(raw)
        ident = name.split(".")[0]
        if "system" in body:
            system = body["system"]
            yield ident, system if isinstance(system, str) else "".join(b["text"] for b in system)
        else:
            yield ident, next(m["content"] for m in body["messages"] if m["role"] == "system")


def archive(out, captures, seed, sample):
    subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "make-capture-archive.py"), out,
                    "--captures", str(captures), "--large", "--seed", str(seed)], check=True)
    with open(os.path.join(out, "expected.json"), encoding="utf-8") as handle:
        expected = json.load(handle)
    folder = os.path.join(out, "archive")
    files = sorted(os.listdir(folder))
    found, total_prompt, total_file = {}, 0, 0
    for name in files:
        path = os.path.join(folder, name)
        total_file += os.path.getsize(path)
        for ident, prompt in prompts_in(path):
            total_prompt += len(prompt.encode())
            if int(ident.split("-")[1]) < sample:
                found[ident] = prompt
    assert len(found) == min(sample, captures), "sample extraction missed captures"
    sample_dir = os.path.join(out, "peer-sample")
    os.makedirs(sample_dir, exist_ok=True)
    lines = []
    for ident in sorted(found):
        target = os.path.join(sample_dir, ident + ".txt")
        write(target, found[ident])
        lines.append(os.path.join(out, "corpus", expected[ident]["baseline"]) + "\t" + target)
    write(os.path.join(sample_dir, "list.tsv"), "\n".join(lines) + "\n")
    meta = {"captures": captures, "files": len(files), "archiveBytes": total_file,
            "promptBytes": total_prompt, "sample": len(found),
            "sampleBytes": sum(len(p.encode()) for p in found.values())}
    write(os.path.join(out, "meta.json"), json.dumps(meta, indent=1) + "\n")
    print(f"archive: {json.dumps(meta)}", file=sys.stderr)


def option(args, name, default):
    return type(default)(args[args.index(name) + 1]) if name in args else default


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] not in ("pairs", "archive"):
        sys.exit(__doc__)
    seed = option(args, "--seed", 20260704)
    if args[0] == "pairs":
        pairs(args[1], seed)
    else:
        archive(args[1], option(args, "--captures", 10000), seed, option(args, "--sample", 300))


if __name__ == "__main__":
    main()
