/* discord.h — the body of a Discord-compatible webhook POST for one outbox payload.
 *
 * The payload is a message's result object as brigade returns it (docs/api.md, "The result
 * object": id, category, status, order_id, items, unknown, total, reply) plus "customer" and
 * "text". The body is
 *   {"content": one line for the channel's feed and phone notifications,
 *    "embeds": [{"title", "description": the customer's text, "color", "fields": [...]}],
 *    "allowed_mentions": {"parse": []}}
 * (the customer's words must never ping @everyone). Every text is cut to Discord's limits,
 * counted as Discord counts (UTF-16 code units), never inside a UTF-8 sequence, and marked
 * with "…" when cut. docs/api.md ("Webhook notifications") shows the format. */
#ifndef BRIGADE_IO_DISCORD_H
#define BRIGADE_IO_DISCORD_H

#include <stddef.h>
#include <stdint.h>

/* Discord's limits (developer docs, "Embed Limits" and "Execute Webhook"). */
#define DISCORD_CONTENT_MAX     2000
#define DISCORD_TITLE_MAX       256
#define DISCORD_DESCRIPTION_MAX 4096
#define DISCORD_FIELD_NAME_MAX  256
#define DISCORD_FIELD_VALUE_MAX 1024
#define DISCORD_FIELDS_MAX      25
#define DISCORD_EMBED_TOTAL_MAX 6000 /* title, description, field names and values together */

#define DISCORD_PAYLOAD_MAX (256 * 1024) /* bytes of outbox payload accepted */
/* Bytes of a body: a counted unit takes at most 6 bytes once escaped (a control character
 * as \u001f; a 4-byte UTF-8 sequence counts 2 units), plus the JSON around the strings. */
#define DISCORD_BODY_MAX ((DISCORD_CONTENT_MAX + DISCORD_EMBED_TOTAL_MAX) * 6 + 4096)

/* Embed colours, one per channel. */
#define DISCORD_COLOR_ORDERS    0x2ecc71 /* green */
#define DISCORD_COLOR_INQUIRIES 0x3498db /* blue */
#define DISCORD_COLOR_OTHER     0x95a5a6 /* grey */

/* Characters of UTF-8 text as Discord counts them: UTF-16 code units (a code point above
 * U+FFFF counts 2). A byte that does not start a valid sequence counts 1. */
size_t discord_units(const char *s, size_t len);

/* How many bytes of s to keep so that the text fits `max_units`: len when it fits whole,
 * else the longest prefix of whole code points that leaves room for the "…" the caller
 * appends (one unit). max_units must be >= 1. */
size_t discord_fit(const char *s, size_t len, size_t max_units);

/* Formats the body for `payload` (JSON text, len bytes) with embed colour `color`. Returns 0
 * with *out (malloc'd, NUL-terminated, *out_len bytes, at most DISCORD_BODY_MAX; the caller
 * frees it), or -EINVAL when the payload is not a JSON object or is over DISCORD_PAYLOAD_MAX
 * (err says which). Fields of the wrong type are left out, never guessed. */
int discord_format(const char *payload, size_t len, uint32_t color, char **out, size_t *out_len,
                   char *err, size_t err_size);

#endif
