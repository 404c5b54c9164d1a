#!/usr/bin/env bash
# Dates as a JavaScript runtime writes them (Node's Intl.DateTimeFormat, its own ICU and CLDR, newer
# than the ICU 72 the tables come from) in 78 locales and 8 styles, each against ISO 8601 (same
# instant: date-format at medium or above expected) and against the next day in the same form
# (date-value expected), through `stegdiff diff --format json` (Scripts/check_date_pairs.py).
# Prints the pass table and the failures. Needs `node`; says so and exits 2 without it.
# Usage: Scripts/date-intl.sh [STEGDIFF_BINARY]   (default .build/debug/stegdiff)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/stegdiff}
command -v node >/dev/null || { echo "date-intl: node is not installed (apt-get install nodejs)" >&2; exit 2; }
echo "node $(node --version), ICU $(node -p process.versions.icu), CLDR $(node -p process.versions.cldr)"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
node - > "$OUT/pairs.jsonl" <<'JS'
const locales = ["en-US","en-GB","de-DE","fr-FR","es-ES","it-IT","pt-BR","nl-NL","sv-SE","da-DK","nb-NO","fi-FI","pl-PL","cs-CZ","hu-HU",
  "ro-RO","tr-TR","ru-RU","uk-UA","el-GR","he-IL","ar-EG","ar-SA","fa-IR","hi-IN","bn-BD","th-TH","vi-VN","id-ID","ms-MY","zh-CN","zh-TW",
  "zh-HK","ja-JP","ko-KR","ur-PK","mr-IN","ta-IN","te-IN","kk-KZ","sr-RS","hr-HR","bg-BG","lt-LT","lv-LV","et-EE","sk-SK","sl-SI","ca-ES",
  "eu-ES","gl-ES","af-ZA","sw-KE","am-ET","my-MM","km-KH","ne-NP","si-LK","ka-GE","hy-AM","az-AZ","uz-UZ","mn-MN","fil-PH","is-IS","ga-IE",
  "cy-GB","mk-MK","sq-AL","bs-BA","en-IN","en-AU","en-CA","fr-CA","es-MX","pt-PT","de-CH","it-CH"];
const a = new Date(Date.UTC(2025, 8, 29, 16, 55, 10, 367)), b = new Date(Date.UTC(2025, 8, 30, 16, 55, 10, 367));
const styles = {
  "toLocaleString": {}, "dateStyle full": {dateStyle: "full"}, "dateStyle long": {dateStyle: "long"},
  "dateStyle medium": {dateStyle: "medium"}, "dateStyle short": {dateStyle: "short"},
  "long+medium time": {dateStyle: "long", timeStyle: "medium"}, "full+long time": {dateStyle: "full", timeStyle: "long"},
  "short+short": {dateStyle: "short", timeStyle: "short"},
};
const wrap = (text) => `Today's date: ${text}. Be concise.`;
for (const locale of locales) for (const [name, options] of Object.entries(styles)) {
  let format; try { format = new Intl.DateTimeFormat(locale, {...options, timeZone: "UTC"}); } catch (e) { continue; }
  const iso = !options.dateStyle || options.timeStyle ? (options.timeStyle == "short" ? "2025-09-29T16:55Z" : "2025-09-29T16:55:10Z") : "2025-09-29";
  const same = format.format(a);
  const form = `${locale} ${name}`;
  if (same != iso) console.log(JSON.stringify({category: "same instant, another form", form, expect: "format", baseline: wrap(iso), candidate: wrap(same)}));
  console.log(JSON.stringify({category: "the next day, same form", form, expect: "value", baseline: wrap(same), candidate: wrap(format.format(b))}));
}
JS
python3 Scripts/check_date_pairs.py "$BIN" "$OUT"
sed 's/^/failed: /' "$OUT/failures.txt"
