// Plain-C facade over system ICU (libicu 72) for stegdiff.
// Only our own names and fixed-width types appear here: no <unicode/...> include, so this header
// never clashes with the ICU copy that Swift's Foundation embeds.
// Text crosses the boundary as UTF-32 code points; conversion to ICU's UTF-16 happens inside.
#ifndef STEGDIFF_ICU_H
#define STEGDIFF_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes NUL-terminated version strings of ICU, its Unicode data and its CLDR data.
void sd_icu_versions(char *icu, char *unicode_version, char *cldr, int32_t capacity);

/// ICU extended character name (U_EXTENDED_CHAR_NAME); returns the length, or -1.
int32_t sd_char_name(uint32_t code_point, char *buffer, int32_t capacity);

/// Looks a character up by name (ICU extended or Unicode name); returns -1 when none.
int32_t sd_char_from_name(const char *name);

/// ICU UScriptCode of the code point.
int32_t sd_script(uint32_t code_point);

/// Long script name (e.g. "Cyrillic") for a UScriptCode; returns the length, or -1.
int32_t sd_script_name(int32_t script, char *buffer, int32_t capacity);

/// True when the code point's Script_Extensions contain the script.
int32_t sd_has_script(uint32_t code_point, int32_t script);

/// ICU UCharCategory (general category) of the code point.
int32_t sd_general_category(uint32_t code_point);

/// Canonical_Combining_Class of the code point (9 = virama).
int32_t sd_combining_class(uint32_t code_point);

/// Bits of sd_property_bits for the code point, all from ICU's property data.
uint32_t sd_properties(uint32_t code_point);

/// sd_properties restricted to the bits of `wanted` (the others are 0): each bit is one ICU
/// lookup, and most callers ask about one to three of the thirteen.
uint32_t sd_properties_among(uint32_t code_point, uint32_t wanted);

enum {
    SD_PROP_DEFAULT_IGNORABLE = 1u << 0,
    SD_PROP_BIDI_CONTROL = 1u << 1,
    SD_PROP_VARIATION_SELECTOR = 1u << 2,
    SD_PROP_WHITE_SPACE = 1u << 3,
    SD_PROP_EMOJI = 1u << 4,
    SD_PROP_EXTENDED_PICTOGRAPHIC = 1u << 5,
    SD_PROP_EMOJI_MODIFIER = 1u << 6,
    SD_PROP_EMOJI_COMPONENT = 1u << 7,
    SD_PROP_JOIN_CONTROL = 1u << 8,
    SD_PROP_ALPHABETIC = 1u << 9,
    SD_PROP_REGIONAL_INDICATOR = 1u << 10,
    SD_PROP_EMOJI_PRESENTATION = 1u << 11,
    SD_PROP_WIDE = 1u << 12,  // East_Asian_Width Wide or Fullwidth: two terminal columns
};

/// 1 when the code point sequence is exactly one RGI emoji (any kind, incl. ZWJ and tag sequences).
int32_t sd_is_rgi_emoji(const uint32_t *code_points, int32_t length);

enum { SD_FORM_NFC = 0, SD_FORM_NFKC = 1, SD_FORM_NFD = 2 };

/// Normalizes into `output`; returns the needed length in code points, or -1 on error.
int32_t sd_normalize(int32_t form, const uint32_t *input, int32_t length, uint32_t *output, int32_t capacity);

/// UTS #39 confusable skeleton (uspoof_getSkeleton); returns the needed length, or -1 on error.
int32_t sd_skeleton(const uint32_t *input, int32_t length, uint32_t *output, int32_t capacity);

/// Word boundaries (UAX #29 with ICU's CJK and Thai dictionaries) of the text, as code point
/// indices from 0 to length; returns how many there are (more than capacity: call again), or -1.
/// Stops after the first boundary past code point index `stop_after` (pass `length` for all).
int32_t sd_word_boundaries(const uint32_t *text, int32_t length, int32_t stop_after, int32_t *output, int32_t capacity);

/// An ICU date formatter in UTC with the Gregorian calendar; not thread-safe: one per thread.
typedef struct sd_date_format sd_date_format;

/// Opens a formatter for an explicit ICU pattern (UTF-32) in a locale; NULL on error.
sd_date_format *sd_date_format_open_pattern(const char *locale, const uint32_t *pattern, int32_t length);

/// Opens a locale's default date format of a style (0 full, 1 long, 2 medium, 3 short); NULL on error.
sd_date_format *sd_date_format_open_style(const char *locale, int32_t style);

/// Closes a formatter (NULL is allowed).
void sd_date_format_close(sd_date_format *format);

/// The formatter's pattern in UTF-32; returns the needed length, or -1.
int32_t sd_date_format_pattern(const sd_date_format *format, uint32_t *output, int32_t capacity);

/// Strict parse of text[start...]: returns 1 and sets *millis and *end (code point index) on success.
int32_t sd_date_parse(sd_date_format *format, const uint32_t *text, int32_t length, int32_t start,
                      double *millis, int32_t *end);

/// Formats a UTC instant; returns the needed length in code points, or -1.
int32_t sd_date_format_millis(sd_date_format *format, double millis, uint32_t *output, int32_t capacity);

/// Year, month (1-12) and day of a UTC instant, through ICU's Gregorian calendar; 1 on success.
int32_t sd_date_components(double millis, int32_t *year, int32_t *month, int32_t *day);

/// A locale's four default date patterns (full, long, medium, short), UTF-32, each followed by a 0;
/// returns the total length, or -1. Reads CLDR data directly where the locale's calendar is
/// Gregorian (fast), else asks udat_open.
int32_t sd_locale_date_patterns(const char *locale, uint32_t *output, int32_t capacity);

/// Number of locales ICU has data for, and the name of the i-th; name returns its length, or -1.
int32_t sd_locale_count(void);
int32_t sd_locale_name(int32_t index, char *buffer, int32_t capacity);

/// ICU's time-zone data version (e.g. "2022e"), NUL-terminated; returns its length, or -1.
int32_t sd_tz_data_version(char *buffer, int32_t capacity);

/// The UTC offset in milliseconds (raw + daylight) of an IANA zone ID (ASCII) at an instant;
/// returns 1 and sets *offset when ICU knows the zone, else 0 (ICU's "Etc/Unknown" fallback is 0).
int32_t sd_zone_offset(const char *zone_id, double millis, int32_t *offset);

/// Canonical location zones (IANA IDs) whose UTC offset at `millis` is `offset` milliseconds,
/// space-separated and NUL-terminated in `buffer`; returns the needed length, or -1.
int32_t sd_zones_with_offset(double millis, int32_t offset, char *buffer, int32_t capacity);

/// The pattern ICU's generator picks for a skeleton (`yMMMEd`) in a locale, UTF-32; returns the
/// needed length, or -1.
int32_t sd_best_pattern(const char *locale, const char *skeleton, uint32_t *output, int32_t capacity);

/// The name a date pattern of one zone field (`zzzz`, `vvvv`) gives every canonical time zone of
/// ICU in `locale` at `millis`, UTF-32, each followed by U+000A; returns the needed length, or -1.
int32_t sd_zone_display_names(const char *locale, const char *pattern, double millis, uint32_t *output, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
