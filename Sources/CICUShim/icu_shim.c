// The only file that includes ICU headers. Every function converts UTF-32 <-> UTF-16 itself and
// never lets an ICU type or error escape: callers see lengths, -1 for errors, and plain values.
#include "stegdiff_icu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uenum.h>
#include <unicode/ures.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

// UTF-16 units kept on the stack by the calls on short texts (a character or a few words, what a
// diff classifies): malloc and free around every ICU call cost more than some of the calls.
#define SD_STACK_UNITS 160

// Converts UTF-32 to UTF-16 into `buffer` (room for 2 * length + 1 units); `map` (optional, same
// room) receives for each UTF-16 index the code point index it belongs to. Returns the length.
static int32_t to_utf16_into(const uint32_t *input, int32_t length, UChar *buffer, int32_t *map) {
    int32_t n = 0;
    for (int32_t i = 0; i < length; i++) {
        uint32_t c = input[i];
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
        if (c >= 0x10000) {
            if (map) { map[n] = i; map[n + 1] = i; }
            buffer[n++] = (UChar)(0xD7C0 + (c >> 10));
            buffer[n++] = (UChar)(0xDC00 | (c & 0x3FF));
        } else {
            if (map) map[n] = i;
            buffer[n++] = (UChar)c;
        }
    }
    if (map) map[n] = length;
    buffer[n] = 0;
    return n;
}

// Converts UTF-32 to UTF-16 into a malloc'd buffer; index_map (optional, malloc'd, length+1)
// receives for each UTF-16 index the code point index it belongs to.
static UChar *to_utf16(const uint32_t *input, int32_t length, int32_t *out_length, int32_t **index_map) {
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * (size_t)(2 * length + 1));
    int32_t *map = index_map ? (int32_t *)malloc(sizeof(int32_t) * (size_t)(2 * length + 1)) : NULL;
    if (!buffer || (index_map && !map)) { free(buffer); free(map); return NULL; }
    *out_length = to_utf16_into(input, length, buffer, map);
    if (index_map) *index_map = map;
    return buffer;
}

// `to_utf16` into the caller's stack buffers (SD_STACK_UNITS each) when the text fits, else
// malloc'd; release with `free_utf16`.
static UChar *to_utf16_small(const uint32_t *input, int32_t length, int32_t *out_length, int32_t **index_map,
                             UChar *stack_buffer, int32_t *stack_map) {
    if (2 * length + 1 > SD_STACK_UNITS) return to_utf16(input, length, out_length, index_map);
    *out_length = to_utf16_into(input, length, stack_buffer, index_map ? stack_map : NULL);
    if (index_map) *index_map = stack_map;
    return stack_buffer;
}

static void free_utf16(UChar *buffer, int32_t *map, const UChar *stack_buffer) {
    if (buffer != stack_buffer) { free(buffer); free(map); }
}

// Writes UTF-16 as UTF-32 into output (up to capacity); returns the number of code points.
static int32_t from_utf16(const UChar *input, int32_t length, uint32_t *output, int32_t capacity) {
    int32_t n = 0;
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(input, i, length, c);
        if (n < capacity && output) output[n] = (uint32_t)c;
        n++;
    }
    return n;
}

void sd_icu_versions(char *icu, char *unicode_version, char *cldr, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(icu, text, (size_t)capacity - 1); icu[capacity - 1] = 0;
    u_getUnicodeVersion(info);
    u_versionToString(info, text);
    strncpy(unicode_version, text, (size_t)capacity - 1); unicode_version[capacity - 1] = 0;
    UErrorCode status = U_ZERO_ERROR;
    ulocdata_getCLDRVersion(info, &status);
    if (U_FAILURE(status)) strcpy(text, "unknown"); else u_versionToString(info, text);
    strncpy(cldr, text, (size_t)capacity - 1); cldr[capacity - 1] = 0;
}

int32_t sd_char_name(uint32_t code_point, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_charName((UChar32)code_point, U_EXTENDED_CHAR_NAME, buffer, capacity, &status);
    return U_FAILURE(status) ? -1 : n;
}

int32_t sd_char_from_name(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = u_charFromName(U_EXTENDED_CHAR_NAME, name, &status);
    if (U_SUCCESS(status)) return c;
    status = U_ZERO_ERROR;
    c = u_charFromName(U_UNICODE_CHAR_NAME, name, &status);
    return U_FAILURE(status) ? -1 : c;
}

int32_t sd_script(uint32_t code_point) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)code_point, &status);
    return U_FAILURE(status) ? -1 : (int32_t)s;
}

int32_t sd_script_name(int32_t script, char *buffer, int32_t capacity) {
    const char *name = uscript_getName((UScriptCode)script);
    if (!name) return -1;
    int32_t n = (int32_t)strlen(name);
    if (n < capacity) memcpy(buffer, name, (size_t)n + 1);
    return n;
}

int32_t sd_has_script(uint32_t code_point, int32_t script) {
    return uscript_hasScript((UChar32)code_point, (UScriptCode)script) ? 1 : 0;
}

int32_t sd_general_category(uint32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }

int32_t sd_combining_class(uint32_t code_point) { return (int32_t)u_getCombiningClass((UChar32)code_point); }

uint32_t sd_properties_among(uint32_t code_point, uint32_t wanted) {
    UChar32 c = (UChar32)code_point;
    uint32_t bits = 0;
#define SD_BIT(flag, property) if ((wanted & (flag)) && u_hasBinaryProperty(c, property)) bits |= (flag)
    SD_BIT(SD_PROP_DEFAULT_IGNORABLE, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
    SD_BIT(SD_PROP_BIDI_CONTROL, UCHAR_BIDI_CONTROL);
    SD_BIT(SD_PROP_VARIATION_SELECTOR, UCHAR_VARIATION_SELECTOR);
    SD_BIT(SD_PROP_WHITE_SPACE, UCHAR_WHITE_SPACE);
    SD_BIT(SD_PROP_EMOJI, UCHAR_EMOJI);
    SD_BIT(SD_PROP_EXTENDED_PICTOGRAPHIC, UCHAR_EXTENDED_PICTOGRAPHIC);
    SD_BIT(SD_PROP_EMOJI_MODIFIER, UCHAR_EMOJI_MODIFIER);
    SD_BIT(SD_PROP_EMOJI_COMPONENT, UCHAR_EMOJI_COMPONENT);
    SD_BIT(SD_PROP_JOIN_CONTROL, UCHAR_JOIN_CONTROL);
    SD_BIT(SD_PROP_ALPHABETIC, UCHAR_ALPHABETIC);
    SD_BIT(SD_PROP_REGIONAL_INDICATOR, UCHAR_REGIONAL_INDICATOR);
    SD_BIT(SD_PROP_EMOJI_PRESENTATION, UCHAR_EMOJI_PRESENTATION);
#undef SD_BIT
    if (wanted & SD_PROP_WIDE) {
        int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) bits |= SD_PROP_WIDE;
    }
    return bits;
}

uint32_t sd_properties(uint32_t code_point) { return sd_properties_among(code_point, ~0u); }

int32_t sd_is_rgi_emoji(const uint32_t *code_points, int32_t length) {
    int32_t n = 0;
    UChar *text = to_utf16(code_points, length, &n, NULL);
    if (!text) return 0;
    int32_t result = u_stringHasBinaryProperty(text, n, UCHAR_RGI_EMOJI) ? 1 : 0;
    free(text);
    return result;
}

int32_t sd_normalize(int32_t form, const uint32_t *input, int32_t length, uint32_t *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer =
        form == SD_FORM_NFKC ? unorm2_getNFKCInstance(&status)
        : form == SD_FORM_NFD ? unorm2_getNFDInstance(&status)
                              : unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    UChar stack_source[SD_STACK_UNITS], stack_target[SD_STACK_UNITS];
    UChar *source = to_utf16_small(input, length, &n, NULL, stack_source, NULL);
    if (!source) return -1;
    // Text already in the form (most text, by ICU's quick check, which is exact for "yes") is
    // its own normalization: no copy through ICU.
    if (unorm2_spanQuickCheckYes(normalizer, source, n, &status) == n && U_SUCCESS(status)) {
        int32_t result = from_utf16(source, n, output, capacity);
        free_utf16(source, NULL, stack_source);
        return result;
    }
    int32_t target_capacity = 4 * n + 16;  // NFKC expands at most ~18x per char; retried below.
    for (int attempt = 0; attempt < 2; attempt++) {
        UChar *target = target_capacity <= SD_STACK_UNITS ? stack_target : (UChar *)malloc(sizeof(UChar) * (size_t)target_capacity);
        if (!target) { free_utf16(source, NULL, stack_source); return -1; }
        status = U_ZERO_ERROR;
        int32_t needed = unorm2_normalize(normalizer, source, n, target, target_capacity, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            if (target != stack_target) free(target);
            target_capacity = needed + 1;
            continue;
        }
        int32_t result = U_FAILURE(status) ? -1 : from_utf16(target, needed, output, capacity);
        if (target != stack_target) free(target);
        free_utf16(source, NULL, stack_source);
        return result;
    }
    free_utf16(source, NULL, stack_source);
    return -1;
}

static USpoofChecker *spoof_checker = NULL;
static pthread_once_t spoof_once = PTHREAD_ONCE_INIT;
static void open_spoof_checker(void) {
    UErrorCode status = U_ZERO_ERROR;
    spoof_checker = uspoof_open(&status);
    if (U_FAILURE(status)) spoof_checker = NULL;
}

int32_t sd_skeleton(const uint32_t *input, int32_t length, uint32_t *output, int32_t capacity) {
    pthread_once(&spoof_once, open_spoof_checker);
    if (!spoof_checker) return -1;
    int32_t n = 0;
    UChar stack_source[SD_STACK_UNITS], stack_target[SD_STACK_UNITS];
    UChar *source = to_utf16_small(input, length, &n, NULL, stack_source, NULL);
    if (!source) return -1;
    int32_t target_capacity = 4 * n + 16;
    for (int attempt = 0; attempt < 2; attempt++) {
        UChar *target = target_capacity <= SD_STACK_UNITS ? stack_target : (UChar *)malloc(sizeof(UChar) * (size_t)target_capacity);
        if (!target) { free_utf16(source, NULL, stack_source); return -1; }
        UErrorCode status = U_ZERO_ERROR;
        // uspoof_getSkeleton only reads the checker: safe to share between threads.
        int32_t needed = uspoof_getSkeleton(spoof_checker, 0, source, n, target, target_capacity, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            if (target != stack_target) free(target);
            target_capacity = needed + 1;
            continue;
        }
        int32_t result = U_FAILURE(status) ? -1 : from_utf16(target, needed, output, capacity);
        if (target != stack_target) free(target);
        free_utf16(source, NULL, stack_source);
        return result;
    }
    free_utf16(source, NULL, stack_source);
    return -1;
}

struct sd_date_format { UDateFormat *format; };

static sd_date_format *wrap_format(UDateFormat *format, UErrorCode status) {
    if (U_FAILURE(status) || !format) { if (format) udat_close(format); return NULL; }
    udat_setLenient(format, 0);
    sd_date_format *wrapper = (sd_date_format *)malloc(sizeof(sd_date_format));
    if (!wrapper) { udat_close(format); return NULL; }
    wrapper->format = format;
    return wrapper;
}

static const UChar utc_zone[] = {'U', 'T', 'C', 0};

sd_date_format *sd_date_format_open_pattern(const char *locale, const uint32_t *pattern, int32_t length) {
    int32_t n = 0;
    UChar *source = to_utf16(pattern, length, &n, NULL);
    if (!source) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, utc_zone, 3, source, n, &status);
    free(source);
    return wrap_format(format, status);
}

sd_date_format *sd_date_format_open_style(const char *locale, int32_t style) {
    UErrorCode status = U_ZERO_ERROR;
    if (style < 0 || style > 3) return NULL;
    UDateFormat *format = udat_open(UDAT_NONE, (UDateFormatStyle)style, locale, utc_zone, 3, NULL, 0, &status);
    return wrap_format(format, status);
}

void sd_date_format_close(sd_date_format *format) {
    if (!format) return;
    udat_close(format->format);
    free(format);
}

int32_t sd_date_format_pattern(const sd_date_format *format, uint32_t *output, int32_t capacity) {
    UChar buffer[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = udat_toPattern(format->format, 0, buffer, 256, &status);
    if (U_FAILURE(status)) return -1;
    return from_utf16(buffer, n, output, capacity);
}

int32_t sd_date_parse(sd_date_format *format, const uint32_t *text, int32_t length, int32_t start,
                      double *millis, int32_t *end) {
    if (start < 0 || start > length) return 0;
    int32_t n = 0;
    int32_t *map = NULL;
    UChar *source = to_utf16(text, length, &n, &map);
    if (!source) return 0;
    int32_t position = 0;
    while (position < n && map[position] < start) position++;
    UErrorCode status = U_ZERO_ERROR;
    int32_t parse_position = position;
    UDate value = udat_parse(format->format, source, n, &parse_position, &status);
    int32_t ok = U_SUCCESS(status) && parse_position > position;
    if (ok) { *millis = value; *end = map[parse_position]; }
    free(map);
    free(source);
    return ok;
}

int32_t sd_date_format_millis(sd_date_format *format, double millis, uint32_t *output, int32_t capacity) {
    UChar buffer[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = udat_format(format->format, millis, buffer, 256, NULL, &status);
    if (U_FAILURE(status) || n > 256) return -1;
    return from_utf16(buffer, n, output, capacity);
}

int32_t sd_date_components(double millis, int32_t *year, int32_t *month, int32_t *day) {
    UErrorCode status = U_ZERO_ERROR;
    UCalendar *calendar = ucal_open(utc_zone, 3, "en_US_POSIX@calendar=gregorian", UCAL_GREGORIAN, &status);
    if (U_FAILURE(status)) return 0;
    ucal_setMillis(calendar, millis, &status);
    *year = ucal_get(calendar, UCAL_EXTENDED_YEAR, &status);
    *month = ucal_get(calendar, UCAL_MONTH, &status) + 1;
    *day = ucal_get(calendar, UCAL_DATE, &status);
    ucal_close(calendar);
    return U_SUCCESS(status) ? 1 : 0;
}

int32_t sd_locale_count(void) { return uloc_countAvailable(); }

int32_t sd_locale_name(int32_t index, char *buffer, int32_t capacity) {
    const char *name = uloc_getAvailable(index);
    if (!name) return -1;
    int32_t n = (int32_t)strlen(name);
    if (n < capacity) memcpy(buffer, name, (size_t)n + 1);
    return n;
}

int32_t sd_locale_date_patterns(const char *locale, uint32_t *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *calendars = ucal_getKeywordValuesForLocale("calendar", locale, 1, &status);
    const char *preferred = U_SUCCESS(status) ? uenum_next(calendars, NULL, &status) : NULL;
    int gregorian = preferred && strcmp(preferred, "gregorian") == 0;
    uenum_close(calendars);
    UResourceBundle *bundle = NULL, *calendar = NULL, *gregorian_data = NULL, *patterns = NULL;
    status = U_ZERO_ERROR;
    if (gregorian) {
        bundle = ures_open(NULL, locale, &status);
        calendar = ures_getByKey(bundle, "calendar", NULL, &status);
        gregorian_data = ures_getByKey(calendar, "gregorian", NULL, &status);
        patterns = ures_getByKey(gregorian_data, "DateTimePatterns", NULL, &status);
    }
    int32_t total = 0;
    for (int32_t style = 0; style < 4; style++) {
        // DateTimePatterns: 0-3 time full..short, 4-7 date full..short, then the glue patterns.
        int32_t length = 0, written = -1;
        UErrorCode item_status = status;
        const UChar *pattern = (gregorian && U_SUCCESS(status)) ? ures_getStringByIndex(patterns, 4 + style, &length, &item_status) : NULL;
        if (U_SUCCESS(item_status) && pattern && length > 0) {
            written = from_utf16(pattern, length, output ? output + total : NULL, capacity - total);
        } else {
            sd_date_format *format = sd_date_format_open_style(locale, style);
            if (format) {
                written = sd_date_format_pattern(format, output ? output + total : NULL, capacity - total);
                sd_date_format_close(format);
            }
        }
        if (written < 0) written = 0;
        total += written;
        if (output && total < capacity) output[total] = 0;
        total += 1;
    }
    ures_close(patterns);
    ures_close(gregorian_data);
    ures_close(calendar);
    ures_close(bundle);
    return total;
}

// One word break iterator per thread, opened at its first use and reused with ubrk_setText:
// opening one (ubrk_open builds the rule tables' wrapper) cost about 37,000 instructions, ten
// times the boundaries of the 64 code points a caller asks about. Per thread because an iterator
// holds its text and position; the key's destructor closes it when the thread ends.
static pthread_key_t word_iterator_key;
static pthread_once_t word_iterator_once = PTHREAD_ONCE_INIT;
static int word_iterator_key_made = 0;
static void close_word_iterator(void *iterator) { ubrk_close((UBreakIterator *)iterator); }
static void make_word_iterator_key(void) {
    word_iterator_key_made = pthread_key_create(&word_iterator_key, close_word_iterator) == 0;
}
static const UChar empty_text[1] = {0};

// The calling thread's word break iterator set to `text`, or NULL if ICU failed.
static UBreakIterator *word_iterator(const UChar *text, int32_t length) {
    pthread_once(&word_iterator_once, make_word_iterator_key);
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = word_iterator_key_made ? (UBreakIterator *)pthread_getspecific(word_iterator_key) : NULL;
    if (iterator) {
        ubrk_setText(iterator, text, length, &status);
        return U_FAILURE(status) ? NULL : iterator;
    }
    // The root locale's word rules (UAX #29) with ICU's dictionaries for CJK and Thai.
    iterator = ubrk_open(UBRK_WORD, "", text, length, &status);
    if (U_FAILURE(status)) return NULL;
    // Without a per-thread slot release_word_iterator closes it again.
    if (word_iterator_key_made) pthread_setspecific(word_iterator_key, iterator);
    return iterator;
}

// Hands the iterator back: it keeps no pointer to the caller's text (set to an empty one), or is
// closed when it was not kept for the thread.
static void release_word_iterator(UBreakIterator *iterator) {
    UErrorCode status = U_ZERO_ERROR;
    if (word_iterator_key_made && pthread_getspecific(word_iterator_key) == iterator) {
        ubrk_setText(iterator, empty_text, 0, &status);
    } else {
        ubrk_close(iterator);
    }
}

int32_t sd_word_boundaries(const uint32_t *text, int32_t length, int32_t stop_after, int32_t *output, int32_t capacity) {
    if (length <= 0) return 0;
    int32_t n = 0;
    int32_t *map = NULL;
    UChar stack_source[SD_STACK_UNITS];
    int32_t stack_map[SD_STACK_UNITS];
    UChar *source = to_utf16_small(text, length, &n, &map, stack_source, stack_map);
    if (!source) return -1;
    UBreakIterator *iterator = word_iterator(source, n);
    if (!iterator) { free_utf16(source, map, stack_source); return -1; }
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count < capacity) output[count] = map[boundary];
        count++;
        if (map[boundary] > stop_after) break;
    }
    release_word_iterator(iterator);
    free_utf16(source, map, stack_source);
    return count;
}

int32_t sd_tz_data_version(char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const char *version = ucal_getTZDataVersion(&status);
    if (U_FAILURE(status) || !version) return -1;
    int32_t n = (int32_t)strlen(version);
    if (n < capacity) memcpy(buffer, version, (size_t)n + 1);
    return n;
}

// Offset of an opened calendar's zone at an instant, in milliseconds; 0 on success in *ok.
static int32_t calendar_offset(UCalendar *calendar, double millis, UErrorCode *status) {
    ucal_setMillis(calendar, millis, status);
    return ucal_get(calendar, UCAL_ZONE_OFFSET, status) + ucal_get(calendar, UCAL_DST_OFFSET, status);
}

int32_t sd_zone_offset(const char *zone_id, double millis, int32_t *offset) {
    UChar id[64];
    int32_t n = (int32_t)strlen(zone_id);
    if (n <= 0 || n >= 64) return 0;
    u_charsToUChars(zone_id, id, n);
    UErrorCode status = U_ZERO_ERROR;
    UChar canonical[64];
    UBool system = 0;
    ucal_getCanonicalTimeZoneID(id, n, canonical, 64, &system, &status);
    if (U_FAILURE(status) || !system) return 0;
    UCalendar *calendar = ucal_open(id, n, "en_US_POSIX@calendar=gregorian", UCAL_GREGORIAN, &status);
    if (U_FAILURE(status)) return 0;
    int32_t value = calendar_offset(calendar, millis, &status);
    ucal_close(calendar);
    if (U_FAILURE(status)) return 0;
    *offset = value;
    return 1;
}

int32_t sd_zones_with_offset(double millis, int32_t offset, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &status);
    if (U_FAILURE(status)) return -1;
    UCalendar *calendar = ucal_open(utc_zone, 3, "en_US_POSIX@calendar=gregorian", UCAL_GREGORIAN, &status);
    if (U_FAILURE(status)) { uenum_close(zones); return -1; }
    int32_t total = 0;
    if (capacity > 0) buffer[0] = 0;
    const UChar *id;
    int32_t length = 0;
    while ((id = uenum_unext(zones, &length, &status)) != NULL && U_SUCCESS(status)) {
        ucal_setTimeZone(calendar, id, length, &status);
        int32_t value = calendar_offset(calendar, millis, &status);
        if (U_FAILURE(status)) { status = U_ZERO_ERROR; continue; }
        if (value != offset) continue;
        int32_t needed = total + (total > 0 ? 1 : 0) + length;
        if (needed < capacity) {
            if (total > 0) buffer[total] = ' ';
            u_UCharsToChars(id, buffer + needed - length, length);
            buffer[needed] = 0;
        }
        total = needed;
    }
    ucal_close(calendar);
    uenum_close(zones);
    return total;
}

int32_t sd_best_pattern(const char *locale, const char *skeleton, uint32_t *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UDateTimePatternGenerator *generator = udatpg_open(locale, &status);
    if (U_FAILURE(status)) return -1;
    UChar wanted[32];
    int32_t n = (int32_t)strlen(skeleton);
    if (n <= 0 || n >= 32) { udatpg_close(generator); return -1; }
    u_charsToUChars(skeleton, wanted, n);
    UChar pattern[128];
    int32_t length = udatpg_getBestPattern(generator, wanted, n, pattern, 128, &status);
    udatpg_close(generator);
    if (U_FAILURE(status) || length >= 128) return -1;
    int32_t count = 0;
    for (int32_t i = 0; i < length; ) {
        UChar32 c;
        U16_NEXT(pattern, i, length, c);
        if (count < capacity) output[count] = (uint32_t)c;
        count++;
    }
    return count;
}

int32_t sd_zone_display_names(const char *locale, const char *pattern, double millis, uint32_t *output, int32_t capacity) {
    UChar zone_pattern[16];
    if (strlen(pattern) >= 16) return -1;
    u_uastrcpy(zone_pattern, pattern);
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL, NULL, NULL, &status);
    if (U_FAILURE(status)) return -1;
    int32_t total = 0;
    const UChar *id;
    int32_t length = 0;
    while ((id = uenum_unext(zones, &length, &status)) != NULL && U_SUCCESS(status)) {
        UErrorCode format_status = U_ZERO_ERROR;
        UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, id, length, zone_pattern, -1, &format_status);
        if (U_FAILURE(format_status)) continue;
        UChar name[256];
        int32_t n = udat_format(format, millis, name, 256, NULL, &format_status);
        udat_close(format);
        if (U_FAILURE(format_status) || n <= 0 || n >= 256) continue;
        // One name per line; the caller splits on U+000A.
        int32_t written = from_utf16(name, n, total < capacity ? output + total : NULL, total < capacity ? capacity - total : 0);
        if (written < 0) continue;
        total += written;
        if (total < capacity) output[total] = 0x0A;
        total += 1;
    }
    uenum_close(zones);
    return total;
}
