/* test_metrics.c — per-core metric blocks summed into the Prometheus text format. */
#include "check.h"
#include "gateway/obs/metrics.h"

static void expect_line(const char *text, const char *line)
{
    const char *p = strstr(text, line);
    if (!p || (p != text && p[-1] != '\n') || p[strlen(line)] != '\n') {
        fprintf(stderr, "missing line: %s\n", line);
        check_failures++;
    }
}

int main(void)
{
    metrics_init(2);
    unsigned a = metrics_route_register("/a");
    CHECK_INT_EQ(metrics_route_register("/a"), a);
    CHECK_INT_EQ(metrics_route_find("/a", 2), a);
    CHECK_INT_EQ(metrics_route_find("/b", 2), METRICS_ROUTE_OTHER);
    struct metrics_core *c0 = metrics_core(0), *c1 = metrics_core(1);
    metrics_request(c0, a, 200, 300000);                     /* 0.3 ms */
    metrics_request(c1, a, 200, 2000000);                    /* 2 ms */
    metrics_request(c1, METRICS_ROUTE_OTHER, 404, 20000000); /* 20 ms */
    metrics_add(c0, METRICS_ACCEPTED, 3);
    metrics_add(c1, METRICS_ACCEPTED, 4);
    metrics_gauge_add(c0, METRICS_ACTIVE, 2);
    metrics_gauge_add(c1, METRICS_ACTIVE, -1);
    metrics_add(c1, METRICS_TIMEOUT_IDLE, 5);
    CHECK_INT_EQ(metrics_counter_total(METRICS_ACCEPTED), 7);
    CHECK_INT_EQ(metrics_gauge_total(METRICS_ACTIVE), 1);
    size_t len;
    char *text = metrics_render(&len);
    CHECK_INT_EQ(strlen(text), len);
    expect_line(text, "brigade_http_requests_total{route=\"/a\",status=\"200\"} 2");
    expect_line(text, "brigade_http_requests_total{route=\"other\",status=\"404\"} 1");
    expect_line(text, "brigade_http_request_duration_seconds_bucket{le=\"0.0005\"} 1");
    expect_line(text, "brigade_http_request_duration_seconds_bucket{le=\"0.001\"} 1");
    expect_line(text, "brigade_http_request_duration_seconds_bucket{le=\"0.0025\"} 2");
    expect_line(text, "brigade_http_request_duration_seconds_bucket{le=\"0.025\"} 3");
    expect_line(text, "brigade_http_request_duration_seconds_bucket{le=\"+Inf\"} 3");
    expect_line(text, "brigade_http_request_duration_seconds_count 3");
    expect_line(text, "brigade_http_request_duration_seconds_sum 0.022300000");
    expect_line(text, "brigade_connections_accepted_total 7");
    expect_line(text, "brigade_connections_active 1");
    expect_line(text, "brigade_timeouts_total{kind=\"idle\"} 5");
    expect_line(text, "# TYPE brigade_http_request_duration_seconds histogram");
    free(text);
    metrics_free();
    return check_finish("test_metrics");
}
