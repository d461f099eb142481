#!/usr/bin/env python3
"""PyTorch side of bench/embed-vs-torch: embeddings/s of a Hugging Face model directory.

usage: embed_torch.py MODEL_DIR --threads N --batch B [--tokens T] [--seconds S]

Same texts as brigade-embed-bench (the same LCG over the same words), the same work per
embedding: tokenize, forward, pool (CLS or mean, from 1_Pooling/config.json), L2-normalise.
Prints one JSON line like the C bench, peak RSS and the CPU-time rate included
(process_time: every thread of the process).
"""

import argparse
import json
import os
import resource
import time

import torch
from transformers import AutoModel, AutoTokenizer

WORDS = ["burger", "vegan", "fries", "cheddar", "please", "two", "large", "smoothie",
         "mango", "no", "onions", "extra", "pickles", "with", "garden", "crispy",
         "salad", "and", "a", "side", "of", "kale", "chicken", "lemonade"]


def bench_text(i, words):
    x = (i * 2654435761 + 12345) & 0xFFFFFFFF
    out = []
    for _ in range(words):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        out.append(WORDS[(x >> 16) % len(WORDS)])
    return " ".join(out)


def pooling_mode(model_dir):
    path = os.path.join(model_dir, "1_Pooling", "config.json")
    if os.path.exists(path):
        with open(path) as f:
            cfg = json.load(f)
        return "cls" if cfg.get("pooling_mode_cls_token") else "mean"
    return "cls"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--tokens", type=int, default=24)
    ap.add_argument("--seconds", type=float, default=3.0)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    tok = AutoTokenizer.from_pretrained(a.model_dir)
    model = AutoModel.from_pretrained(a.model_dir, torch_dtype=torch.float32).eval()
    mode = pooling_mode(a.model_dir)
    texts = [bench_text(i, max(1, a.tokens - 2)) for i in range(a.batch)]

    def run():
        enc = tok(texts, return_tensors="pt", padding=True, truncation=True, max_length=512)
        hidden = model(**enc).last_hidden_state
        if mode == "cls":
            pooled = hidden[:, 0]
        else:
            m = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1), enc

    with torch.inference_mode():
        _, enc = run()  # warm-up
        tokens = float(enc["attention_mask"].sum()) / a.batch
        iters = 0
        t0, c0 = time.perf_counter(), time.process_time()
        while True:
            run()
            iters += 1
            t1 = time.perf_counter()
            if t1 - t0 >= a.seconds:
                break
        cpu = time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"backend": "torch", "batch": a.batch, "threads": a.threads,
                      "tokens_per_text": round(tokens, 1), "iterations": iters,
                      "embeddings_per_s": round(iters * a.batch / (t1 - t0), 2),
                      "embeddings_per_cpu_s": round(iters * a.batch / cpu, 2),
                      "ms_per_batch": round(1e3 * (t1 - t0) / iters, 3),
                      "peak_rss_kib": rss}))


if __name__ == "__main__":
    main()
