#!/usr/bin/env bash
# bench/gpu/prebuilt-env.sh — readies a build/gpu unpacked from bench/gpu/bundle.sh on the GPU
# host and writes build/gpu/prebuilt.env for run.sh --prebuilt to source:
#   - the executables and CTest files name the checkout they were built in: where that path is
#     not this checkout, it becomes a link to this one (the host is a scratch machine);
#   - CTest names the build machine's python3: where that path is missing, it links to this
#     host's python3;
#   - LD_LIBRARY_PATH: the bundled libraries, then the directory holding this host's cuBLAS
#     (a CUDA toolkit's lib64, or the nvidia-cublas wheel that PyTorch installs).
#
# usage: bench/gpu/prebuilt-env.sh ROOT
set -euo pipefail
ROOT=$1
BUILD=$ROOT/build/gpu
[[ -f $BUILD/bundle-root ]] || { echo "prebuilt-env: no $BUILD/bundle-root: unpack bench/gpu/bundle.sh's tarball first" >&2; exit 1; }

built_in=$(cat "$BUILD/bundle-root")
if [[ $(realpath -m "$built_in") != "$(realpath "$ROOT")" ]]; then
    [[ -e $built_in && ! -L $built_in ]] && { echo "prebuilt-env: $built_in exists and is not this checkout" >&2; exit 1; }
    mkdir -p "$(dirname "$built_in")"
    ln -sfn "$(realpath "$ROOT")" "$built_in"
    echo "prebuilt-env: $built_in -> $ROOT"
fi

ctest_python=$(grep -rhoE '"/[^"]*/python3[.0-9]*"' "$BUILD" --include=CTestTestfile.cmake | head -1 | tr -d '"')
if [[ -n $ctest_python && ! -x $ctest_python ]]; then
    mkdir -p "$(dirname "$ctest_python")"
    ln -sf "$(command -v python3)" "$ctest_python"
    echo "prebuilt-env: $ctest_python -> $(command -v python3)"
fi

cublas=$(ldconfig -p | awk '/libcublasLt\.so\.[0-9]+ / { print $NF; exit }')
if [[ -z $cublas ]]; then
    cublas=$(find /usr/local /opt /usr/lib -name 'libcublasLt.so.[0-9]*' -print -quit 2>/dev/null || true)
fi
[[ -n $cublas ]] || { echo "prebuilt-env: no libcublasLt on this host" >&2; exit 1; }
echo "prebuilt-env: cuBLAS from $(dirname "$cublas")"
echo "export LD_LIBRARY_PATH=$BUILD/bundle-lib:$(dirname "$cublas")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" >"$BUILD/prebuilt.env"
