/* menu.c — the menu model, its CSV parser, slugs and exact prices. */
#include "io/menu.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "kernels/assert.h"

#define MENU_ASSERT(cond) BRIGADE_ASSERT(cond)

#define MENU_COLUMNS         4
#define CSV_FIELDS_MAX       16 /* fields kept per record; more is a column-count error anyway */
#define MENU_UNICODE_RSQUO   0x2019
#define MENU_PRICE_WHOLE_MAX (MENU_PRICE_CENTS_MAX / 100)

_Static_assert(MENU_PRICE_CENTS_MAX < INT32_MAX / 10, "cents arithmetic cannot overflow");

enum menu_column {
    MENU_COLUMN_NAME,
    MENU_COLUMN_SECTION,
    MENU_COLUMN_PRICE,
    MENU_COLUMN_DESCRIPTION
};
static const char *const menu_column_names[MENU_COLUMNS] = {"name", "section", "price",
                                                            "description"};

static void *menu_xalloc(void *p)
{
    if (!p) {
        fprintf(stderr, "%s:%d: out of memory\n", __FILE__, __LINE__);
        abort();
    }
    return p;
}

void menu_free(struct menu *menu)
{
    for (size_t i = 0; i < menu->count; i++) {
        free(menu->items[i].key);
        free(menu->items[i].name);
        free(menu->items[i].section);
        free(menu->items[i].description);
    }
    free(menu->items);
    memset(menu, 0, sizeof(*menu));
}

void menu_append(struct menu *menu, const char *key, const char *name, const char *section,
                 const char *description, int32_t price_cents)
{
    MENU_ASSERT(menu->count < MENU_ITEMS_MAX);
    MENU_ASSERT(price_cents >= 0 && price_cents <= MENU_PRICE_CENTS_MAX);
    /* Grow at powers of two: count is a power of two exactly when the array is full. */
    if ((menu->count & (menu->count - 1)) == 0) {
        size_t cap = menu->count ? menu->count * 2 : 8;
        menu->items = menu_xalloc(realloc(menu->items, cap * sizeof(*menu->items)));
    }
    struct menu_item *item = &menu->items[menu->count++];
    item->key = menu_xalloc(strdup(key));
    item->name = menu_xalloc(strdup(name));
    item->section = menu_xalloc(strdup(section));
    item->description = menu_xalloc(strdup(description));
    item->price_cents = price_cents;
}

/* ---- prices ---- */

int menu_parse_price(const char *text, size_t len, int32_t *cents_out)
{
    size_t i = 0;
    int64_t whole = 0;
    bool too_big = false;
    while (i < len && isdigit((unsigned char)text[i])) {
        whole = whole * 10 + (text[i++] - '0');
        if (whole > MENU_PRICE_WHOLE_MAX) {
            too_big = true;
            whole = MENU_PRICE_WHOLE_MAX + 1; /* keep scanning the format, never overflow */
        }
    }
    if (i == 0)
        return -EINVAL;
    int64_t fraction = 0;
    if (i < len && text[i] == '.') {
        size_t start = ++i;
        while (i < len && isdigit((unsigned char)text[i]) && i - start < 2)
            fraction = fraction * 10 + (text[i++] - '0');
        if (i == start)
            return -EINVAL;
        if (i - start == 1)
            fraction *= 10; /* "9.5" is 9.50 */
    }
    if (i != len)
        return -EINVAL;
    int64_t cents = whole * 100 + fraction;
    if (too_big || cents > MENU_PRICE_CENTS_MAX)
        return -ERANGE;
    *cents_out = (int32_t)cents;
    return 0;
}

int menu_format_price(int32_t cents, char *out, size_t out_size)
{
    MENU_ASSERT(cents >= 0);
    MENU_ASSERT(out_size >= MENU_PRICE_TEXT_MAX);
    return snprintf(out, out_size, "%d.%02d", (int)(cents / 100), (int)(cents % 100));
}

/* ---- slugs ---- */

/* What one code point of the case-folded, mark-stripped name contributes to a slug. */
enum slug_class { SLUG_CLASS_KEEP, SLUG_CLASS_SEPARATE, SLUG_CLASS_DROP };

static enum slug_class slug_classify(utf8proc_int32_t cp)
{
    if (cp < 0x80) {
        if (isalnum(cp))
            return SLUG_CLASS_KEEP;
        return cp == '\'' ? SLUG_CLASS_DROP : SLUG_CLASS_SEPARATE;
    }
    if (cp == MENU_UNICODE_RSQUO)
        return SLUG_CLASS_DROP;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
        return SLUG_CLASS_SEPARATE;
    default:
        return SLUG_CLASS_DROP; /* letters of other scripts, emoji, marks left over */
    }
}

/* Builds the slug from mapped text; returns its length (0 when nothing is kept). */
static size_t slug_build(const utf8proc_uint8_t *s, utf8proc_ssize_t n, char *out)
{
    size_t len = 0, last_dash = 0;
    bool separate = false, truncated = false;
    for (utf8proc_ssize_t i = 0; i < n && !truncated;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate(s + i, n - i, &cp);
        MENU_ASSERT(step > 0); /* utf8proc_map produced valid UTF-8 */
        i += step;
        enum slug_class cls = slug_classify(cp);
        if (cls == SLUG_CLASS_SEPARATE)
            separate = len > 0;
        if (cls != SLUG_CLASS_KEEP)
            continue;
        size_t need = separate ? 2 : 1;
        if (len + need > MENU_KEY_MAX) {
            truncated = true;
            /* Cut mid-word back to the last whole word, when there is one. */
            if (!separate && last_dash > 0)
                len = last_dash;
            break;
        }
        if (separate) {
            last_dash = len;
            out[len++] = '-';
            separate = false;
        }
        out[len++] = (char)tolower(cp);
    }
    while (len > 0 && out[len - 1] == '-')
        len--;
    out[len] = '\0';
    return len;
}

int menu_slug(const char *name, size_t len, char *out, size_t out_size)
{
    MENU_ASSERT(out_size >= MENU_KEY_MAX + 1);
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)name, (utf8proc_ssize_t)len, &mapped,
                     UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    if (n < 0) {
        if (n == UTF8PROC_ERROR_NOMEM)
            menu_xalloc(NULL);
        return -EINVAL;
    }
    size_t slug_len = slug_build(mapped, n, out);
    free(mapped);
    return slug_len > 0 ? (int)slug_len : -EINVAL;
}

/* ---- CSV ---- */

struct csv_field {
    size_t offset, len; /* into csv_record.buf, which NUL-terminates every field */
};

struct csv_record {
    char *buf;
    size_t len, cap;
    struct csv_field fields[CSV_FIELDS_MAX];
    int count; /* fields seen, may exceed CSV_FIELDS_MAX */
    int line;  /* physical line the record starts on */
};

struct csv_reader {
    const char *p, *end;
    int line;
};

static int menu_error(char *err, size_t err_size, int line, const char *fmt, ...)
{
    int n = snprintf(err, err_size, "line %d: ", line);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < err_size)
        vsnprintf(err + n, err_size - (size_t)n, fmt, ap);
    va_end(ap);
    return -EINVAL;
}

static void csv_put(struct csv_record *rec, char c)
{
    if (rec->len + 1 >= rec->cap) {
        rec->cap = rec->cap ? rec->cap * 2 : 256;
        rec->buf = menu_xalloc(realloc(rec->buf, rec->cap));
    }
    rec->buf[rec->len++] = c;
}

static bool csv_at_line_end(const struct csv_reader *r)
{
    return *r->p == '\n' || (*r->p == '\r' && r->p + 1 < r->end && r->p[1] == '\n');
}

static void csv_skip_line_end(struct csv_reader *r)
{
    r->p += *r->p == '\r' ? 2 : 1;
    r->line++;
}

static void csv_skip_blanks(struct csv_reader *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t'))
        r->p++;
}

/* Reads a quoted field's content after its opening quote. */
static int csv_read_quoted(struct csv_reader *r, struct csv_record *rec, char *err, size_t n)
{
    for (;;) {
        if (r->p == r->end)
            return menu_error(err, n, rec->line, "unterminated quoted field");
        char c = *r->p++;
        if (c == '"') {
            if (r->p < r->end && *r->p == '"') {
                r->p++;
                csv_put(rec, '"');
                continue;
            }
            break;
        }
        if (c == '\n')
            r->line++;
        csv_put(rec, c);
    }
    csv_skip_blanks(r);
    if (r->p < r->end && *r->p != ',' && !csv_at_line_end(r))
        return menu_error(err, n, r->line, "unexpected character after a closing quote");
    return 0;
}

static int csv_read_unquoted(struct csv_reader *r, struct csv_record *rec, size_t start, char *err,
                             size_t n)
{
    while (r->p < r->end && *r->p != ',' && !csv_at_line_end(r)) {
        if (*r->p == '"')
            return menu_error(err, n, r->line, "quote inside an unquoted field");
        csv_put(rec, *r->p++);
    }
    while (rec->len > start && (rec->buf[rec->len - 1] == ' ' || rec->buf[rec->len - 1] == '\t'))
        rec->len--;
    return 0;
}

/* Reads one record. Returns 1 when read, 0 at the end of input, -EINVAL on a syntax error. */
static int csv_read_record(struct csv_reader *r, struct csv_record *rec, char *err, size_t n)
{
    while (r->p < r->end && csv_at_line_end(r))
        csv_skip_line_end(r);
    if (r->p == r->end)
        return 0;
    rec->len = 0;
    rec->count = 0;
    rec->line = r->line;
    for (;;) {
        csv_skip_blanks(r);
        size_t start = rec->len;
        int rc = r->p < r->end && *r->p == '"' ? (r->p++, csv_read_quoted(r, rec, err, n))
                                               : csv_read_unquoted(r, rec, start, err, n);
        if (rc < 0)
            return rc;
        if (rec->count < CSV_FIELDS_MAX)
            rec->fields[rec->count] = (struct csv_field){start, rec->len - start};
        rec->count++;
        csv_put(rec, '\0');
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            continue;
        }
        if (r->p < r->end)
            csv_skip_line_end(r);
        return 1;
    }
}

static int csv_map_header(const struct csv_record *rec, int column_of[MENU_COLUMNS], char *err,
                          size_t n)
{
    for (int c = 0; c < MENU_COLUMNS; c++)
        column_of[c] = -1;
    for (int f = 0; f < rec->count && f < CSV_FIELDS_MAX; f++) {
        const char *name = rec->buf + rec->fields[f].offset;
        int c = 0;
        while (c < MENU_COLUMNS && strcasecmp(name, menu_column_names[c]) != 0)
            c++;
        if (c == MENU_COLUMNS)
            return menu_error(err, n, rec->line, "unknown column '%s' in the header", name);
        if (column_of[c] >= 0)
            return menu_error(err, n, rec->line, "column '%s' appears twice", name);
        column_of[c] = f;
    }
    for (int c = 0; c < MENU_COLUMNS; c++)
        if (column_of[c] < 0)
            return menu_error(err, n, rec->line, "header lacks column '%s' (want %s,%s,%s,%s)",
                              menu_column_names[c], "name", "section", "price", "description");
    return 0;
}

/* Checks UTF-8 validity, length and control characters of one field. */
static int menu_check_text(const char *s, size_t len, size_t max, bool multiline,
                           const char *column, int line, char *err, size_t n)
{
    if (len > max)
        return menu_error(err, n, line, "%s longer than %zu bytes", column, max);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (step < 0)
            return menu_error(err, n, line, "invalid UTF-8 in %s", column);
        i += (size_t)step;
        bool allowed = multiline && (cp == '\n' || cp == '\r' || cp == '\t');
        if ((cp < 0x20 || cp == 0x7f) && !allowed)
            return menu_error(err, n, line, "control character in %s", column);
    }
    return 0;
}

static int menu_check_price(const char *text, size_t len, int32_t *cents, int line, char *err,
                            size_t n)
{
    int rc = menu_parse_price(text, len, cents);
    if (rc == -ERANGE)
        return menu_error(err, n, line, "price '%s' above the maximum %d.00", text,
                          MENU_PRICE_CENTS_MAX / 100);
    if (rc < 0 && len > 0 && text[0] == '-')
        return menu_error(err, n, line, "negative price '%s'", text);
    if (rc < 0)
        return menu_error(err, n, line,
                          "bad price '%s' (want dollars with at most two decimals, e.g. 9.95)",
                          text);
    return 0;
}

/* Validates one data record and appends it to the menu. */
static int menu_add_record(struct menu *menu, const struct csv_record *rec,
                           const int column_of[MENU_COLUMNS], char *err, size_t n)
{
    int line = rec->line;
    if (rec->count != MENU_COLUMNS)
        return menu_error(err, n, line, "expected %d fields, found %d", MENU_COLUMNS, rec->count);
    const char *v[MENU_COLUMNS];
    size_t len[MENU_COLUMNS];
    for (int c = 0; c < MENU_COLUMNS; c++) {
        v[c] = rec->buf + rec->fields[column_of[c]].offset;
        len[c] = rec->fields[column_of[c]].len;
    }
    static const size_t max[MENU_COLUMNS] = {MENU_NAME_MAX, MENU_SECTION_MAX, MENU_PRICE_TEXT_MAX,
                                             MENU_DESCRIPTION_MAX};
    for (int c = 0; c < MENU_COLUMNS; c++) {
        int rc = menu_check_text(v[c], len[c], max[c], c == MENU_COLUMN_DESCRIPTION,
                                 menu_column_names[c], line, err, n);
        if (rc < 0)
            return rc;
    }
    if (len[MENU_COLUMN_NAME] == 0)
        return menu_error(err, n, line, "empty name");
    if (memchr(v[MENU_COLUMN_NAME], '|', len[MENU_COLUMN_NAME]))
        return menu_error(err, n, line, "name contains '|' (it separates memcached fields)");
    int32_t cents;
    int rc = menu_check_price(v[MENU_COLUMN_PRICE], len[MENU_COLUMN_PRICE], &cents, line, err, n);
    if (rc < 0)
        return rc;
    char key[MENU_KEY_MAX + 1];
    if (menu_slug(v[MENU_COLUMN_NAME], len[MENU_COLUMN_NAME], key, sizeof(key)) < 0)
        return menu_error(err, n, line, "name '%s' has no letters or digits for a key",
                          v[MENU_COLUMN_NAME]);
    for (size_t i = 0; i < menu->count; i++)
        if (strcmp(menu->items[i].key, key) == 0)
            return menu_error(err, n, line, "duplicate key '%s' (name '%s' repeats '%s')", key,
                              v[MENU_COLUMN_NAME], menu->items[i].name);
    if (menu->count == MENU_ITEMS_MAX) {
        menu_error(err, n, line, "more than %d items", MENU_ITEMS_MAX);
        return -E2BIG;
    }
    menu_append(menu, key, v[MENU_COLUMN_NAME], v[MENU_COLUMN_SECTION], v[MENU_COLUMN_DESCRIPTION],
                cents);
    return 0;
}

int menu_parse_csv(const char *data, size_t len, struct menu *out, char *err, size_t err_size)
{
    MENU_ASSERT(out->count == 0 && out->items == NULL);
    if (len > MENU_CSV_BYTES_MAX) {
        snprintf(err, err_size, "menu CSV larger than %u bytes", MENU_CSV_BYTES_MAX);
        return -E2BIG;
    }
    static const char bom[] = "\xef\xbb\xbf"; /* spreadsheets often start UTF-8 with a BOM */
    if (len >= 3 && memcmp(data, bom, 3) == 0) {
        data += 3;
        len -= 3;
    }
    struct csv_reader r = {data, data + len, 1};
    struct csv_record rec = {0};
    int column_of[MENU_COLUMNS];
    int rc = csv_read_record(&r, &rec, err, err_size);
    if (rc == 0) {
        snprintf(err, err_size,
                 "line 1: empty file (want a header: name,section,price,"
                 "description)");
        rc = -EINVAL;
    }
    if (rc > 0)
        rc = csv_map_header(&rec, column_of, err, err_size);
    while (rc >= 0) {
        rc = csv_read_record(&r, &rec, err, err_size);
        if (rc <= 0)
            break;
        rc = menu_add_record(out, &rec, column_of, err, err_size);
    }
    free(rec.buf);
    if (rc < 0)
        menu_free(out);
    return rc < 0 ? rc : 0;
}

int menu_load_csv_file(const char *path, struct menu *out, char *err, size_t err_size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int rc = -errno;
        snprintf(err, err_size, "%s: %s", path, strerror(-rc));
        return rc;
    }
    struct stat st;
    int rc = fstat(fd, &st) < 0 ? -errno : 0;
    if (rc == 0 && (size_t)st.st_size > MENU_CSV_BYTES_MAX)
        rc = -E2BIG;
    char *data = rc == 0 ? menu_xalloc(malloc((size_t)st.st_size + 1)) : NULL;
    size_t got = 0;
    while (rc == 0 && got < (size_t)st.st_size) {
        ssize_t k = read(fd, data + got, (size_t)st.st_size - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            rc = k < 0 ? -errno : -EIO; /* a file that shrank under us */
        else
            got += (size_t)k;
    }
    close(fd);
    if (rc < 0) {
        snprintf(err, err_size, "%s: %s", path, strerror(-rc));
    } else {
        char why[MENU_ERROR_MAX];
        rc = menu_parse_csv(data, got, out, why, sizeof(why));
        if (rc < 0)
            snprintf(err, err_size, "%s: %s", path, why);
    }
    free(data);
    return rc;
}
