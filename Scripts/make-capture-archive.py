#!/usr/bin/env python3
"""Builds a realistic capture archive from Corpus/ baselines, for `stegdiff scan` tests and benchmarks.

Usage: make-capture-archive.py OUT [--captures N] [--seed S] [--large] [--only BASELINE]
       make-capture-archive.py OUT --replay keyed|products [--captures N] [--seed S]

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

--replay builds a realistic replay instead (standard library only; runs under Debian's python3):
JSON Lines of wrapper records {"id", "labels", "request"} (Anthropic and OpenAI bodies), labels
tz, host, offset (the zone's UTC offset), accept (one per product), client (product/version), and
two identifier labels, request_id and captured_at (a timestamp). Every prompt carries day drift
(its date is the 4th or the 5th) and an environment line "Session started at ...T09:30:00+00:00"
rendered in the zone's local offset at the session's own minute (09:31 to 09:59 UTC: another
instant, so benign date-value drift). Keyed mechanisms:
  tz in {Asia/Shanghai, Asia/Urumqi}                 -> the date y/MM/dd        (date-format)
  host = api.example.cn                              -> "Today's" with U+02BC   (homoglyph)
  products only: tz = Europe/Berlin and host = eu.api.example.com
                                                     -> U+00A0 before the date  (whitespace)
  keyed   (600 captures by default): one product, assistant-a, one version.
  products (2,000 by default): assistant-a, -b, -c, versions 1.0, 1.1, 2.0 each (later versions add
           and reword paragraphs, with new lines and indented lists: benign edits), and 5 % of the
           captures malformed (a JSON line cut short: one error record each).
OUT/corpus holds version 1.0 of each product and a manifest.json naming them; OUT/expected.json
maps each capture id to what was planted; OUT/mechanisms.json lists the keyed mechanisms.
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


PRODUCTS = [("assistant-a", "terminal-agent.md"), ("assistant-b", "review-bot.md"), ("assistant-c", "ide-assistant.md")]
VERSIONS = ["1.0", "1.1", "2.0"]
REPLAY_ZONES = {"Asia/Shanghai": "+08:00", "Asia/Urumqi": "+06:00", "Asia/Singapore": "+08:00", "Europe/Berlin": "+02:00",
                "Europe/Paris": "+02:00", "America/New_York": "-04:00", "UTC": "+00:00", "Asia/Kolkata": "+05:30"}
REPLAY_HOSTS = ["api.example.com", "eu.api.example.com", "api.example.cn", "proxy.internal.example"]
DATE_LINE = "Today's date is 2026-07-04"
SESSION_LINE = "Session started at 2026-07-04T09:30:00+00:00 (local time)"


def product_version(text, version):
    """A product's prompt at a version: 1.0 is the corpus text plus the session line; later
    versions add a section with new lines and an indented list, and reword a paragraph."""
    text = text.replace(DATE_LINE, DATE_LINE + "\n" + SESSION_LINE)
    if version == "1.0":
        return text
    first_break = text.index("\n\n")
    text = (text[:first_break] + "\n\n## Working agreements\n\nBefore large changes, outline the plan:\n"
            "    - list the files you will touch\n    - say how you will verify the result\n" + text[first_break:])
    if version == "2.0":
        text = text.rstrip("\n") + ("\n\n## Release notes\n\nThis version asks for a plan first.\n"
                                     "  Older sessions may still show the previous wording.\n")
        last_break = text.rindex("\n\n", 0, len(text) - 200)
        text = text[:last_break] + "\n\nWhen in doubt, ask one short question and wait for the answer." + text[last_break:]
    return text


def local_time(day, offset, minute):
    """09:MM UTC on the day, written in the zone's offset (same day for every zone used). Each
    session starts at its own minute, as real sessions do: another instant than the baseline's
    09:30, so the line is date-value drift. (The same instant at another offset would be a
    date-format/time-zone finding; see the README's keying section.)"""
    sign = 1 if offset[0] == "+" else -1
    minutes = 9 * 60 + minute + sign * (int(offset[1:3]) * 60 + int(offset[4:6]))
    return f"2026-07-{day}T{minutes // 60:02d}:{minutes % 60:02d}:00{offset}"


def replay(out, scenario, count, seed):
    rng = random.Random(seed)
    folder = os.path.join(ROOT, "Corpus", "baselines")
    products = PRODUCTS[:1] if scenario == "keyed" else PRODUCTS
    versions = VERSIONS[:1] if scenario == "keyed" else VERSIONS
    malformed_share = 0.0 if scenario == "keyed" else 0.05
    texts = {}
    for product, name in products:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            source = handle.read()
        assert source.count(DATE_LINE) == 1, "every baseline has exactly one environment date line"
        for version in versions:
            texts[(product, version)] = product_version(source, version)
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    manifest = []
    for product, _ in products:
        with open(os.path.join(out, "corpus", product + ".md"), "w", encoding="utf-8") as handle:
            handle.write(texts[(product, "1.0")])
        manifest.append({"file": product + ".md", "id": product, "product": product, "version": "1.0", "date": "2026-07-04"})
    with open(os.path.join(out, "corpus", "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    archive = os.path.join(out, "archive")
    os.makedirs(archive, exist_ok=True)
    expected, lines, file_number = {}, [], 0
    zones, = [sorted(REPLAY_ZONES)]
    for number in range(count):
        capture_id = f"cap-{number:06d}"
        product, version = rng.choice(products)[0], rng.choice(versions)
        tz, host, day = rng.choice(zones), rng.choice(REPLAY_HOSTS), rng.choice(["04", "04", "05"])
        markers = []
        date = f"2026-07-{day}"
        if tz in ("Asia/Shanghai", "Asia/Urumqi"):
            date = date.replace("-", "/")
            markers.append("date-format y/MM/dd")
        apostrophe = "'"
        if host == "api.example.cn":
            apostrophe = "\u02bc"
            markers.append("homoglyph U+02BC")
        space = " "
        if scenario == "products" and tz == "Europe/Berlin" and host == "eu.api.example.com":
            space = "\u00a0"
            markers.append("whitespace U+00A0")
        text = texts[(product, version)].replace(DATE_LINE, f"Today{apostrophe}s date is{space}{date}")
        # The minute comes from the capture's number, not from rng, so the rest of a seed's replay is unchanged.
        minute = 31 + number % 29
        text = text.replace(SESSION_LINE, f"Session started at {local_time(day, REPLAY_ZONES[tz], minute)} (local time)")
        labels = {"tz": tz, "host": host, "offset": REPLAY_ZONES[tz], "accept": f"application/vnd.{product}+json",
                  "client": f"{product}/{version}", "request_id": "req-%016x" % rng.getrandbits(64),
                  "captured_at": f"2026-07-{day}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z"}
        if rng.random() < 0.5:
            request = {"model": "assistant-1", "max_tokens": 1024, "system": text, "messages": [{"role": "user", "content": "hi"}]}
        else:
            request = {"model": "chat-1", "messages": [{"role": "system", "content": text}, {"role": "user", "content": "hi"}]}
        line = json.dumps({"id": capture_id, "labels": labels, "request": request}, ensure_ascii=rng.random() < 0.5)
        malformed = rng.random() < malformed_share
        if malformed:
            line = line[:rng.randrange(10, len(line) - 10)]  # cut short: invalid JSON
        expected[capture_id] = {"product": product, "version": version, "tz": tz, "host": host, "day": day,
                                "markers": markers, "malformed": malformed}
        lines.append(line)
        if len(lines) >= 50:
            file_number += 1
            with open(os.path.join(archive, f"captures-{file_number:05d}.jsonl"), "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
            lines = []
    if lines:
        file_number += 1
        with open(os.path.join(archive, f"captures-{file_number:05d}.jsonl"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as handle:
        json.dump(expected, handle, indent=1, sort_keys=True)
    mechanisms = [{"kind": "date-format", "variant": "y/MM/dd", "label": "tz", "values": ["Asia/Shanghai", "Asia/Urumqi"]},
                  {"kind": "homoglyph", "variant": "U+02BC", "label": "host", "values": ["api.example.cn"]}]
    if scenario == "products":
        mechanisms.append({"kind": "whitespace", "variant": "U+00A0", "label": "host & tz", "values": ["eu.api.example.com & Europe/Berlin"]})
    with open(os.path.join(out, "mechanisms.json"), "w", encoding="utf-8") as handle:
        json.dump(mechanisms, handle, indent=1)
    print(f"{count} captures in {archive}, {len(products)} baselines in {os.path.join(out, 'corpus')}")


def main():
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(__doc__.strip())
        return
    if not args or args[0].startswith("-"):
        sys.exit(__doc__.strip() + "\n\nmake-capture-archive.py: the first argument is the output folder OUT")
    out = args[0]
    if "--replay" in args:
        scenario = args[args.index("--replay") + 1]
        if scenario not in ("keyed", "products"):
            sys.exit("--replay takes keyed or products")
        default = 600 if scenario == "keyed" else 2000
        replay(out, scenario, int(args[args.index("--captures") + 1]) if "--captures" in args else default,
               int(args[args.index("--seed") + 1]) if "--seed" in args else 1)
        return
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
