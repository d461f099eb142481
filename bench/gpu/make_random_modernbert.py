#!/usr/bin/env python3
"""Writes a base-size ModernBERT with random BF16 weights (the shape of gte-modernbert-base:
hidden 768, 22 layers, 12 heads, GeGLU 1152, vocab 50368, local window 128) using only the
Python standard library, for bench/gpu/run.sh on GPU hosts without PyTorch.

usage: make_random_modernbert.py OUT_DIR

Matrices get random signs and magnitudes in [2^-6, 2^-4) (bytes from os.urandom with the
exponent bits fixed by one bytes.translate, so 150M parameters take seconds); norm weights are
1. The tokenizer and sentence-transformers files come from the tiny fixture
(tests/fixtures/modernbert-tiny), whose ids are all below 2048. Speed does not depend on the
weights' values. Written into the build tree, never committed.
"""

import json
import os
import shutil
import struct
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TINY = os.path.join(ROOT, "tests", "fixtures", "modernbert-tiny")
H, LAYERS, HEADS, INTER, VOCAB = 768, 22, 12, 1152, 50368
# bf16 high byte: keep the sign, exponent bits 7..1 = 0b0111101 (values near 2^-5)
HIGH = bytes((b & 0x80) | 0x3D for b in range(256))


def random_bf16(n):
    buf = bytearray(os.urandom(2 * n))
    buf[1::2] = bytes(buf[1::2]).translate(HIGH)
    return bytes(buf)


def ones_bf16(n):
    return b"\x80\x3f" * n


def tensors():
    yield "embeddings.tok_embeddings.weight", [VOCAB, H], random_bf16
    yield "embeddings.norm.weight", [H], ones_bf16
    for i in range(LAYERS):
        p = f"layers.{i}."
        if i > 0:
            yield p + "attn_norm.weight", [H], ones_bf16
        yield p + "attn.Wqkv.weight", [3 * H, H], random_bf16
        yield p + "attn.Wo.weight", [H, H], random_bf16
        yield p + "mlp_norm.weight", [H], ones_bf16
        yield p + "mlp.Wi.weight", [2 * INTER, H], random_bf16
        yield p + "mlp.Wo.weight", [H, INTER], random_bf16
    yield "final_norm.weight", [H], ones_bf16


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    header, offset, parts = {}, 0, []
    for name, shape, fill in tensors():
        n = 1
        for d in shape:
            n *= d
        header[name] = {"dtype": "BF16", "shape": shape, "data_offsets": [offset, offset + 2 * n]}
        parts.append((fill, n))
        offset += 2 * n
    head = json.dumps(header).encode()
    head += b" " * (-len(head) % 8)
    with open(os.path.join(out, "model.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(head)) + head)
        for fill, n in parts:
            f.write(fill(n))
    with open(os.path.join(TINY, "config.json")) as f:
        cfg = json.load(f)
    cfg.update({
        "hidden_size": H, "num_hidden_layers": LAYERS, "num_attention_heads": HEADS,
        "intermediate_size": INTER, "vocab_size": VOCAB, "max_position_embeddings": 8192,
        "local_attention": 128, "dtype": "bfloat16",
        "layer_types": ["full_attention" if i % 3 == 0 else "sliding_attention"
                        for i in range(LAYERS)],
    })
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    for name in os.listdir(TINY):
        src = os.path.join(TINY, name)
        if name not in ("config.json", "model.safetensors"):
            (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(out, name))


if __name__ == "__main__":
    main()
