#!/usr/bin/env python3
"""check-corpus-variants.py: sanity-check Corpus/variants against Corpus/baselines.

For every variants/NAME.md + NAME.expected.json it verifies that
  - the JSON has the README format (and is byte-identical to json.dump(indent=2, ensure_ascii=True) + LF);
  - findings are sorted by candidate start (then baseline start) and do not overlap on either side;
  - replacing each baseline range by its candidate range, with the untouched stretches in between
    copied from the baseline, reproduces the candidate file exactly;
  - code point lists, kinds, subkinds, severities and detail keys agree with the bytes and with the
    granularity contract in Corpus/README.md;
and globally that every kind and every invisible subkind appears, that there are at least 45
variants, and that the baselines keep their invariants (one env date, LF only, only legitimate
invisible characters). Exits non-zero on the first problem. Standard library only.
"""

import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Corpus")
BASE_DIR = os.path.join(CORPUS, "baselines")
VAR_DIR = os.path.join(CORPUS, "variants")

KINDS = {
    "invisible": "high", "homoglyph": "high", "date-format": "high", "invalid-encoding": "high",
    "whitespace": "medium", "compatibility": "medium", "normalization": "medium",
    "line-ending": "medium", "date-value": "info", "edit": "low",
}
INVISIBLE_SUBKINDS = ["zero-width", "bidi-control", "tag", "variation-selector", "soft-hyphen", "bom", "control", "other"]
WHITESPACE_SUBKINDS = ["replaced", "added", "removed"]
DATE_KEYS = ["baselinePattern", "candidatePattern", "baselineValue", "candidateValue"]

# Default_Ignorable_Code_Point (DerivedCoreProperties.txt)
DEFAULT_IGNORABLE = [(0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
                     (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
                     (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
                     (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
                     (0xE0000, 0xE0FFF)]
LINE_BREAKS = {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\x0b", "\x0c"}


def in_ranges(cp, ranges):
    return any(a <= cp <= b for a, b in ranges)


def invisible_subkind(cp):
    if (cp < 0x20 and cp not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)) or cp == 0x7F or (0x80 <= cp <= 0x9F and cp != 0x85):
        return "control"
    if cp in (0x200B, 0x200C, 0x200D, 0x2060):
        return "zero-width"
    if cp in (0x061C, 0x200E, 0x200F) or 0x202A <= cp <= 0x202E or 0x2066 <= cp <= 0x2069:
        return "bidi-control"
    if 0xE0000 <= cp <= 0xE007F:
        return "tag"
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0x180B <= cp <= 0x180F:
        return "variation-selector"
    if cp == 0x00AD:
        return "soft-hyphen"
    if cp == 0xFEFF:
        return "bom"
    if in_ranges(cp, DEFAULT_IGNORABLE):
        return "other"
    return None


def is_white_space(ch):
    # Unicode White_Space minus line breaks
    return ch in " \u00a0\u1680\u202f\u205f\u3000" or 0x2000 <= ord(ch) <= 0x200A


def cps(b):
    return ["U+%04X" % ord(c) for c in b.decode("utf-8", "replace")]


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def check_baseline(name, data):
    text = data.decode("utf-8")
    need(data.count(b"2026-07-04") == 1, f"{name}: the env date must occur exactly once")
    need(b"Today's date is 2026-07-04\n" in data, f"{name}: env line missing")
    need(b"\r" not in data and b"\t" not in data, f"{name}: CR or tab found")
    for ch in text:
        cp = ord(ch)
        if cp in (0x200C, 0x200D, 0xFE0F, 0x00A0):
            continue
        need(invisible_subkind(cp) is None, f"{name}: unexpected invisible U+{cp:04X}")
        need(unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn") or ch == "\n",
             f"{name}: unexpected U+{cp:04X}")


def check_finding(vname, f, base, cand):
    need(list(f.keys()) == ["kind", "subkind", "severity", "baseline", "candidate",
                            "baselineCodePoints", "candidateCodePoints", "detail"], f"{vname}: keys {list(f)}")
    kind, sub, sev = f["kind"], f["subkind"], f["severity"]
    need(kind in KINDS, f"{vname}: unknown kind {kind}")
    bs, be = f["baseline"]["start"], f["baseline"]["end"]
    cs, ce = f["candidate"]["start"], f["candidate"]["end"]
    need(0 <= bs <= be <= len(base) and 0 <= cs <= ce <= len(cand), f"{vname}: range out of bounds")
    bb, cb = base[bs:be], cand[cs:ce]
    need(bb != cb, f"{vname}: finding with identical bytes on both sides")
    need(f["baselineCodePoints"] == cps(bb), f"{vname}: baselineCodePoints mismatch")
    need(f["candidateCodePoints"] == cps(cb), f"{vname}: candidateCodePoints mismatch")
    bt, ct = bb.decode("utf-8"), cb.decode("utf-8", "replace")
    detail = f["detail"]
    if kind == "invisible":
        need(sub in INVISIBLE_SUBKINDS, f"{vname}: invisible subkind {sub}")
        need(sev in ("high", "low"), f"{vname}: invisible severity {sev}")
        need((bt == "") != (ct == "") or (bt and ct), f"{vname}: invisible finding without a run")
        run = bt + ct  # insertion, removal or swap at one place
        need(all(invisible_subkind(ord(c)) == sub for c in run), f"{vname}: run is not all {sub}")
        if sub == "tag":
            tags = ct or bt
            need(detail == {"decodedTag": "".join(chr(ord(c) - 0xE0000) for c in tags)},
                 f"{vname}: decodedTag mismatch")
        else:
            need(detail == {}, f"{vname}: unexpected detail")
        return
    need(sev == KINDS[kind], f"{vname}: severity {sev} for {kind}")
    if kind == "whitespace":
        need(sub in WHITESPACE_SUBKINDS, f"{vname}: whitespace subkind {sub}")
        need(all(is_white_space(c) for c in bt + ct), f"{vname}: whitespace run has other characters")
        need({"added": bt == "" and ct != "", "removed": ct == "" and bt != "",
              "replaced": bt != "" and ct != ""}[sub], f"{vname}: whitespace {sub} ranges")
    else:
        need(sub is None, f"{vname}: {kind} must have subkind null")
    if kind in ("date-format", "date-value"):
        need(list(detail) == DATE_KEYS, f"{vname}: date detail keys {list(detail)}")
        need(bt == "2026-07-04" and detail["baselineValue"] == "2026-07-04", f"{vname}: baseline date")
        if kind == "date-value":
            need(detail["baselinePattern"] == detail["candidatePattern"] and ct == detail["candidateValue"]
                 and ct != bt, f"{vname}: date-value detail")
    else:
        if kind != "invisible":
            need(detail == {}, f"{vname}: unexpected detail for {kind}")
    if kind == "homoglyph":
        need(len(bt) == 1 and len(ct) == 1, f"{vname}: homoglyph must cover one character per side")
    if kind == "line-ending":
        need(bt in LINE_BREAKS and ct in LINE_BREAKS, f"{vname}: line-ending ranges must be line breaks")
    if kind == "normalization":
        need(unicodedata.normalize("NFC", bt) == unicodedata.normalize("NFC", ct), f"{vname}: not canonically equal")
    if kind == "compatibility":
        need(unicodedata.normalize("NFKC", ct) == bt, f"{vname}: NFKC(candidate) != baseline")
    if kind == "invalid-encoding":
        try:
            cb.decode("utf-8")
            need(False, f"{vname}: invalid-encoding candidate bytes decode fine")
        except UnicodeDecodeError:
            pass
        need(f["candidateCodePoints"] == ["U+FFFD"], f"{vname}: one maximal subpart per finding")
    if kind == "edit":
        need(bt.isalpha() and ct.isalpha(), f"{vname}: edit must cover whole words")
        need(not base[bs - 1:bs].isalpha() and not base[be:be + 1].isalpha(), f"{vname}: edit not a whole word")


def check_variant(vname, exp, base, cand):
    findings = exp["findings"]
    keys = [(f["candidate"]["start"], f["baseline"]["start"]) for f in findings]
    need(keys == sorted(keys), f"{vname}: findings not sorted by candidate start")
    out = bytearray()
    pos = 0
    for f in findings:
        check_finding(vname, f, base, cand)
        bs, be = f["baseline"]["start"], f["baseline"]["end"]
        cs, ce = f["candidate"]["start"], f["candidate"]["end"]
        need(bs >= pos, f"{vname}: baseline ranges overlap or are out of order")
        out += base[pos:bs]
        need(len(out) == cs, f"{vname}: candidate start {cs} does not follow from the baseline ({len(out)})")
        out += cand[cs:ce]
        pos = be
    out += base[pos:]
    need(bytes(out) == cand, f"{vname}: applying the findings to the baseline does not give the candidate")
    if not findings:
        need(base == cand, f"{vname}: no findings but files differ")


def main():
    problems = 0
    bases = {}
    for fn in sorted(os.listdir(BASE_DIR)):
        if fn.endswith(".md"):
            with open(os.path.join(BASE_DIR, fn), "rb") as fh:
                bases[fn] = fh.read()
            try:
                check_baseline(fn, bases[fn])
            except Fail as e:
                print("FAIL", e)
                problems += 1
    names = sorted(fn[:-len(".expected.json")] for fn in os.listdir(VAR_DIR) if fn.endswith(".expected.json"))
    mds = sorted(fn[:-3] for fn in os.listdir(VAR_DIR) if fn.endswith(".md"))
    if names != mds:
        print("FAIL: .md and .expected.json files do not pair up:", sorted(set(names) ^ set(mds)))
        problems += 1
    seen_kinds, seen_invisible, seen_ws = set(), set(), set()
    identical = only_drift = 0
    for n in names:
        path = os.path.join(VAR_DIR, n + ".expected.json")
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            exp = json.loads(raw)
            need(list(exp) == ["baseline", "description", "findings"], f"{n}: top-level keys")
            need(raw == (json.dumps(exp, indent=2, ensure_ascii=True) + "\n").encode("ascii"),
                 f"{n}: JSON not in canonical json.dump(indent=2, ensure_ascii=True) form")
            bname = exp["baseline"]
            need(bname.startswith("baselines/") and bname[len("baselines/"):] in bases, f"{n}: unknown baseline {bname}")
            with open(os.path.join(VAR_DIR, n + ".md"), "rb") as fh:
                cand = fh.read()
            check_variant(n, exp, bases[bname[len("baselines/"):]], cand)
        except Fail as e:
            print("FAIL", e)
            problems += 1
            continue
        fs = exp["findings"]
        identical += not fs
        only_drift += len(fs) == 1 and fs[0]["kind"] == "date-value"
        for f in fs:
            seen_kinds.add(f["kind"])
            if f["kind"] == "invisible":
                seen_invisible.add(f["subkind"])
            if f["kind"] == "whitespace":
                seen_ws.add(f["subkind"])
    for what, want, got in [("kind", set(KINDS), seen_kinds),
                            ("invisible subkind", set(INVISIBLE_SUBKINDS), seen_invisible)]:
        for missing in sorted(want - got):
            print(f"FAIL: no variant has {what} {missing}")
            problems += 1
    if len(names) < 45:
        print(f"FAIL: only {len(names)} variants (need 45)")
        problems += 1
    if not identical or not only_drift:
        print("FAIL: need an identical variant and a variant whose only finding is a date-value drift")
        problems += 1
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print(f"OK: {len(names)} variants, {len(bases)} baselines; kinds: {', '.join(sorted(seen_kinds))}; "
          f"invisible subkinds: {', '.join(sorted(seen_invisible))}; whitespace subkinds: {', '.join(sorted(seen_ws))}")


if __name__ == "__main__":
    main()
