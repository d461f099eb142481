#!/usr/bin/env bash
# bench/gpu/run.sh — every check of the cuda backend that needs a GPU, in one run, on a GPU host.
#
#   1. builds with CUDA (Release, sm_80 + sm_90, warnings as errors) under build/gpu;
#   2. runs the GPU tests and the host checks they build on, refusing a skip: test_cuda_golden
#      (modernbert-tiny on the GPU vs transformers' golden pooled outputs, cosine >= 0.9999 in
#      bf16, tighter in fp16/fp32; packed vs single-sequence batches; the tiled attention kernel
#      and again the simple one), test_cuda_attention (both attention kernels at head_dim 36, 64,
#      96, 128 and 256, fp32/fp16/bf16, global and windowed, vs a double-precision reference),
#      test_cuda_score (the device scorer: cuBLASLt GEMM, top-k and per-class maximum kernels,
#      score-set twins, the engine's use of it and its host fallback, vs the host scorer),
#      e2e_cuda_backend (embed, analyze and serve with --backend cuda on the device, vs the cpu
#      backend), test_kernel_emulation, test_plan_emulation, test_score_emulation,
#      test_cuda_attention_choice, test_engine_score and test_kernels;
#   3. the throughput sweep (brigade-cuda-bench) on a base-size ModernBERT: the model directory
#      in $BRIGADE_GTE_DIR when it holds gte-modernbert-base, else random weights of the
#      same shape (bench/make_modernbert_plain.py, standard library only); one table on
#      stdout, JSON in $OUT_DIR/cuda-bench-<precision>.json; bf16 again with CUDA graphs off,
#      and again with the simple attention kernel (BRIGADE_CUDA_ATTENTION=simple), with the
#      tiled kernel's speed-up per shape; and bf16 with two batches in flight (--pipelined:
#      submit n+1, collect n, as the engine runs it), with its gain over one at a time;
#      then the step profile (--profile: device time per kind of step for a few shapes);
#   4. when PyTorch with CUDA and transformers are importable: the same sweep for PyTorch
#      (SDPA attention, bf16) on the same weights (bench/gpu/torch_sweep.py), side by side.
#
# Every step runs even when one before it failed (a GPU host's time is scarce: one run should
# say everything), and the exit status says whether any failed.
#
# usage: bench/gpu/run.sh [--quick] [--prebuilt]
#   --quick:    0.2 s per shape instead of 1 s
#   --prebuilt: no build; run the build/gpu that bench/gpu/bundle.sh packed on another machine
#               (its bundle-lib/ holds the libraries this host lacks)
# env:   BRIGADE_GTE_DIR (model directory), OUT_DIR (default build/gpu/results),
#        PEAK_TFLOPS (default 989: H100/H200 dense bf16), CUDA_DEVICE (default 0)
# exit:  0 when every check passed and the targets were met; 1 when a check failed (build,
#        test, a batch); 3 when everything ran correctly but a throughput target was missed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$ROOT/build/gpu
OUT_DIR=${OUT_DIR:-$BUILD/results}
PEAK=${PEAK_TFLOPS:-989}
DEVICE=${CUDA_DEVICE:-0}
SECONDS_PER_SHAPE=1
PREBUILT=0
for arg in "$@"; do
    case $arg in
    --quick) SECONDS_PER_SHAPE=0.2 ;;
    --prebuilt) PREBUILT=1 ;;
    *) echo "usage: bench/gpu/run.sh [--quick] [--prebuilt]" >&2 && exit 2 ;;
    esac
done
export PATH=/usr/local/cuda/bin:$PATH
mkdir -p "$OUT_DIR"
status=0

echo "== device"
nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap --format=csv,noheader

if [[ $PREBUILT == 1 ]]; then
    echo "== prebuilt (bench/gpu/bundle.sh)"
    "$(dirname "$0")/prebuilt-env.sh" "$ROOT"
    # shellcheck source=/dev/null
    source "$BUILD/prebuilt.env"
else
    echo "== build (CUDA on, warnings as errors)"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRIGADE_CUDA=ON >/dev/null
    cmake --build "$BUILD" -j"$(nproc)"
fi

echo "== GPU tests (a skip is a failure here)"
log=$OUT_DIR/ctest.log
ctest --test-dir "$BUILD" --output-on-failure -V \
    -R '^(test_cuda_golden|test_cuda_attention|test_cuda_score|e2e_cuda_backend|test_kernel_emulation|test_plan_emulation|test_score_emulation|test_cuda_attention_choice|test_engine_score|test_kernels)$' \
    >"$log" 2>&1 || status=1
grep -E '^ *[0-9]+/[0-9]+ Test|tests passed|tests failed|FAIL|SKIP|cuda backend unavailable' "$log" || true
if grep -q -e 'SKIP' -e 'cuda backend unavailable' "$log"; then
    echo "run.sh: the cuda backend did not run on this host (see $log)" >&2
    status=1
fi

echo "== model"
MODEL=${BRIGADE_GTE_DIR:-}
if [[ -z $MODEL || ! -f $MODEL/config.json ]]; then
    MODEL=$BUILD/models/modernbert-base-random
    [[ -f $MODEL/model.safetensors ]] || python3 "$ROOT/bench/make_modernbert_plain.py" "$MODEL"
    echo "random-weight base ModernBERT: $MODEL (set BRIGADE_GTE_DIR for the real model)"
else
    echo "$MODEL"
fi

for precision in bf16 fp16; do
    echo "== brigade-cuda-bench ($precision)"
    "$BUILD/bench/brigade-cuda-bench" --model "$MODEL" --precision "$precision" \
        --device "$DEVICE" --peak-tflops "$PEAK" --seconds "$SECONDS_PER_SHAPE" \
        --json "$OUT_DIR/cuda-bench-$precision.json" || status=1
done

echo "== where a batch's time goes (bf16, one eager pass per shape, events between the steps)"
"$BUILD/bench/brigade-cuda-bench" --model "$MODEL" --precision bf16 --device "$DEVICE" \
    --profile || status=1

echo "== brigade-cuda-bench (bf16, CUDA graphs off: what replaying them saves)"
"$BUILD/bench/brigade-cuda-bench" --model "$MODEL" --precision bf16 --device "$DEVICE" \
    --peak-tflops "$PEAK" --seconds "$SECONDS_PER_SHAPE" --no-graphs \
    --json "$OUT_DIR/cuda-bench-bf16-eager.json" || status=1

echo "== brigade-cuda-bench (bf16, simple attention kernel: what the tiled one gains)"
BRIGADE_CUDA_ATTENTION=simple "$BUILD/bench/brigade-cuda-bench" --model "$MODEL" \
    --precision bf16 --device "$DEVICE" --peak-tflops "$PEAK" --seconds "$SECONDS_PER_SHAPE" \
    --json "$OUT_DIR/cuda-bench-bf16-simple-attention.json" || status=1
python3 - "$OUT_DIR/cuda-bench-bf16.json" "$OUT_DIR/cuda-bench-bf16-simple-attention.json" \
    <<'PY' || status=1
import json, sys
tiled, simple = (json.load(open(p))["rows"] for p in sys.argv[1:3])
print(f"{'tokens/msg':>10} {'batch tokens':>12} {'tiled tok/s':>12} {'simple tok/s':>12} {'ratio':>6}")
for t, s in zip(tiled, simple):
    print(f"{t['tokens_per_message']:>10} {t['batch_tokens']:>12} {t['tokens_per_s']:>12.0f} "
          f"{s['tokens_per_s']:>12.0f} {t['tokens_per_s'] / s['tokens_per_s']:>6.2f}")
PY

echo "== brigade-cuda-bench (bf16, two batches in flight: what overlapping copies and compute gains)"
"$BUILD/bench/brigade-cuda-bench" --model "$MODEL" --precision bf16 --device "$DEVICE" \
    --peak-tflops "$PEAK" --seconds "$SECONDS_PER_SHAPE" --pipelined \
    --json "$OUT_DIR/cuda-bench-bf16-pipelined.json" || status=1
python3 - "$OUT_DIR/cuda-bench-bf16.json" "$OUT_DIR/cuda-bench-bf16-pipelined.json" \
    <<'PY' || status=1
import json, sys
one, two = (json.load(open(p))["rows"] for p in sys.argv[1:3])
print(f"{'tokens/msg':>10} {'batch tokens':>12} {'1 in flight':>12} {'2 in flight':>12} {'ratio':>6}")
for a, b in zip(one, two):
    print(f"{a['tokens_per_message']:>10} {a['batch_tokens']:>12} {a['tokens_per_s']:>12.0f} "
          f"{b['tokens_per_s']:>12.0f} {b['tokens_per_s'] / a['tokens_per_s']:>6.2f}")
PY

echo "== targets (bf16)"
targets=0
python3 - "$OUT_DIR/cuda-bench-bf16.json" <<'PY' || targets=3
import json, sys
rows = json.load(open(sys.argv[1]))["rows"]
big = [r for r in rows if r["tokens_per_message"] == 32 and r["batch_tokens"] >= 16384]
small = [r for r in rows if r["tokens_per_message"] == 32 and r["messages"] == 64]
frac = max(r["peak_fraction"] for r in big)
ms = small[0]["p50_ms"]
print(f"bf16 peak fraction at 32-token messages, >= 16K tokens/batch: {frac:.1%} (target >= 50%)")
print(f"64 messages of 32 tokens: p50 {ms:.3f} ms (target <= 2 ms)")
sys.exit(0 if frac >= 0.5 and ms <= 2.0 else 1)
PY

if python3 -c 'import torch, transformers, sys; sys.exit(0 if torch.cuda.is_available() else 1)' \
    2>/dev/null; then
    echo "== PyTorch (SDPA, bf16) on the same weights"
    python3 "$ROOT/bench/gpu/torch_sweep.py" "$MODEL" --seconds "$SECONDS_PER_SHAPE" \
        --peak-tflops "$PEAK" --compare "$OUT_DIR/cuda-bench-bf16.json" \
        --json "$OUT_DIR/torch-bench-bf16.json" || status=1
else
    echo "== PyTorch with CUDA or transformers not importable: no side-by-side sweep"
fi
[[ $status -ne 0 ]] && exit "$status"
exit "$targets"
