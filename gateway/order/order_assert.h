/* order_assert.h — assertions that stay on in every build (the order domain).
 *
 * A broken invariant or a failed allocation aborts with file:line: a wrong index here would
 * bill a customer for the wrong dish. */
#ifndef BRIGADE_GATEWAY_ORDER_ASSERT_H
#define BRIGADE_GATEWAY_ORDER_ASSERT_H

#include "kernels/assert.h"

#define ORDER_ASSERT(cond) BRIGADE_ASSERT(cond)

#endif
