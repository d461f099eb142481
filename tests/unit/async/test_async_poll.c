/* test_async_poll.c — io/async_poll.c keeps the io/async.h contract (async_contract.h). */
#include "async_contract.h"
#include "io/async_poll.h"

enum { TEST_CAPACITY = 16 };

static void poll_run_once(void *impl, int timeout_ms)
{
    CHECK(async_poll_run_once(impl, timeout_ms) >= 0);
}

int main(void)
{
    struct async_poll *p = async_poll_new(TEST_CAPACITY);
    CHECK(p != NULL);
    struct contract_impl t = {async_poll_loop(p), poll_run_once, p, TEST_CAPACITY};
    contract_run(&t);
    CHECK_INT_EQ(async_poll_sources(p), 1); /* the eventfd */
    async_poll_free(p);
    return check_failures ? 1 : 0;
}
