#!/usr/bin/env python3
"""Writes a base-size ModernBERT with random weights using the standard library only, for
machines without torch (bench/embed-threads falls back to it): the same shape, names, config
and tokenizer as bench/make_modernbert_base.py (gte-modernbert-base: hidden 768, 22 layers,
12 heads, GeGLU 1152, vocab 50368, local window 128), F32, no biases. Matrices repeat one
seeded block of N(0, 0.02) values and norm weights are 1: speed does not depend on the
values, and these stay far from denormals and overflow.

usage: make_modernbert_plain.py OUT_DIR
"""

import json
import os
import random
import shutil
import struct
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TINY = os.path.join(ROOT, "tests", "fixtures", "modernbert-tiny")
HIDDEN, LAYERS, HEADS, INTER, VOCAB, POSITIONS = 768, 22, 12, 1152, 50368, 8192
BLOCK_FLOATS = 1 << 16


def tensors():
    """(name, shape, kind) in file order; kind "r" random, "1" ones."""
    out = [("embeddings.tok_embeddings.weight", [VOCAB, HIDDEN], "r"),
           ("embeddings.norm.weight", [HIDDEN], "1"), ("final_norm.weight", [HIDDEN], "1")]
    for i in range(LAYERS):
        p = "layers.%d." % i
        if i > 0:  # layer 0's attn_norm is Identity
            out.append((p + "attn_norm.weight", [HIDDEN], "1"))
        out += [(p + "attn.Wqkv.weight", [3 * HIDDEN, HIDDEN], "r"),
                (p + "attn.Wo.weight", [HIDDEN, HIDDEN], "r"),
                (p + "mlp_norm.weight", [HIDDEN], "1"),
                (p + "mlp.Wi.weight", [2 * INTER, HIDDEN], "r"),
                (p + "mlp.Wo.weight", [HIDDEN, INTER], "r")]
    return out


def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def write_safetensors(path):
    rng = random.Random(1234)
    block = struct.pack("<%df" % BLOCK_FLOATS, *[rng.gauss(0, 0.02) for _ in range(BLOCK_FLOATS)])
    header, offset = {}, 0
    for name, shape, _ in tensors():
        size = 4 * numel(shape)
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    head = json.dumps(header).encode()
    head += b" " * ((8 - len(head) % 8) % 8)  # keeps the data 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(head)))
        f.write(head)
        for _, shape, kind in tensors():
            n = numel(shape)
            if kind == "1":
                f.write(struct.pack("<%df" % n, *([1.0] * n)))
                continue
            left = 4 * n
            while left > 0:
                f.write(block[:min(left, len(block))])
                left -= min(left, len(block))


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(TINY):
        src = os.path.join(TINY, name)
        if name in ("config.json", "model.safetensors"):
            continue
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(out, name), dirs_exist_ok=True)
        else:
            shutil.copy(src, os.path.join(out, name))
    with open(os.path.join(TINY, "config.json")) as f:
        cfg = json.load(f)
    cfg.update({
        "hidden_size": HIDDEN, "num_hidden_layers": LAYERS, "num_attention_heads": HEADS,
        "intermediate_size": INTER, "vocab_size": VOCAB, "max_position_embeddings": POSITIONS,
        "local_attention": 128, "initializer_range": 0.02,
        "layer_types": ["full_attention" if i % 3 == 0 else "sliding_attention"
                        for i in range(LAYERS)],
    })
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    pooling = os.path.join(out, "1_Pooling", "config.json")
    with open(pooling) as f:
        pool = json.load(f)
    pool["word_embedding_dimension"] = HIDDEN
    with open(pooling, "w") as f:
        json.dump(pool, f, indent=2)
    write_safetensors(os.path.join(out, "model.safetensors"))  # last: its presence means done
    return 0


if __name__ == "__main__":
    sys.exit(main())
