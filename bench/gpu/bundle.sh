#!/usr/bin/env bash
# bench/gpu/bundle.sh — packs a CUDA build for a GPU host that lacks brigade's build
# dependencies (liburing, libpq, libcurl, OpenBLAS, ... are Debian packages; a GPU image often
# has only the CUDA toolkit and Python).
#
# Builds build/gpu as bench/gpu/run.sh does, copies every shared library its executables load
# (except the C runtime, which the host's newer one replaces, and the CUDA driver and cuBLAS,
# which must be the host's) into build/gpu/bundle-lib, and writes one tar.xz of what run.sh
# runs from build/gpu. On the GPU host, from a checkout of the same commit:
#
#   tar -xJf gpu-bundle.tar.xz && bench/gpu/run.sh --prebuilt --quick
#
# The executables and CTest files name this checkout's absolute path; run.sh --prebuilt links
# that path to the checkout it runs in when the two differ.
#
# usage: bench/gpu/bundle.sh [OUT.tar.xz]     (default build/gpu-bundle.tar.xz)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$ROOT/build/gpu
OUT=${1:-$ROOT/build/gpu-bundle.tar.xz}
export PATH=/usr/local/cuda/bin:$PATH

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBRIGADE_CUDA=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)"

# The host's own: the C runtime (forward compatible), the driver, and cuBLAS (too large to carry,
# and it must match the driver the host has).
host_own='/(libc|libm|libpthread|libdl|librt|libresolv|ld-linux-x86-64|libstdc\+\+|libgcc_s|libcuda|libcublas|libcublasLt)\.so'
rm -rf "$BUILD/bundle-lib"
mkdir -p "$BUILD/bundle-lib"
find "$BUILD" -path "$BUILD/bundle-lib" -prune -o -type f -perm -u+x -print |
    while read -r exe; do
        [[ $(head -c4 "$exe" | od -An -c | tr -d ' ') == 177ELF ]] || continue
        ldd "$exe" | awk '/=> \// { print $3 }'
    done | sort -u | grep -Ev "$host_own" | awk -F/ '!seen[$NF]++' |
    xargs -r cp -L -t "$BUILD/bundle-lib"

echo "$ROOT" >"$BUILD/bundle-root"
# What run.sh runs: the GPU tests and the host checks beside them, the binary, the benches
# (brigade-embed-bench: bench/embed-vs-peers on the GPU host's CPU); the
# CTest files of the whole tree so ctest finds them (other tests are listed, never run there).
run_sh_needs=(gateway/brigade bench/brigade-cuda-bench bench/brigade-embed-bench
    tests/unit/cuda/test_cuda_golden
    tests/unit/cuda/test_cuda_score tests/unit/cuda/test_cuda_attention
    tests/unit/cuda/test_cuda_attention_choice
    tests/unit/kernel_emulation/test_kernel_emulation
    tests/unit/kernel_emulation/test_plan_emulation
    tests/unit/kernel_emulation/test_score_emulation tests/unit/engine/test_engine_score
    tests/unit/kernels/test_kernels)
(
    cd "$ROOT"
    find build/gpu -name CTestTestfile.cmake
    echo build/gpu/bundle-root
    echo build/gpu/bundle-lib
    for f in "${run_sh_needs[@]}"; do echo "build/gpu/$f"; done
) | XZ_OPT='-T0' tar -C "$ROOT" -cJf "$OUT" -T -
echo "$OUT: $(du -h "$OUT" | cut -f1), $(ls "$BUILD/bundle-lib" | wc -l) libraries"
