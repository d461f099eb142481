/* menu.h — the menu model and its CSV form (bench/data/menu.csv).
 *
 * CSV: RFC 4180 (fields may be quoted; "" inside quotes is a quote; commas and newlines may
 * appear inside quotes; LF or CRLF line ends; blank lines are skipped). The header names the
 * columns name, section, price, description in any order. Unquoted surrounding spaces and
 * tabs are trimmed. Every row is validated; the first error is reported as
 * "line N: reason" where N is the physical line the record starts on (the header is line 1).
 *
 * Field rules: UTF-8 everywhere; name non-empty, no '|' (it separates the memcached value)
 * and no control characters; section no control characters; description may hold newlines
 * and '|'; price is dollars with at most two decimals ("9", "9.5", "9.95"), parsed exactly
 * into integer cents. The key is the slug of the name and must be unique. */
#ifndef BRIGADE_IO_MENU_H
#define BRIGADE_IO_MENU_H

#include <stddef.h>
#include <stdint.h>

#define MENU_ITEMS_MAX       4096     /* items in one menu */
#define MENU_KEY_MAX         64       /* slug bytes, without NUL */
#define MENU_NAME_MAX        200      /* bytes */
#define MENU_SECTION_MAX     100      /* bytes */
#define MENU_DESCRIPTION_MAX 2000     /* bytes */
#define MENU_PRICE_CENTS_MAX 10000000 /* $100,000.00: a typo guard, far above any dish */
#define MENU_PRICE_TEXT_MAX  16       /* "100000.00" + NUL fits with room */
#define MENU_CSV_BYTES_MAX   (16u << 20)
#define MENU_ERROR_MAX       256

struct menu_item {
    char *key; /* slug of name: [a-z0-9]+(-[a-z0-9]+)*, at most MENU_KEY_MAX bytes */
    char *name;
    char *section;
    char *description;
    int32_t price_cents; /* 0 ..= MENU_PRICE_CENTS_MAX */
};

struct menu {
    struct menu_item *items; /* owned; in menu order */
    size_t count;
    int64_t version; /* menu_versions.version it came from; 0 when not stored yet */
};

/* Parses CSV text `data` of `len` bytes (need not be NUL-terminated) into *out, which the
 * caller zero-initialises. Returns 0 with a complete menu (version 0), or -EINVAL with err
 * "line N: reason" and *out left empty. -E2BIG when there are more than MENU_ITEMS_MAX rows
 * or len exceeds MENU_CSV_BYTES_MAX. */
int menu_parse_csv(const char *data, size_t len, struct menu *out, char *err, size_t err_size);

/* Reads and parses a CSV file. Returns menu_parse_csv's result, or -errno when the file cannot
 * be read; err starts with the path ("menu.csv: line 3: ..."). */
int menu_load_csv_file(const char *path, struct menu *out, char *err, size_t err_size);

/* Frees every item and resets *menu to empty. Safe on an empty or zeroed menu. */
void menu_free(struct menu *menu);

/* Appends a copy of the given fields (all strings copied). Aborts on out of memory; the
 * caller has validated the fields. */
void menu_append(struct menu *menu, const char *key, const char *name, const char *section,
                 const char *description, int32_t price_cents);

/* Writes the slug of UTF-8 `name` (len bytes) into out (out_size >= MENU_KEY_MAX + 1):
 * accents are stripped (utf8proc STRIPMARK) and case folded ("Crème" -> "creme", "ß" ->
 * "ss"); ASCII letters and digits are kept; apostrophes (' and U+2019) vanish; other ASCII
 * characters separate words with one '-'; remaining non-ASCII characters are dropped. The
 * result is cut at MENU_KEY_MAX bytes at a word boundary when possible. Returns the slug
 * length, -EINVAL for invalid UTF-8 or when nothing is left (e.g. "!!!"). */
int menu_slug(const char *name, size_t len, char *out, size_t out_size);

/* Parses a price like "9.95" (len bytes) into cents. Returns 0; -EINVAL when not
 * digits[.d[d]] (negative, "9.9.9", "9.999", "", ".5", "9."); -ERANGE above
 * MENU_PRICE_CENTS_MAX. */
int menu_parse_price(const char *text, size_t len, int32_t *cents_out);

/* Formats cents as dollars with two decimals ("9.95", "0.05") into out (at least
 * MENU_PRICE_TEXT_MAX bytes). Returns the length. */
int menu_format_price(int32_t cents, char *out, size_t out_size);

#endif
