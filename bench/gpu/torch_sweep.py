#!/usr/bin/env python3
"""PyTorch side of bench/gpu/run.sh: the same sweep as brigade-cuda-bench (16, 32 and 128
tokens per message, 1K to 64K tokens per batch, ids below 2048) with transformers' ModernBERT
in bf16 and SDPA attention on the same GPU and weights; every message of a batch has the same
length, so nothing is padded. Each batch: ids to the device, forward, CLS pooling,
L2 normalisation, vectors back to the host (what brigade's backend does per batch).

usage: torch_sweep.py MODEL_DIR [--seconds S] [--peak-tflops T] [--compare BRIGADE_JSON]
                                [--json FILE]
"""

import argparse
import json
import time

import torch
from transformers import AutoModel

MSG_TOKENS = [16, 32, 128]
BATCH_TOKENS = [1024, 2048, 4096, 8192, 16384, 32768, 65536]


def flops(cfg, n, length):
    h, inter, layers = cfg.hidden_size, cfg.intermediate_size, cfg.num_hidden_layers
    window = cfg.local_attention  # keys a local layer sees: at most local_attention + 1
    dense = 2.0 * (4 * h * h + 3 * h * inter) * layers
    attn = 0.0
    every = getattr(cfg, "global_attn_every_n_layers", 3)
    for layer in range(layers):
        keys = length if layer % every == 0 else min(length, window + 1)
        attn += 4.0 * keys * h
    return n * length * (dense + attn)


def sweep(model, seconds, peak):
    rows = []
    gen = torch.Generator().manual_seed(12345)
    for msg in MSG_TOKENS:
        for total in BATCH_TOKENS:
            n = total // msg
            ids = torch.randint(0, 2048, (n, msg), generator=gen)
            mask = torch.ones_like(ids)

            def step():
                with torch.inference_mode():
                    out = model(input_ids=ids.cuda(), attention_mask=mask.cuda())
                    v = torch.nn.functional.normalize(out.last_hidden_state[:, 0].float(), dim=-1)
                    return v.cpu()

            step()
            step()
            lat, start = [], time.perf_counter()
            while len(lat) < 5 or time.perf_counter() - start < seconds:
                t0 = time.perf_counter()
                step()
                lat.append(time.perf_counter() - t0)
            elapsed = time.perf_counter() - start
            lat.sort()
            tf = flops(model.config, n, msg) * len(lat) / elapsed * 1e-12
            rows.append({"tokens_per_message": msg, "batch_tokens": total, "messages": n,
                         "batches": len(lat), "messages_per_s": n * len(lat) / elapsed,
                         "tokens_per_s": total * len(lat) / elapsed,
                         "p50_ms": lat[len(lat) // 2] * 1e3,
                         "p99_ms": lat[min(len(lat) - 1, len(lat) * 99 // 100)] * 1e3,
                         "tflops": tf, "peak_fraction": tf / peak})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--seconds", type=float, default=1.0)
    ap.add_argument("--peak-tflops", type=float, default=989.0)
    ap.add_argument("--compare")
    ap.add_argument("--json")
    a = ap.parse_args()
    model = AutoModel.from_pretrained(a.model, torch_dtype=torch.bfloat16,
                                      attn_implementation="sdpa").cuda().eval()
    rows = sweep(model, a.seconds, a.peak_tflops)
    ours = {}
    if a.compare:
        for r in json.load(open(a.compare))["rows"]:
            ours[(r["tokens_per_message"], r["batch_tokens"])] = r
    print(f"{'tok/msg':>8} {'batch':>8} {'torch msgs/s':>13} {'p50 ms':>8} {'TFLOP/s':>8}"
          f" {'brigade msgs/s':>15} {'ratio':>6}")
    for r in rows:
        b = ours.get((r["tokens_per_message"], r["batch_tokens"]))
        ratio = f"{b['messages_per_s'] / r['messages_per_s']:.2f}" if b else "-"
        bm = f"{b['messages_per_s']:.0f}" if b else "-"
        print(f"{r['tokens_per_message']:>8} {r['batch_tokens']:>8} {r['messages_per_s']:>13.0f}"
              f" {r['p50_ms']:>8.3f} {r['tflops']:>8.1f} {bm:>15} {ratio:>6}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
