/* order_json.h — encodes one order_store message as the JSON object store_messages() reads
 * (keys in io/sql/005_order_store.sql), into a caller's bounded buffer.
 *
 * Every string is checked to be UTF-8 first: PostgreSQL refuses a whole jsonb parameter with
 * one invalid byte, which would fail the batch instead of the one message. */
#ifndef BRIGADE_IO_ORDER_JSON_H
#define BRIGADE_IO_ORDER_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "io/order_store.h"

/* Checks `m` (see order_store_submit for what is refused). 0, -EINVAL or -EILSEQ. */
int order_json_check(const struct order_store_message *m);

/* Appends `m` as one JSON object at buf[*len]. Returns 0 and advances *len, or -EMSGSIZE when
 * it does not fit in `cap` bytes (buf[*len..cap) may have been written; *len is unchanged). */
int order_json_encode(const struct order_store_message *m, char *buf, size_t *len, size_t cap);

/* Whether s[0..n) is well-formed UTF-8 (no overlongs, surrogates or code points past
 * U+10FFFF). */
bool order_json_utf8_valid(const char *s, size_t n);

#endif
