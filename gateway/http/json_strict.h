/* json_strict.h — the checks on a JSON request body that cJSON leaves out.
 *
 * cJSON accepts invalid UTF-8, raw control characters inside strings and duplicate keys, and
 * it decodes "\u0000" into a NUL that silently cuts the C string it returns ("a\u0000b" reads
 * as "a"). RFC 8259 (8.1: UTF-8; 7: control characters must be escaped) and I-JSON (RFC 7493
 * 2.3: unique member names) make all of these errors, and a body they would let through means
 * something else to us than to the client. These functions run after cJSON has parsed the
 * text (so its grammar is known to be valid) and before any field is read.
 *
 * Pure functions: no I/O, no global state; safe on every core at once. */
#ifndef BRIGADE_GATEWAY_JSON_STRICT_H
#define BRIGADE_GATEWAY_JSON_STRICT_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

enum {
    JSON_STRICT_MESSAGE_BYTES_MAX = 128, /* longest json_strict_error.message, NUL included */
    JSON_STRICT_DEPTH_MAX = 1024,        /* nesting the scan follows (cJSON stops at 1000) */
    JSON_STRICT_NAME_BYTES_MAX = 32,     /* longest field name a json_strict_field may have */
};
_Static_assert(CJSON_NESTING_LIMIT <= JSON_STRICT_DEPTH_MAX,
               "every text cJSON parses fits the scan's nesting stack");

/* What kind of problem a check found: the caller's error code follows from it. */
enum json_strict_kind {
    JSON_STRICT_OK,
    JSON_STRICT_INVALID_UTF8,  /* bytes that are not UTF-8 */
    JSON_STRICT_INVALID_JSON,  /* raw control character, NUL in a key, duplicate key */
    JSON_STRICT_INVALID_FIELD, /* a json_strict_field rule broken */
    JSON_STRICT_KIND_MAX,
};

struct json_strict_error {
    enum json_strict_kind kind;
    char message[JSON_STRICT_MESSAGE_BYTES_MAX]; /* for people: what, without where */
    size_t offset;     /* where: the byte it starts at, from the text's start; SIZE_MAX: no
                          one place (a duplicate key) */
    const char *field; /* JSON_STRICT_INVALID_FIELD: the rule's name; NULL otherwise */
};

/* Rules for one member of a top-level object, by name (or-ed). */
enum json_strict_rule {
    JSON_STRICT_NO_NUL = 1 << 0, /* a string value must not hold U+0000 */
    JSON_STRICT_INT53 = 1 << 1,  /* a number value must be an integer literal (no fraction,
                                    no exponent) in [-(2^53), 2^53], exact in a double */
};

struct json_strict_field {
    const char *name; /* shorter than JSON_STRICT_NAME_BYTES_MAX; NULL ends a list */
    unsigned rules;
};

/* Checks the text s[0..n) of one JSON value that cJSON parsed without error: every byte is
 * UTF-8, no string holds a raw byte below 0x20, no object key holds U+0000, every number has
 * RFC 8259's form (cJSON also takes "01" and "1."), and the members of a top-level object
 * named in `fields` (a list ended by a NULL name; NULL for none) keep their rules. Returns
 * true when all hold; false with *e set (message and offset). A problem
 * of the text itself wins over a broken field rule, so a JSON_STRICT_INVALID_FIELD error means
 * the rest of the text passed. On text cJSON refused the result is unspecified (but safe). */
bool json_strict_check_text(const char *s, size_t n, const struct json_strict_field *fields,
                            struct json_strict_error *e);

/* Checks that no object in the tree `json` has two members with the same name. Run it after
 * json_strict_check_text, which rules out keys cut short by U+0000. Returns true when every
 * name is unique, false with *e naming the first duplicate found. Allocates only for objects
 * with more than a few members (a sort), and aborts when that allocation fails. */
bool json_strict_check_keys(const cJSON *json, struct json_strict_error *e);

/* e's message with its offset: "<message> at offset <offset>", or the message alone when the
 * offset is SIZE_MAX; cut to fit out[cap] (cap > 0). */
void json_strict_describe(const struct json_strict_error *e, char *out, size_t cap);

/* True when the Content-Type value t[0..n) declares no charset or only charset=utf-8 (any
 * case, optionally quoted): a JSON body is UTF-8 (RFC 8259 8.1), so any other charset is
 * refused rather than read as if it were UTF-8. */
bool json_strict_charset_ok(const char *t, size_t n);

#endif
