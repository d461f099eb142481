/* test_uring.c — io/uring helpers on a socketpair: user_data packing, fixed files, multishot
 * recv from provided buffers (and -ENOBUFS when they run out), sendmsg on a fixed file. */
#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"
#include "io/uring.h"

/* The helpers give op codes no meaning: any numbering of the caller's will do. */
enum { TEST_OP_RECV = 2, TEST_OP_SEND = 4, TEST_OP_CLOSE = 255 };

static struct io_uring_cqe *wait_one(struct uring *u)
{
    struct io_uring_cqe *cqe = NULL;
    int ret = io_uring_submit_and_wait(&u->ring, 1);
    CHECK(ret >= 0);
    ret = io_uring_peek_cqe(&u->ring, &cqe);
    CHECK_INT_EQ(ret, 0);
    return cqe;
}

static void test_pack(void)
{
    uint64_t d = uring_data_pack(TEST_OP_SEND, 123456, 0xABCDEF);
    CHECK_INT_EQ(uring_data_op(d), TEST_OP_SEND);
    CHECK_INT_EQ(uring_data_index(d), 123456);
    CHECK_INT_EQ(uring_data_gen(d), 0xABCDEF);
    d = uring_data_pack(TEST_OP_CLOSE, UINT32_MAX, URING_GEN_MASK + 2); /* gen wraps */
    CHECK_INT_EQ(uring_data_index(d), UINT32_MAX);
    CHECK_INT_EQ(uring_data_gen(d), 1);
    CHECK_INT_EQ(uring_data_op(d), TEST_OP_CLOSE);
}

static void test_recv_send(void)
{
    struct uring u;
    struct uring_bufs b;
    int sv[2];
    CHECK_INT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    int ret = uring_init(&u, 16, 64, 4);
    if (ret == -ENOSYS || ret == -EPERM)
        SKIP("io_uring unavailable: %d", ret);
    CHECK_INT_EQ(ret, 0);
    CHECK(u.setup_flags & IORING_SETUP_CQSIZE);
    CHECK_INT_EQ(uring_bufs_init(&u, &b, 7, 2, 64), 0);
    CHECK_INT_EQ(uring_bufs_init(&u, &(struct uring_bufs){0}, 8, 3, 64), -EINVAL);
    CHECK_INT_EQ(io_uring_register_files_update(&u.ring, 1, &sv[0], 1), 1);
    uring_prep_recv_multishot(&u, 1, 7, uring_data_pack(TEST_OP_RECV, 1, 5));
    const char *words[] = {"hello", "world"};
    uint16_t bids[2];
    for (int i = 0; i < 2; i++) {
        CHECK_INT_EQ(write(sv[1], words[i], 5), 5);
        struct io_uring_cqe *cqe = wait_one(&u);
        CHECK_INT_EQ(cqe->res, 5);
        CHECK_INT_EQ(cqe->user_data, uring_data_pack(TEST_OP_RECV, 1, 5));
        CHECK(cqe->flags & IORING_CQE_F_MORE);
        CHECK(cqe->flags & IORING_CQE_F_BUFFER);
        bids[i] = (uint16_t)(cqe->flags >> IORING_CQE_BUFFER_SHIFT);
        CHECK_MEM_EQ(uring_bufs_at(&b, bids[i]), 5, words[i], 5);
        io_uring_cqe_seen(&u.ring, cqe);
    }
    /* Both buffers are held: the next receive has none and the multishot ends. */
    CHECK_INT_EQ(write(sv[1], "again", 5), 5);
    struct io_uring_cqe *cqe = wait_one(&u);
    CHECK_INT_EQ(cqe->res, -ENOBUFS);
    CHECK(!(cqe->flags & IORING_CQE_F_MORE));
    io_uring_cqe_seen(&u.ring, cqe);
    uring_bufs_recycle(&b, bids[0]);
    uring_prep_recv_multishot(&u, 1, 7, uring_data_pack(TEST_OP_RECV, 1, 6));
    cqe = wait_one(&u);
    CHECK_INT_EQ(cqe->res, 5); /* the pending bytes arrive once re-armed */
    CHECK_MEM_EQ(uring_bufs_at(&b, bids[0]), 5, "again", 5);
    io_uring_cqe_seen(&u.ring, cqe);
    /* sendmsg of two iovecs on the fixed file. */
    struct iovec iov[2] = {{"pi", 2}, {"ng", 2}};
    struct msghdr msg = {.msg_iov = iov, .msg_iovlen = 2};
    uring_prep_sendmsg_fixed(&u, 1, &msg, uring_data_pack(TEST_OP_SEND, 1, 6));
    cqe = wait_one(&u);
    CHECK_INT_EQ(cqe->res, 4);
    CHECK_INT_EQ(uring_data_op(cqe->user_data), TEST_OP_SEND);
    io_uring_cqe_seen(&u.ring, cqe);
    char got[4];
    CHECK_INT_EQ(read(sv[1], got, 4), 4);
    CHECK_MEM_EQ(got, 4, "ping", 4);
    uring_bufs_free(&u, &b);
    uring_free(&u);
    close(sv[0]);
    close(sv[1]);
}

int main(void)
{
    test_pack();
    test_recv_send();
    return check_finish("test_uring");
}
