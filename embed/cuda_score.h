/* cuda_score.h — the cuda backend's scorer (embed_backend.score_batch): the finished requests'
 * vectors against their score sets on the device, with the host scorer's results
 * (engine_score.h; the scores themselves up to the last bits, the GEMM summing in its own
 * order). Internal to embed/; built only with CUDA.
 *
 * Per pass: the pairs are cleared as the host scorer clears them; per set and matrix the
 * unit copies of the masked sequences' vectors (engine_score_unit, so queries are bit for bit
 * the host's) are gathered into a pinned block of at most CUDA_SCORE_CHUNK rows, uploaded,
 * scored by one cuBLASLt GEMM in float32 against the matrix's device twin, reduced by
 * kernels/topk.cu or kernels/class_max.cu, and the pairs downloaded; all on the scorer's own
 * stream (so scoring batch n overlaps batch n+1's forward pass on the compute stream), with
 * its own cuBLASLt handle and workspace.
 *
 * Device twins: a set's matrices (and a CLASS_MAX matrix's row map, class_map_build) are
 * uploaded when the scorer first meets the set, and the scorer holds a reference to the set
 * while the twin lives. At the start of each pass a twin whose set has no other reference
 * left (a reload replaced it and its last request completed) is freed, its set with it:
 * every pass ends with its stream synchronised, so no kernel still reads the memory. At most
 * CUDA_SCORE_TWINS sets are resident; a pass that would need more fails with -ENOSPC (the
 * engine then scores on the host). */
#ifndef BRIGADE_EMBED_CUDA_SCORE_H
#define BRIGADE_EMBED_CUDA_SCORE_H

#include <stddef.h>

struct embed_request;
struct cuda_scorer;

#define CUDA_SCORE_CHUNK 256 /* queries per GEMM (ENGINE_SCORE_CHUNK_MAX's reasoning) */
#define CUDA_SCORE_TWINS 8   /* score sets resident at once: a few reloads' worth */

/* A scorer for vectors of dim floats on the current device: its stream, cuBLASLt handle,
 * workspace, and query/score/pair buffers (device and pinned) made here, nothing per pass but
 * twins. Returns 0, or -ENOMEM / -EIO with the failed call in msg. */
int cuda_scorer_new(size_t dim, struct cuda_scorer **out, char *msg, size_t msg_len);
/* Waits for the stream, frees every twin and drops their sets' references. NULL: no-op. */
void cuda_scorer_free(struct cuda_scorer *s);

/* Scores the n requests as engine_scorer_run would, without touching the engine's references.
 * 0, or -errno with the reason in msg: -ENOSPC (too many resident sets), -ENOMEM (a twin's
 * cudaMalloc), -EIO (a CUDA or cuBLASLt call); the requests' pairs are then unspecified. */
int cuda_scorer_run(struct cuda_scorer *s, struct embed_request *const *reqs, size_t n, char *msg,
                    size_t msg_len);

/* Sets resident now (for tests). */
size_t cuda_scorer_twins(const struct cuda_scorer *s);

#endif
