/* uring.c — ring setup, provided buffers and prep helpers (see uring.h). */
#include "io/uring.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define URING_FATAL(msg)                                                                           \
    do {                                                                                           \
        fprintf(stderr, "%s:%d: fatal: %s\n", __FILE__, __LINE__, (msg));                          \
        abort();                                                                                   \
    } while (0)

/* Flag sets tried in order. DEFER_TASKRUN runs completion work only when this thread enters
 * the kernel to wait, which is exactly when the loop is ready for it; COOP_TASKRUN is the next
 * best thing on kernels before 6.1 (no inter-processor interrupts for task work). */
static const unsigned uring_flag_sets[] = {
    IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN,
    IORING_SETUP_COOP_TASKRUN | IORING_SETUP_TASKRUN_FLAG,
    0,
};

int uring_init(struct uring *u, unsigned sq_entries, unsigned cq_entries, unsigned files)
{
    int ret = -EINVAL;
    memset(u, 0, sizeof(*u));
    for (size_t i = 0; i < sizeof(uring_flag_sets) / sizeof(uring_flag_sets[0]); i++) {
        struct io_uring_params p;
        memset(&p, 0, sizeof(p));
        p.flags = uring_flag_sets[i] | IORING_SETUP_CQSIZE | IORING_SETUP_SUBMIT_ALL;
        p.cq_entries = cq_entries;
        ret = io_uring_queue_init_params(sq_entries, &u->ring, &p);
        if (ret == 0) {
            u->setup_flags = p.flags;
            break;
        }
        if (ret != -EINVAL)
            return ret;
    }
    if (ret < 0)
        return ret;
    ret = io_uring_register_files_sparse(&u->ring, files);
    if (ret < 0) {
        io_uring_queue_exit(&u->ring);
        return ret;
    }
    u->files = files;
    return 0;
}

void uring_free(struct uring *u)
{
    io_uring_queue_exit(&u->ring);
}

/* liburing 2.3 has no io_uring_setup_buf_ring, so the ring memory is mapped and registered
 * here: it must be page aligned, which mmap guarantees. */
int uring_bufs_init(struct uring *u, struct uring_bufs *b, uint16_t bgid, unsigned count,
                    unsigned size)
{
    if (count == 0 || count > 32768 || (count & (count - 1)) != 0)
        return -EINVAL;
    memset(b, 0, sizeof(*b));
    b->ring_bytes = (size_t)count * sizeof(struct io_uring_buf);
    void *mem =
        mmap(NULL, b->ring_bytes, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
    if (mem == MAP_FAILED)
        return -errno;
    b->br = mem;
    b->base = aligned_alloc(64, (size_t)count * size);
    if (!b->base)
        URING_FATAL("out of memory for receive buffers");
    b->count = count;
    b->size = size;
    b->bgid = bgid;
    struct io_uring_buf_reg reg;
    memset(&reg, 0, sizeof(reg));
    reg.ring_addr = (uint64_t)(uintptr_t)b->br;
    reg.ring_entries = count;
    reg.bgid = bgid;
    int ret = io_uring_register_buf_ring(&u->ring, &reg, 0);
    if (ret < 0) {
        munmap(b->br, b->ring_bytes);
        free(b->base);
        return ret;
    }
    io_uring_buf_ring_init(b->br);
    int mask = io_uring_buf_ring_mask(count);
    for (unsigned i = 0; i < count; i++)
        io_uring_buf_ring_add(b->br, uring_bufs_at(b, (uint16_t)i), size, (uint16_t)i, mask,
                              (int)i);
    io_uring_buf_ring_advance(b->br, (int)count);
    return 0;
}

void uring_bufs_free(struct uring *u, struct uring_bufs *b)
{
    if (!b->br)
        return;
    io_uring_unregister_buf_ring(&u->ring, b->bgid);
    munmap(b->br, b->ring_bytes);
    free(b->base);
    b->br = NULL;
}

void uring_bufs_recycle(struct uring_bufs *b, uint16_t bid)
{
    if (bid >= b->count)
        URING_FATAL("buffer id out of range");
    io_uring_buf_ring_add(b->br, uring_bufs_at(b, bid), b->size, bid,
                          io_uring_buf_ring_mask(b->count), 0);
    /* advance publishes the new tail with a release store, so the kernel sees the entry. */
    io_uring_buf_ring_advance(b->br, 1);
}

struct io_uring_sqe *uring_sqe(struct uring *u)
{
    struct io_uring_sqe *sqe = io_uring_get_sqe(&u->ring);
    if (sqe)
        return sqe;
    int ret = io_uring_submit(&u->ring);
    if (ret < 0 && ret != -EBUSY && ret != -EAGAIN)
        URING_FATAL("io_uring_submit failed with a full submission queue");
    sqe = io_uring_get_sqe(&u->ring);
    if (!sqe)
        URING_FATAL("no submission entry after submit");
    return sqe;
}

void uring_prep_accept_multishot(struct uring *u, int listen_fd, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_multishot_accept_direct(sqe, listen_fd, NULL, NULL, 0);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_recv_multishot(struct uring *u, unsigned slot, uint16_t bgid, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_recv_multishot(sqe, (int)slot, NULL, 0, 0);
    sqe->flags |= IOSQE_FIXED_FILE | IOSQE_BUFFER_SELECT;
    sqe->buf_group = bgid;
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_recv_into(struct uring *u, unsigned slot, void *buf, size_t len, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_recv(sqe, (int)slot, buf, len, 0);
    sqe->flags |= IOSQE_FIXED_FILE;
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_sendmsg_fixed(struct uring *u, unsigned slot, const struct msghdr *msg,
                              uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_sendmsg(sqe, (int)slot, msg, MSG_NOSIGNAL);
    sqe->flags |= IOSQE_FIXED_FILE;
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_poll_fixed(struct uring *u, unsigned slot, unsigned events, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_poll_add(sqe, (int)slot, events);
    sqe->flags |= IOSQE_FIXED_FILE;
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_shutdown_fixed(struct uring *u, unsigned slot, int how, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_shutdown(sqe, (int)slot, how);
    sqe->flags |= IOSQE_FIXED_FILE;
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_cancel_fixed(struct uring *u, unsigned slot, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_cancel_fd(sqe, (int)slot, IORING_ASYNC_CANCEL_ALL | IORING_ASYNC_CANCEL_FD_FIXED);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_cancel_data(struct uring *u, uint64_t target, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_cancel64(sqe, target, 0);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_close_fixed(struct uring *u, unsigned slot, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_close_direct(sqe, slot);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_read_eventfd(struct uring *u, int fd, uint64_t *value, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_read(sqe, fd, value, sizeof(*value), 0);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_msg(struct uring *u, int target_ring_fd, uint32_t payload, uint64_t target_data,
                    uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_msg_ring(sqe, target_ring_fd, payload, target_data, 0);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_poll_fd(struct uring *u, int fd, unsigned events, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_poll_add(sqe, fd, events);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_poll_remove(struct uring *u, uint64_t target, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_poll_remove(sqe, target);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_timeout(struct uring *u, struct __kernel_timespec *ts, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_timeout(sqe, ts, 0, 0);
    io_uring_sqe_set_data64(sqe, data);
}

void uring_prep_timeout_remove(struct uring *u, uint64_t target, uint64_t data)
{
    struct io_uring_sqe *sqe = uring_sqe(u);
    io_uring_prep_timeout_remove(sqe, target, 0);
    io_uring_sqe_set_data64(sqe, data);
}
