/* uring.h — thin helpers over liburing 2.3 for the per-core event loops.
 *
 * One `struct uring` belongs to one thread: rings are created with SINGLE_ISSUER and
 * DEFER_TASKRUN (falling back to COOP_TASKRUN, then to no flags, on kernels that refuse
 * them), so completions are only processed when that thread waits. Sockets live in a sparse
 * registered file table and are addressed by their slot ("fixed file"); multishot accept
 * allocates the slot.
 *
 * Completions are told apart by `user_data`, which encodes an operation code (the caller's
 * own numbering: these helpers give the codes no meaning), a table index and a generation
 * (never a pointer): a completion that arrives for a slot that has since been
 * reused carries an old generation and is recognised as stale.
 *
 * The prep helpers never fail: when the submission queue is full they submit what is queued
 * and take the next entry; a ring that cannot take a submission at all aborts the process
 * (broken invariant: the rings are sized for their connection tables). */
#ifndef BRIGADE_IO_URING_H
#define BRIGADE_IO_URING_H

#include <liburing.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

enum {
    URING_DATA_INDEX_BITS = 32,
    URING_DATA_GEN_BITS = 24,
    URING_DATA_OP_BITS = 8,
    URING_GEN_MASK = (1u << URING_DATA_GEN_BITS) - 1,
};
_Static_assert(URING_DATA_INDEX_BITS + URING_DATA_GEN_BITS + URING_DATA_OP_BITS == 64,
               "user_data fields fill 64 bits");

static inline uint64_t uring_data_pack(uint8_t op, uint32_t index, uint32_t gen)
{
    return ((uint64_t)op << 56) | ((uint64_t)(gen & URING_GEN_MASK) << 32) | index;
}
static inline uint8_t uring_data_op(uint64_t data)
{
    return (uint8_t)(data >> 56);
}
static inline uint32_t uring_data_index(uint64_t data)
{
    return (uint32_t)data;
}
static inline uint32_t uring_data_gen(uint64_t data)
{
    return (uint32_t)(data >> 32) & URING_GEN_MASK;
}

struct uring {
    struct io_uring ring;
    unsigned setup_flags; /* the IORING_SETUP_* flags the kernel accepted */
    unsigned files;       /* size of the sparse registered file table */
};

/* Create a ring with `sq_entries` submission and `cq_entries` completion entries and a sparse
 * file table of `files` slots. Returns 0 or -errno (the ring is then unusable). */
int uring_init(struct uring *u, unsigned sq_entries, unsigned cq_entries, unsigned files);
void uring_free(struct uring *u);

/* A provided-buffer ring: `count` buffers of `size` bytes that multishot recv picks from.
 * A buffer handed out in a completion belongs to the caller until uring_bufs_recycle. */
struct uring_bufs {
    struct io_uring_buf_ring *br;
    char *base;
    size_t ring_bytes;
    unsigned count;
    unsigned size;
    uint16_t bgid;
};

/* Register the ring of buffers as group `bgid`. Returns 0 or -errno. */
int uring_bufs_init(struct uring *u, struct uring_bufs *b, uint16_t bgid, unsigned count,
                    unsigned size);
void uring_bufs_free(struct uring *u, struct uring_bufs *b);
static inline char *uring_bufs_at(const struct uring_bufs *b, uint16_t bid)
{
    return b->base + (size_t)bid * b->size;
}
/* Give buffer `bid` back to the kernel. */
void uring_bufs_recycle(struct uring_bufs *b, uint16_t bid);

/* The next submission entry; submits queued entries first when the queue is full. */
struct io_uring_sqe *uring_sqe(struct uring *u);

/* Multishot accept on `listen_fd`: each accepted socket gets a free slot of the file table
 * (cqe->res is the slot; -ENFILE when the table is full, which ends the multishot). */
void uring_prep_accept_multishot(struct uring *u, int listen_fd, uint64_t data);
/* Multishot recv on fixed file `slot`, picking buffers from group `bgid`. -ENOBUFS ends it. */
void uring_prep_recv_multishot(struct uring *u, unsigned slot, uint16_t bgid, uint64_t data);
/* One recv on fixed file `slot` into `buf`. */
void uring_prep_recv_into(struct uring *u, unsigned slot, void *buf, size_t len, uint64_t data);
/* sendmsg on fixed file `slot`; `msg` and its iovecs must stay valid until completion. */
void uring_prep_sendmsg_fixed(struct uring *u, unsigned slot, const struct msghdr *msg,
                              uint64_t data);
/* One-shot poll of fixed file `slot` for `events` (e.g. POLLRDHUP): res is the revents. */
void uring_prep_poll_fixed(struct uring *u, unsigned slot, unsigned events, uint64_t data);
/* shutdown(how) on fixed file `slot`. */
void uring_prep_shutdown_fixed(struct uring *u, unsigned slot, int how, uint64_t data);
/* Cancel every request in flight on fixed file `slot`. */
void uring_prep_cancel_fixed(struct uring *u, unsigned slot, uint64_t data);
/* Cancel the request whose user_data is `target` (e.g. a multishot accept). */
void uring_prep_cancel_data(struct uring *u, uint64_t target, uint64_t data);
/* Close fixed file slot `slot` (frees the slot for the next accept). */
void uring_prep_close_fixed(struct uring *u, unsigned slot, uint64_t data);
/* 8-byte read of an eventfd into `*value`. */
void uring_prep_read_eventfd(struct uring *u, int fd, uint64_t *value, uint64_t data);
/* One-shot poll of plain fd `fd` for `events`: res is the revents, or -errno. */
void uring_prep_poll_fd(struct uring *u, int fd, unsigned events, uint64_t data);
/* Remove the poll whose user_data is `target` (it completes with -ECANCELED). */
void uring_prep_poll_remove(struct uring *u, uint64_t target, uint64_t data);
/* A completion with res -ETIME after `*ts` (relative; read when submitted, so it must stay
 * valid until the next submit). */
void uring_prep_timeout(struct uring *u, struct __kernel_timespec *ts, uint64_t data);
/* Remove the timeout whose user_data is `target` (it completes with -ECANCELED). */
void uring_prep_timeout_remove(struct uring *u, uint64_t target, uint64_t data);
/* Post a completion with user_data `target_data` and res `payload` on the ring whose fd is
 * `target_ring_fd`; this ring gets its own completion tagged `data`. */
void uring_prep_msg(struct uring *u, int target_ring_fd, uint32_t payload, uint64_t target_data,
                    uint64_t data);

#endif
