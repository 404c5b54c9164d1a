#!/usr/bin/env python3
"""Builds a realistic capture archive from Corpus/ baselines, for `stegdiff scan` tests and benchmarks.

Usage: make-capture-archive.py OUT [--captures N] [--seed S] [--large] [--only BASELINE]

Writes OUT/corpus/ (the baselines; with --large also 40-100 KB baselines made by repeating the
corpus prompts) and OUT/archive/ with N captures spread over four formats: Anthropic request
bodies (system as a string or as text blocks), OpenAI chat bodies (a system message), HAR 1.2
files (several entries each, plus a GET entry with no body), and JSONL files of wrapper records
{"id", "labels", "request"}. Labels are tz (time zone) and host (API host). The planted marker
depends on tz only:
  tz=Asia/Shanghai  -> the apostrophe of "Today's" becomes U+02BC and the date y/MM/dd
  tz=Europe/Berlin  -> the apostrophe becomes U+2019 and the date dd.MM.y
  anything else     -> no marker; the date may drift by a day (benign)
OUT/expected.json maps each capture id to its tz and expected marker, written from what this
script planted (not from stegdiff's output).
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZONES = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "Europe/Paris", "UTC"]
HOSTS = ["api.example.com", "eu.api.example.com", "proxy.internal.example"]


def baselines(large):
    folder = os.path.join(ROOT, "Corpus", "baselines")
    result = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            result[name] = handle.read()
    if large:
        # Longer prompts (40-100 KB): a prompt followed by its own appendix sections, with one
        # environment line (and so one date and one apostrophe) like the originals.
        for name, text in list(result.items()):
            appendix = text.replace("Today's date is 2026-07-04", "Appendix").replace("2026-07-04", "the date above")
            for copies in (2, 4):
                big = text + ("\n\n# Appendix\n\n" + appendix) * copies
                if 40_000 <= len(big.encode()) <= 100_000:
                    result[name.replace(".md", f"-x{copies}.md")] = big
    return result


def perturb(text, tz, rng):
    """The capture text for a time zone, and the marker planted (None for clean)."""
    line = "Today's date is 2026-07-04"
    assert text.count(line) == 1, "every baseline has exactly one environment date line"
    if tz == "Asia/Shanghai":
        return text.replace(line, "Today\u02bcs date is 2026/07/04"), "U+02BC + y/MM/dd"
    if tz == "Europe/Berlin":
        return text.replace(line, "Today\u2019s date is 04.07.2026"), "U+2019 + dd.MM.y"
    day = rng.choice(["04", "04", "05"])
    return text.replace(line, f"Today's date is 2026-07-{day}"), None


def main():
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(__doc__.strip())
        return
    if not args or args[0].startswith("-"):
        sys.exit(__doc__.strip() + "\n\nmake-capture-archive.py: the first argument is the output folder OUT")
    out = args[0]
    count = int(args[args.index("--captures") + 1]) if "--captures" in args else 200
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    large = "--large" in args
    rng = random.Random(seed)
    prompts = baselines(large)
    names = [n for n in prompts if not large or len(prompts[n].encode()) >= 20_000]
    if "--only" in args:
        names = [args[args.index("--only") + 1]]
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    for name in names:
        with open(os.path.join(out, "corpus", name), "w", encoding="utf-8") as handle:
            handle.write(prompts[name])
    archive = os.path.join(out, "archive")
    os.makedirs(archive, exist_ok=True)
    expected = {}
    jsonl, har_entries, file_number = [], [], 0

    def flush_jsonl():
        nonlocal jsonl, file_number
        if jsonl:
            file_number += 1
            with open(os.path.join(archive, f"captures-{file_number:05d}.jsonl"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(jsonl) + "\n")
            jsonl = []

    def flush_har():
        nonlocal har_entries, file_number
        if har_entries:
            file_number += 1
            entries = har_entries + [{"startedDateTime": "2026-07-04T09:00:00.000Z",
                                      "request": {"method": "GET", "url": "https://api.example.com/v1/models", "headers": []}}]
            with open(os.path.join(archive, f"session-{file_number:05d}.har"), "w", encoding="utf-8") as handle:
                json.dump({"log": {"version": "1.2", "creator": {"name": "make-capture-archive", "version": "1"},
                                   "entries": entries}}, handle)
            har_entries = []

    for number in range(count):
        capture_id = f"cap-{number:06d}"
        tz, host, name = rng.choice(ZONES), rng.choice(HOSTS), rng.choice(names)
        text, marker = perturb(prompts[name], tz, rng)
        expected[capture_id] = {"tz": tz, "host": host, "baseline": name, "marker": marker}
        form = number % 4
        if form == 0:  # Anthropic body, one file each; the id is in the file name
            body = {"model": "assistant-1", "max_tokens": 1024, "messages": [{"role": "user", "content": "hi"}]}
            if rng.random() < 0.5:
                body["system"] = text
            else:
                cut = rng.randrange(1, len(text) - 1)
                body["system"] = [{"type": "text", "text": text[:cut]}, {"type": "text", "text": text[cut:]}]
            with open(os.path.join(archive, f"{capture_id}.tz-{tz.replace('/', '_')}.host-{host}.anthropic.json"), "w", encoding="utf-8") as handle:
                json.dump(body, handle, ensure_ascii=rng.random() < 0.5)
        elif form == 1:  # OpenAI body
            body = {"model": "chat-1", "messages": [{"role": "system", "content": text}, {"role": "user", "content": "hi"}]}
            with open(os.path.join(archive, f"{capture_id}.tz-{tz.replace('/', '_')}.host-{host}.openai.json"), "w", encoding="utf-8") as handle:
                json.dump(body, handle, ensure_ascii=False)
        elif form == 2:  # HAR entry
            body = json.dumps({"model": "assistant-1", "system": text})
            offset = {"Asia/Shanghai": "+08:00", "Europe/Berlin": "+02:00", "America/New_York": "-04:00",
                      "Europe/Paris": "+02:00", "UTC": "+00:00"}[tz]
            har_entries.append({"startedDateTime": f"2026-07-04T10:00:00.000{offset}",
                                "request": {"method": "POST", "url": f"https://{host}/v1/messages",
                                            "headers": [{"name": "X-Capture-Id", "value": capture_id}, {"name": "X-Tz", "value": tz}],
                                            "postData": {"mimeType": "application/json", "text": body}}})
            if len(har_entries) >= 5:
                flush_har()
        else:  # JSONL wrapper record
            jsonl.append(json.dumps({"id": capture_id, "labels": {"tz": tz, "host": host},
                                     "request": {"model": "assistant-1", "system": text}}))
            if len(jsonl) >= 50:
                flush_jsonl()
    flush_jsonl()
    flush_har()
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as handle:
        json.dump(expected, handle, indent=1, sort_keys=True)
    print(f"{count} captures in {archive}, {len(names)} baselines in {os.path.join(out, 'corpus')}")


if __name__ == "__main__":
    main()
