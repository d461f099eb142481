/* test_half — float to bfloat16 and binary16 (embed/half.h): chosen values at every rounding
 * edge (ties to even both ways, carries into the exponent, overflow to infinity, subnormals,
 * signed zeros, NaNs quieted), every 16-bit pattern back to its own bits, and on x86 the same
 * bits as the CPU's own conversions (F16C vcvtps2ph, AVX512-BF16 vcvtneps2bf16) over a sweep
 * of float bit patterns. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "check.h"
#include "embed/half.h"
#include "embed/linear.h"

static float f32(uint32_t bits)
{
    float f;
    memcpy(&f, &bits, sizeof(f));
    return f;
}

struct pair {
    uint32_t in;
    uint16_t out;
};

static void test_bf16_values(void)
{
    static const struct pair cases[] = {
        {0x3f800000u, 0x3f80u}, /* 1 */
        {0x3f808000u, 0x3f80u}, /* 1 + 2^-8: tie, even (down) */
        {0x3f818000u, 0x3f82u}, /* 1 + 3 * 2^-8: tie, even (up) */
        {0x3f808001u, 0x3f81u}, /* just above the tie */
        {0x3f807fffu, 0x3f80u}, /* just below it */
        {0x3fffffffu, 0x4000u}, /* carry into the exponent */
        {0x7f7fffffu, 0x7f80u}, /* largest float rounds to infinity */
        {0x7f7f7fffu, 0x7f7fu}, /* largest bf16 stays */
        {0x7f800000u, 0x7f80u}, /* infinity */
        {0xff800000u, 0xff80u}, /* -infinity */
        {0x80000000u, 0x8000u}, /* -0 */
        {0x00000001u, 0x0000u}, /* smallest denormal: to zero */
        {0x00008000u, 0x0000u}, /* denormal tie: even zero */
        {0x00018000u, 0x0002u}, /* denormal tie: up to even */
        {0x0000c000u, 0x0001u}, /* denormal above the tie: kept, not flushed */
        {0x807fffffu, 0x8080u}, /* largest negative denormal rounds to the smallest normal */
        {0x7f800001u, 0x7fc0u}, /* signalling NaN with a low payload: quiet, stays NaN */
        {0x7fa00000u, 0x7fe0u}, /* signalling NaN: payload top kept, quiet bit set */
        {0xffc00000u, 0xffc0u}, /* negative quiet NaN */
        {0x7fffffffu, 0x7fffu}, /* NaN that would carry into the sign: stays NaN */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        uint16_t got = half_bf16_from_f32(f32(cases[i].in));
        if (got != cases[i].out)
            fprintf(stderr, "bf16(0x%08x) = 0x%04x, expected 0x%04x\n", cases[i].in, got,
                    cases[i].out);
        CHECK_INT_EQ(got, cases[i].out);
    }
}

static void test_f16_values(void)
{
    static const struct pair cases[] = {
        {0x3f800000u, 0x3c00u}, /* 1 */
        {0x3f801000u, 0x3c00u}, /* 1 + 2^-11: tie, even (down) */
        {0x3f803000u, 0x3c02u}, /* 1 + 3 * 2^-11: tie, even (up) */
        {0x3f801001u, 0x3c01u}, /* above the tie */
        {0x477fe000u, 0x7bffu}, /* 65504, the largest half */
        {0x477fefffu, 0x7bffu}, /* just below 65520 */
        {0x477ff000u, 0x7c00u}, /* 65520: tie, rounds to infinity */
        {0x501502f9u, 0x7c00u}, /* 1e10 */
        {0xff800000u, 0xfc00u}, /* -infinity */
        {0x38800000u, 0x0400u}, /* 2^-14, the smallest normal */
        {0x387fe000u, 0x0400u}, /* 1023.5 * 2^-24: tie, up to the smallest normal */
        {0x387fc000u, 0x03ffu}, /* 1023 * 2^-24, the largest subnormal */
        {0x33800000u, 0x0001u}, /* 2^-24, the smallest subnormal */
        {0x33000000u, 0x0000u}, /* 2^-25: tie, even zero */
        {0x33000001u, 0x0001u}, /* above it */
        {0x33c00000u, 0x0002u}, /* 1.5 * 2^-24: tie, up to even */
        {0xb3000000u, 0x8000u}, /* -2^-25: negative zero */
        {0x00000001u, 0x0000u}, /* float denormal */
        {0x7f800001u, 0x7e00u}, /* NaN: quiet */
        {0xffc00000u, 0xfe00u}, /* negative quiet NaN */
        {0x7fbfe000u, 0x7fffu}, /* signalling NaN: payload top kept, quiet bit set */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        uint16_t got = half_f16_from_f32(f32(cases[i].in));
        if (got != cases[i].out)
            fprintf(stderr, "f16(0x%08x) = 0x%04x, expected 0x%04x\n", cases[i].in, got,
                    cases[i].out);
        CHECK_INT_EQ(got, cases[i].out);
    }
}

/* Every bf16 and f16 value widens exactly and comes back to its own bits; NaNs come back as
 * quiet NaNs of the same sign. */
static void test_round_trips(void)
{
    size_t bad = 0;
    for (uint32_t h = 0; h <= 0xffffu; h++) {
        uint16_t b = half_bf16_from_f32(half_bf16_to_f32((uint16_t)h));
        bool b_nan = (h & 0x7f80u) == 0x7f80u && (h & 0x7fu);
        bad += b_nan ? b != (h | 0x40u) : b != h;
        uint16_t f = half_f16_from_f32(half_f16_to_f32((uint16_t)h));
        bool f_nan = (h & 0x7c00u) == 0x7c00u && (h & 0x3ffu);
        bad += f_nan ? f != (h | 0x200u) : f != h;
    }
    CHECK_INT_EQ(bad, 0);
}

#if defined(__x86_64__)
__attribute__((target("f16c"))) static uint16_t f16c_convert(float x)
{
    return (uint16_t)_cvtss_sh(x, _MM_FROUND_TO_NEAREST_INT);
}

__attribute__((target("avx512f,avx512bf16,avx512vl"))) static uint16_t bf16_convert(float x)
{
    __m128bh h = _mm_cvtneps_pbh(_mm_set1_ps(x));
    uint16_t out[8];
    memcpy(out, &h, sizeof(out));
    return out[0];
}

/* A sweep over float bit patterns (a step prime to 2^32 visits every exponent and many
 * mantissas) against the hardware. vcvtneps2bf16 flushes denormals: those are left out. */
static void test_against_hardware(void)
{
    bool f16c = linear_kernel_supported(LINEAR_DTYPE_F16, LINEAR_ISA_AVX2) ||
                linear_kernel_supported(LINEAR_DTYPE_F16, LINEAR_ISA_AVX512);
    bool bf16 = linear_kernel_supported(LINEAR_DTYPE_BF16, LINEAR_ISA_AVX512_BF16);
    size_t bad = 0, compared = 0;
    uint32_t b = 0;
    for (size_t i = 0; i < (1u << 22); i++, b += 1021u * 1024u + 7u) {
        float x = f32(b);
        bool nan = (b & 0x7fffffffu) > 0x7f800000u;
        if (f16c && !nan) {
            bad += half_f16_from_f32(x) != f16c_convert(x);
            compared++;
        }
        if (bf16 && !nan && (b & 0x7f800000u) != 0) {
            bad += half_bf16_from_f32(x) != bf16_convert(x);
            compared++;
        }
    }
    printf("test_half: %zu conversions compared with the CPU's (f16c %s, avx512bf16 %s)\n",
           compared, f16c ? "yes" : "no", bf16 ? "yes" : "no");
    CHECK_INT_EQ(bad, 0);
}
#endif

int main(void)
{
    test_bf16_values();
    test_f16_values();
    test_round_trips();
#if defined(__x86_64__)
    test_against_hardware();
#endif
    return check_finish("test_half");
}
