/* emulation_noise.h — the deterministic inputs of the kernel emulation tests. */
#ifndef BRIGADE_TESTS_EMULATION_NOISE_H
#define BRIGADE_TESTS_EMULATION_NOISE_H

#include <stdint.h>

/* Deterministic values in [-1, 1): the tests must fail the same way every time. */
static inline float noise(uint64_t *state)
{
    *state = *state * 6364136223846793005ull + 1442695040888963407ull;
    return (float)((*state >> 40) & 0xffffff) / (float)(1 << 23) - 1.0f;
}

#endif
