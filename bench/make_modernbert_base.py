#!/usr/bin/env python3
"""Writes a base-size ModernBERT with random weights (the shape of gte-modernbert-base:
hidden 768, 22 layers, 12 heads, GeGLU 1152, vocab 50368) for bench/embed-vs-peers.

usage: make_modernbert_base.py OUT_DIR

The tokenizer and sentence-transformers files come from the tiny fixture
(tests/fixtures/modernbert-tiny): its ids are all below 2048, valid in the larger vocabulary.
Speed does not depend on the weights' values, so random weights measure the real cost.
Seeded; written into the build tree, never committed. Needs torch and transformers
(pip install -r bench/requirements-peers.txt); bench/make_modernbert_plain.py writes the same
model with the standard library only.
"""

import json
import os
import shutil
import sys

try:
    import torch
    from transformers import ModernBertConfig, ModernBertModel
except ImportError as e:
    sys.exit(f"make_modernbert_base.py: {e.name} is missing: pip install -r "
             "bench/requirements-peers.txt (or use bench/make_modernbert_plain.py)")

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TINY = os.path.join(ROOT, "tests", "fixtures", "modernbert-tiny")
LAYERS = 22


def main():
    out = sys.argv[1]
    with open(os.path.join(TINY, "config.json")) as f:
        cfg = json.load(f)
    cfg.update({
        "hidden_size": 768, "num_hidden_layers": LAYERS, "num_attention_heads": 12,
        "intermediate_size": 1152, "vocab_size": 50368, "max_position_embeddings": 8192,
        "local_attention": 128, "initializer_range": 0.02,
        "layer_types": ["full_attention" if i % 3 == 0 else "sliding_attention"
                        for i in range(LAYERS)],
    })
    torch.manual_seed(1234)
    model = ModernBertModel(ModernBertConfig(**cfg)).eval()
    model.save_pretrained(out, safe_serialization=True)
    for name in os.listdir(TINY):
        src = os.path.join(TINY, name)
        if name in ("config.json", "model.safetensors"):
            continue
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(out, name), dirs_exist_ok=True)
        else:
            shutil.copy(src, os.path.join(out, name))
    pooling = os.path.join(out, "1_Pooling", "config.json")
    with open(pooling) as f:
        pool = json.load(f)
    pool["word_embedding_dimension"] = cfg["hidden_size"]
    with open(pooling, "w") as f:
        json.dump(pool, f, indent=2)


if __name__ == "__main__":
    main()
