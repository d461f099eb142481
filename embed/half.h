/* half.h — float to and from the two 16-bit formats the CPU backend keeps weights in:
 * bfloat16 (8-bit exponent, 7-bit mantissa) and IEEE binary16 (5-bit exponent, 10-bit
 * mantissa), bit patterns in a uint16_t.
 *
 * Rounding is to nearest, ties to even, on the exact value (what vcvtneps2bf16 and F16C's
 * vcvtps2ph with rounding mode 0 do), so a checkpoint stored in either format converts back
 * to the same bits. Special values, as defined here:
 * - NaN stays NaN with its sign and the top mantissa bits, and is made quiet (the quiet bit
 *   set), never rounded into infinity;
 * - infinities stay infinities; a finite value that rounds past the format's largest finite
 *   value becomes infinity of its sign (binary16: |x| >= 65520);
 * - denormals are kept, not flushed: float denormals round to bfloat16 denormals (the same
 *   exponent range), and values below binary16's normal range round to its subnormals, to
 *   signed zero below half the smallest subnormal (2^-25).
 * Every bfloat16 and binary16 value is exactly a float: the _to_f32 functions are exact. */
#ifndef BRIGADE_EMBED_HALF_H
#define BRIGADE_EMBED_HALF_H

#include <stddef.h>
#include <stdint.h>

uint16_t half_bf16_from_f32(float x);
uint16_t half_f16_from_f32(float x);
float half_bf16_to_f32(uint16_t h);
float half_f16_to_f32(uint16_t h);

#endif
