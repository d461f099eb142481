/* routes_basic.c — the endpoints that need nothing but the HTTP layer:
 * GET / (the dashboard page), GET /healthz, POST /v1/echo. */
#include <cjson/cJSON.h>
#include <string.h>

#include "gateway/http/json_strict.h"
#include "gateway/http/router.h"

/* Longest error message the echo endpoint writes: a json_strict message, then its offset,
 * line and column (up to 20 digits each) in words. */
#define ECHO_MESSAGE_BYTES_MAX (JSON_STRICT_MESSAGE_BYTES_MAX + 100)

static const char healthz_body[] = "{\"status\":\"ok\"}";

/* GET /: the live dashboard, gateway/app/dashboard.html compiled in by gateway/CMakeLists.txt. */
extern const char dashboard_html[];
extern const size_t dashboard_html_len;

static void handle_healthz(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    (void)core;
    http_exchange_respond(x, 200, "application/json", healthz_body, sizeof(healthz_body) - 1, NULL);
}

static void handle_index(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)req;
    (void)core;
    http_exchange_respond(x, 200, "text/html; charset=utf-8", dashboard_html, dashboard_html_len,
                          "Cache-Control: no-cache\r\n");
}

/* Line and column (1-based) of byte `offset` in text. */
static void line_column(const char *text, size_t offset, size_t *line, size_t *column)
{
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < offset; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *column = 1;
        } else {
            (*column)++;
        }
    }
}

static void echo_invalid(struct http_exchange *x, const struct http_request *req, const char *code,
                         const char *what, size_t offset)
{
    char message[ECHO_MESSAGE_BYTES_MAX];
    size_t line, column;
    line_column(req->body, offset, &line, &column);
    snprintf(message, sizeof(message), "%s at offset %zu (line %zu, column %zu)", what, offset,
             line, column);
    http_exchange_error(x, 400, code, message);
}

/* The checks cJSON leaves out (json_strict.h), on the body it parsed into json. */
static bool echo_strict(struct http_exchange *x, const struct http_request *req, const cJSON *json)
{
    struct json_strict_error e;
    if (json_strict_check_text(req->body, req->body_len, NULL, &e) &&
        json_strict_check_keys(json, &e))
        return true;
    const char *code = e.kind == JSON_STRICT_INVALID_UTF8 ? "invalid_utf8" : "invalid_json";
    if (e.offset == SIZE_MAX) /* a duplicate key: no one place */
        http_exchange_error(x, 400, code, e.message);
    else
        echo_invalid(x, req, code, e.message, e.offset);
    return false;
}

static bool is_json_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Validate the body as one JSON value and send it back unchanged. The error position
 * comes from cJSON's return_parse_end, not cJSON_GetErrorPtr, whose global is shared by
 * every core's thread. */
static void handle_echo(struct http_exchange *x, const struct http_request *req, void *core)
{
    (void)core;
    if (req->body_len == 0) {
        http_exchange_error(x, 400, "invalid_json", "empty body: expected a JSON value");
        return;
    }
    const char *end = NULL;
    cJSON *json = cJSON_ParseWithLengthOpts(req->body, req->body_len, &end, false);
    if (json == NULL) {
        size_t offset = end && end >= req->body ? (size_t)(end - req->body) : 0;
        echo_invalid(x, req, "invalid_json", "invalid JSON",
                     offset < req->body_len ? offset : req->body_len);
        return;
    }
    size_t offset = (size_t)(end - req->body);
    while (offset < req->body_len && is_json_space(req->body[offset]))
        offset++;
    if (offset < req->body_len) {
        cJSON_Delete(json);
        echo_invalid(x, req, "invalid_json", "unexpected data after the JSON value", offset);
        return;
    }
    bool strict = echo_strict(x, req, json);
    cJSON_Delete(json);
    if (!strict)
        return;
    http_exchange_respond(x, 200, "application/json", req->body, req->body_len, NULL);
}

void routes_basic_register(struct router *r)
{
    router_add(r, HTTP_METHOD_GET, "/", handle_index, 0);
    router_add(r, HTTP_METHOD_GET, "/healthz", handle_healthz, 0);
    router_add(r, HTTP_METHOD_POST, "/v1/echo", handle_echo, ROUTER_BODY_JSON);
}
