/* test_async_loop.c — a core's io_uring loop keeps the io/async.h contract
 * (async_contract.h): polls, timeouts and eventfd reads submitted on its ring, driven one
 * pass at a time as loop_run drives them. */
#include "async_contract.h"
#include "gateway/obs/metrics.h"
#include "one_loop.h"

static void loop_run_once(void *impl, int timeout_ms)
{
    loop_pass(impl, (uint64_t)timeout_ms);
}

int main(void)
{
    metrics_init(1);
    struct one_loop o;
    one_loop_start(&o);
    struct loop *l = o.loop;
    if (l) {
        struct contract_impl t = {loop_async(l), loop_run_once, l, LOOP_SOURCES_MAX};
        contract_run(&t);
        CHECK_INT_EQ(l->source_count, 1); /* the eventfd stays for the loop's life */
    }
    one_loop_free(&o);
    metrics_free();
    return check_failures ? 1 : 0;
}
