/* clones.h — EMBED_CLONES: compile a loop-heavy function once per instruction set (AVX-512,
 * AVX2, baseline x86-64) so its plain C loops vectorise for the CPU they run on. GCC resolves
 * a target_clones function once, at load, by the CPU's features (an ifunc). Internal to
 * embed/. */
#ifndef BRIGADE_EMBED_CLONES_H
#define BRIGADE_EMBED_CLONES_H

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define EMBED_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#elif defined(__x86_64__) && defined(__clang__)
#define EMBED_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define EMBED_CLONES
#endif

#endif
