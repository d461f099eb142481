/* half.c — float <-> bfloat16 / binary16 with round to nearest even; see half.h. */
#include "embed/half.h"

#include <string.h>

#include "embed/safetensors.h"

static uint32_t f32_bits(float x)
{
    uint32_t b;
    memcpy(&b, &x, sizeof(b));
    return b;
}

uint16_t half_bf16_from_f32(float x)
{
    uint32_t b = f32_bits(x);
    if ((b & 0x7fffffffu) > 0x7f800000u)
        return (uint16_t)((b >> 16) | 0x0040u); /* NaN: keep sign and payload top, quiet it */
    /* Adding 0x7fff plus the kept lowest bit rounds half-way cases to the even result; a carry
     * out of the mantissa bumps the exponent, up to infinity, which is the correct rounding. */
    b += 0x7fffu + ((b >> 16) & 1u);
    return (uint16_t)(b >> 16);
}

uint16_t half_f16_from_f32(float x)
{
    uint32_t b = f32_bits(x);
    uint16_t sign = (uint16_t)((b >> 16) & 0x8000u);
    uint32_t abs = b & 0x7fffffffu;
    if (abs > 0x7f800000u) /* NaN: top 10 mantissa bits, quiet bit set */
        return (uint16_t)(sign | 0x7e00u | ((abs >> 13) & 0x3ffu));
    if (abs >= 0x477ff000u) /* 65520 and above (infinity included) round to infinity */
        return (uint16_t)(sign | 0x7c00u);
    if (abs >= 0x38800000u) {           /* 2^-14 and above: a normal half */
        uint32_t r = abs - 0x38000000u; /* rebias the exponent 127 -> 15 (in place, << 13) */
        r += 0xfffu + ((r >> 13) & 1u); /* round to nearest even on the 13 dropped bits */
        return (uint16_t)(sign | (r >> 13));
    }
    if (abs < 0x33000000u) /* below 2^-25 (half the smallest subnormal, ties to even 0) */
        return sign;
    /* Subnormal half: the value in units of 2^-24, rounded to nearest even. The mantissa with
     * its implicit bit is shifted right by 14 + (113 - exponent) >= 14 bits. */
    uint32_t exp = abs >> 23, man = (abs & 0x7fffffu) | 0x800000u;
    uint32_t shift = 126u - exp; /* 14..24 */
    uint32_t q = man >> shift, rem = man & ((1u << shift) - 1u), halfway = 1u << (shift - 1u);
    if (rem > halfway || (rem == halfway && (q & 1u)))
        q++; /* may reach 0x400: the smallest normal, which is its correct encoding */
    return (uint16_t)(sign | q);
}

float half_bf16_to_f32(uint16_t h)
{
    return safetensors_bf16_to_f32(h);
}

float half_f16_to_f32(uint16_t h)
{
    return safetensors_f16_to_f32(h);
}
