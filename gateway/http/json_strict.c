/* json_strict.c — the checks cJSON leaves out (see json_strict.h). */
#include "gateway/http/json_strict.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "kernels/assert.h"

#define JSON_STRICT_ASSERT(cond) BRIGADE_ASSERT(cond)

enum {
    JSON_STRICT_PAIRWISE_MAX = 16, /* objects up to this many members compare pairwise */
    JSON_STRICT_KEY_SHOWN_MAX = 40 /* bytes of a duplicate key quoted in the message */
};
_Static_assert(JSON_STRICT_KEY_SHOWN_MAX + 32 < JSON_STRICT_MESSAGE_BYTES_MAX,
               "a duplicate key's message fits");

/* 2^53: past it doubles skip integers, so a larger id would not come back as it was written. */
static const char json_strict_int53_max[] = "9007199254740992";

__attribute__((format(printf, 4, 5))) static bool json_strict_fail(struct json_strict_error *e,
                                                                   enum json_strict_kind kind,
                                                                   size_t offset,
                                                                   const char *format, ...)
{
    e->kind = kind;
    e->offset = offset;
    e->field = NULL;
    va_list ap;
    va_start(ap, format);
    vsnprintf(e->message, sizeof(e->message), format, ap);
    va_end(ap);
    return false;
}

/* A field rule broken: noted (the first one only) while the scan goes on, so that a problem
 * of the text itself, found later, is still what gets reported. */
static void json_strict_field_fail(struct json_strict_error *e, const struct json_strict_field *f,
                                   const char *what, size_t offset)
{
    if (e->kind != JSON_STRICT_OK)
        return;
    json_strict_fail(e, JSON_STRICT_INVALID_FIELD, offset, "field \"%s\" %s", f->name, what);
    e->field = f->name;
}

/* Offset of the first byte of s[0..n) that does not begin a valid UTF-8 sequence, or n.
 * utf8proc_iterate also refuses overlong forms and encoded surrogates. */
static size_t json_strict_utf8_invalid_at(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

/* One string of the text, scanned from its opening quote. */
struct json_strict_string {
    size_t end;    /* offset of the closing quote (n when the text ends first) */
    size_t nul_at; /* offset of the first "\u0000", or SIZE_MAX */
    size_t name_len;
    char name[JSON_STRICT_NAME_BYTES_MAX]; /* decoded, while it fits (name_len says) */
};

static void json_strict_name_put(struct json_strict_string *str, const char *b, size_t k)
{
    if (str->name_len + k <= sizeof(str->name))
        memcpy(str->name + str->name_len, b, k);
    str->name_len += k; /* past sizeof(name): matches no field */
}

static unsigned json_strict_hex4(const char *p)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                            : 0;
        v = v * 16 + d;
    }
    return v;
}

/* The escape at s[j] ('\\'): its decoded bytes go to the name, and \u0000 is noted. Returns
 * the offset after it. A surrogate half makes the name match nothing: field names are plain. */
static size_t json_strict_escape(const char *s, size_t n, size_t j, struct json_strict_string *str)
{
    if (j + 1 >= n)
        return n;
    char x = s[j + 1];
    if (x != 'u') {
        static const char from[] = "nrtbf", to[] = "\n\r\t\b\f";
        const char *k = memchr(from, x, sizeof(from) - 1);
        char d = k ? to[k - from] : x; /* '"', '\\', '/' stand for themselves */
        json_strict_name_put(str, &d, 1);
        return j + 2;
    }
    if (j + 6 > n)
        return n;
    unsigned cp = json_strict_hex4(s + j + 2);
    if (cp == 0 && str->nul_at == SIZE_MAX)
        str->nul_at = j;
    utf8proc_uint8_t enc[4];
    if (cp >= 0xD800 && cp <= 0xDFFF)
        str->name_len = sizeof(str->name) + 1;
    else
        json_strict_name_put(str, (const char *)enc,
                             (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, enc));
    return j + 6;
}

/* Scans the string whose opening quote is s[i]. False with *e set on a raw control
 * character (RFC 8259 7: U+0000..U+001F must be escaped). */
static bool json_strict_string(const char *s, size_t n, size_t i, struct json_strict_string *str,
                               struct json_strict_error *e)
{
    str->nul_at = SIZE_MAX;
    str->name_len = 0;
    size_t j = i + 1;
    while (j < n && s[j] != '"') {
        unsigned char c = (unsigned char)s[j];
        if (c < 0x20)
            return json_strict_fail(e, JSON_STRICT_INVALID_JSON, j,
                                    "unescaped control character U+%04X in a string", c);
        if (c == '\\') {
            j = json_strict_escape(s, n, j, str);
        } else {
            json_strict_name_put(str, &s[j], 1);
            j++;
        }
    }
    str->end = j;
    return true;
}

/* Offset after the number that starts at s[i], and whether it has RFC 8259 6's form
 * (cJSON hands the characters to strtod, which also takes "01", "1." and "1.e5"). */
static size_t json_strict_number(const char *s, size_t n, size_t i, bool *ok, bool *integer)
{
    size_t j = i + (s[i] == '-');
    size_t digits = j;
    while (j < n && s[j] >= '0' && s[j] <= '9')
        j++;
    *ok = j > digits && !(s[digits] == '0' && j - digits > 1);
    *integer = true;
    if (j < n && s[j] == '.') {
        size_t f = ++j;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        *ok = *ok && j > f;
        *integer = false;
    }
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        j++;
        j += j < n && (s[j] == '+' || s[j] == '-');
        size_t x = j;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            j++;
        *ok = *ok && j > x;
        *integer = false;
    }
    return j;
}

/* Is the integer literal s[0..len) (digits after an optional '-') within 2^53? */
static bool json_strict_int53(const char *s, size_t len)
{
    if (len > 0 && s[0] == '-') {
        s++;
        len--;
    }
    size_t max_len = sizeof(json_strict_int53_max) - 1;
    return len < max_len || (len == max_len && memcmp(s, json_strict_int53_max, len) <= 0);
}

static const struct json_strict_field *json_strict_field_find(const struct json_strict_field *f,
                                                              const struct json_strict_string *str)
{
    for (; f && f->name; f++) {
        size_t k = strlen(f->name);
        JSON_STRICT_ASSERT(k < JSON_STRICT_NAME_BYTES_MAX);
        if (k == str->name_len && memcmp(f->name, str->name, k) == 0)
            return f;
    }
    return NULL;
}

/* Where the scan stands: which levels are objects, and whether a key comes next. */
struct json_strict_scan {
    size_t depth;
    bool want_key;
    const struct json_strict_field *field;        /* the top-level member whose value comes next */
    uint64_t objects[JSON_STRICT_DEPTH_MAX / 64]; /* bit d: level d is an object */
};

static bool json_strict_is_object(const struct json_strict_scan *sc, size_t d)
{
    return (sc->objects[d / 64] >> (d % 64)) & 1;
}

static bool json_strict_on_string(struct json_strict_scan *sc, const struct json_strict_string *str,
                                  const struct json_strict_field *fields,
                                  struct json_strict_error *e)
{
    if (sc->want_key) {
        sc->want_key = false;
        if (str->nul_at != SIZE_MAX) /* cJSON's C-string keys would lose what follows */
            return json_strict_fail(e, JSON_STRICT_INVALID_JSON, str->nul_at,
                                    "U+0000 (\\u0000) in an object key");
        if (sc->depth == 1)
            sc->field = json_strict_field_find(fields, str);
        return true;
    }
    if (sc->depth == 1 && sc->field && (sc->field->rules & JSON_STRICT_NO_NUL) &&
        str->nul_at != SIZE_MAX)
        json_strict_field_fail(e, sc->field, "holds U+0000 (\\u0000)", str->nul_at);
    return true;
}

static bool json_strict_on_number(struct json_strict_scan *sc, const char *s, size_t n, size_t *i,
                                  struct json_strict_error *e)
{
    bool ok, integer;
    size_t end = json_strict_number(s, n, *i, &ok, &integer);
    if (!ok)
        return json_strict_fail(e, JSON_STRICT_INVALID_JSON, *i, "malformed number");
    if (sc->depth == 1 && sc->field && (sc->field->rules & JSON_STRICT_INT53) &&
        (!integer || !json_strict_int53(s + *i, end - *i)))
        json_strict_field_fail(e, sc->field,
                               "must be a string or an integer from -2^53 to 2^53 "
                               "(no fraction, no exponent)",
                               *i);
    *i = end - 1;
    return true;
}

bool json_strict_check_text(const char *s, size_t n, const struct json_strict_field *fields,
                            struct json_strict_error *e)
{
    *e = (struct json_strict_error){.kind = JSON_STRICT_OK, .offset = SIZE_MAX};
    size_t bad = json_strict_utf8_invalid_at(s, n);
    if (bad < n)
        return json_strict_fail(e, JSON_STRICT_INVALID_UTF8, bad, "invalid UTF-8");
    struct json_strict_scan sc = {0};
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            struct json_strict_string str;
            if (!json_strict_string(s, n, i, &str, e) ||
                !json_strict_on_string(&sc, &str, fields, e))
                return false;
            i = str.end;
        } else if (c == '{' || c == '[') {
            if (sc.depth == JSON_STRICT_DEPTH_MAX)
                return json_strict_fail(e, JSON_STRICT_INVALID_JSON, i, "nesting deeper than %d",
                                        JSON_STRICT_DEPTH_MAX);
            uint64_t bit = (uint64_t)1 << (sc.depth % 64);
            sc.objects[sc.depth / 64] =
                c == '{' ? sc.objects[sc.depth / 64] | bit : sc.objects[sc.depth / 64] & ~bit;
            sc.depth++;
            sc.want_key = c == '{';
        } else if (c == '}' || c == ']') {
            sc.depth -= sc.depth > 0;
            sc.want_key = false;
        } else if (c == ',') {
            sc.want_key = sc.depth > 0 && json_strict_is_object(&sc, sc.depth - 1);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (!json_strict_on_number(&sc, s, n, &i, e))
                return false;
        }
    }
    return e->kind == JSON_STRICT_OK;
}

void json_strict_describe(const struct json_strict_error *e, char *out, size_t cap)
{
    JSON_STRICT_ASSERT(cap > 0);
    if (e->offset == SIZE_MAX)
        snprintf(out, cap, "%s", e->message);
    else
        snprintf(out, cap, "%s at offset %zu", e->message, e->offset);
}

static int json_strict_name_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A name that two members of the object share, or NULL. */
static const char *json_strict_duplicate(const cJSON *object)
{
    size_t k = 0;
    for (const cJSON *c = object->child; c; c = c->next)
        k++;
    if (k <= JSON_STRICT_PAIRWISE_MAX) {
        for (const cJSON *a = object->child; a; a = a->next)
            for (const cJSON *b = a->next; b; b = b->next)
                if (strcmp(a->string, b->string) == 0)
                    return a->string;
        return NULL;
    }
    /* Sorted, so a body of many members costs n log n, not n^2. */
    const char **names = malloc(k * sizeof(*names));
    JSON_STRICT_ASSERT(names != NULL);
    size_t i = 0;
    for (const cJSON *c = object->child; c; c = c->next)
        names[i++] = c->string;
    qsort(names, k, sizeof(*names), json_strict_name_cmp);
    const char *dup = NULL;
    for (i = 1; i < k && !dup; i++)
        if (strcmp(names[i - 1], names[i]) == 0)
            dup = names[i];
    free(names);
    return dup;
}

bool json_strict_check_keys(const cJSON *json, struct json_strict_error *e)
{
    if (cJSON_IsObject(json)) {
        const char *dup = json_strict_duplicate(json);
        if (dup) {
            size_t len = strlen(dup);
            if (len > JSON_STRICT_KEY_SHOWN_MAX) { /* cut on a UTF-8 boundary */
                len = JSON_STRICT_KEY_SHOWN_MAX;
                while (len > 0 && ((unsigned char)dup[len] & 0xC0) == 0x80)
                    len--;
            }
            return json_strict_fail(e, JSON_STRICT_INVALID_JSON, SIZE_MAX,
                                    "duplicate key \"%.*s%s\"", (int)len, dup,
                                    len < strlen(dup) ? "..." : "");
        }
    }
    if (cJSON_IsObject(json) || cJSON_IsArray(json))
        for (const cJSON *c = json->child; c; c = c->next)
            if (!json_strict_check_keys(c, e))
                return false;
    return true;
}

static bool json_strict_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* Compares t[0..n) with the lowercase literal, ignoring ASCII case. */
static bool json_strict_lower_equal(const char *t, size_t n, const char *lit)
{
    if (strlen(lit) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = t[i] >= 'A' && t[i] <= 'Z' ? (char)(t[i] | 0x20) : t[i];
        if (c != lit[i])
            return false;
    }
    return true;
}

/* The value of the parameter at t[i] (after '='), unquoted into buf (cut at its size, which
 * only ever makes it differ from "utf-8"). Returns the offset after it. */
static size_t json_strict_param_value(const char *t, size_t n, size_t i, char *buf, size_t cap,
                                      size_t *len)
{
    *len = 0;
    if (i < n && t[i] == '"') { /* quoted-string (RFC 9110 5.6.4) */
        for (i++; i < n && t[i] != '"'; i++) {
            if (t[i] == '\\' && i + 1 < n)
                i++;
            if (*len < cap)
                buf[*len] = t[i];
            (*len)++;
        }
        return i < n ? i + 1 : n;
    }
    for (; i < n && t[i] != ';' && !json_strict_ows(t[i]); i++) {
        if (*len < cap)
            buf[*len] = t[i];
        (*len)++;
    }
    return i;
}

bool json_strict_charset_ok(const char *t, size_t n)
{
    const char *semi = memchr(t, ';', n);
    size_t i = semi ? (size_t)(semi - t) : n;
    while (i < n) {
        i++; /* the ';' */
        while (i < n && json_strict_ows(t[i]))
            i++;
        size_t name = i;
        while (i < n && t[i] != '=' && t[i] != ';' && !json_strict_ows(t[i]))
            i++;
        size_t name_len = i - name;
        char value[8];
        size_t value_len = 0;
        bool has_value = i < n && t[i] == '=';
        if (has_value)
            i = json_strict_param_value(t, n, i + 1, value, sizeof(value), &value_len);
        if (json_strict_lower_equal(t + name, name_len, "charset") &&
            (!has_value || value_len > sizeof(value) ||
             !json_strict_lower_equal(value, value_len, "utf-8")))
            return false;
        while (i < n && t[i] != ';')
            i++;
    }
    return true;
}
