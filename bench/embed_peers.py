#!/usr/bin/env python3
"""The peers of bench/embed-vs-peers: embeddings/s of a Hugging Face model directory through
PyTorch (float32, or bfloat16 under torch.autocast) or ONNX Runtime (the same checkpoint
exported with torch.onnx.export: float32, dynamic int8, float16).

usage: embed_peers.py MODEL_DIR --runtime RUNTIME --threads N --batch B [--tokens T]
                      [--seconds S] [--onnx-dir DIR]
       embed_peers.py MODEL_DIR --runtime RUNTIME --threads N --vectors TEXTS.json OUT.npy
       embed_peers.py MODEL_DIR --export --onnx-dir DIR
       embed_peers.py MODEL_DIR --runtime RUNTIME --threads N --kernels [--onnx-dir DIR]
RUNTIME: torch-f32 | torch-bf16 | ort-f32 | ort-int8 | ort-f16

Requirements: pip install -r bench/requirements-peers.txt (torch, transformers, onnx,
onnxscript, onnxruntime, threadpoolctl, numpy).

Same texts as brigade-embed-bench (the same LCG over the same words) and the same work per
embedding: tokenize, forward, pool (CLS or mean, from 1_Pooling/config.json), L2-normalise.
The timed mode prints one JSON line with the C bench's fields (wall-clock and CPU-time rates,
peak RSS). --vectors writes the normalised embeddings of the texts in TEXTS.json, so that
the driver can check that every side computes the same function. --kernels prints what ran:
threadpoolctl's view of the BLAS/OpenMP libraries, torch's CPU capability, oneDNN and MKL
availability and (probed with ONEDNN_VERBOSE / MKL_VERBOSE in a child process) the oneDNN
implementations and MKL code path that the forward pass used; for ORT its providers.

--export writes DIR/model.onnx (float32, torch.onnx.export, dynamic batch and sequence
axes, the model's last hidden state as output), DIR/model-int8.onnx
(onnxruntime.quantization.quantize_dynamic: the MatMuls, int8 weights per
output channel) and DIR/model-f16.onnx
(onnxruntime.transformers.float16, inputs and outputs kept float32). Sessions run with
ORT_ENABLE_ALL graph optimisations, intra-op threads = N, one inter-op thread, sequential.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

REQUIREMENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requirements-peers.txt")

try:
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer
except ImportError as e:  # a clear message instead of a traceback
    sys.exit(f"embed_peers.py: {e.name} is missing: pip install -r {REQUIREMENTS}")

WORDS = ["burger", "vegan", "fries", "cheddar", "please", "two", "large", "smoothie",
         "mango", "no", "onions", "extra", "pickles", "with", "garden", "crispy",
         "salad", "and", "a", "side", "of", "kale", "chicken", "lemonade"]
RUNTIMES = ("torch-f32", "torch-bf16", "ort-f32", "ort-int8", "ort-f16")
ONNX_FILES = {"ort-f32": "model.onnx", "ort-int8": "model-int8.onnx",
              "ort-f16": "model-f16.onnx"}


def bench_text(i, words):
    """Sentence i, as bench/embed/embed_bench.c writes it."""
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


def pool_normalise(hidden, mask, mode):
    """numpy: (B, T, H) hidden states, (B, T) mask -> (B, H) unit vectors."""
    if mode == "cls":
        pooled = hidden[:, 0]
    else:
        m = mask[:, :, None].astype(hidden.dtype)
        pooled = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


class TorchSide:
    def __init__(self, model_dir, runtime):
        self.tok = AutoTokenizer.from_pretrained(model_dir)
        self.model = AutoModel.from_pretrained(model_dir, dtype=torch.float32).eval()
        self.mode = pooling_mode(model_dir)
        self.bf16 = runtime == "torch-bf16"

    def embed(self, texts):
        enc = self.tok(texts, return_tensors="pt", padding=True, truncation=True, max_length=512)
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16,
                                                    enabled=self.bf16):
            hidden = self.model(**enc).last_hidden_state.float()
        if self.mode == "cls":
            pooled = hidden[:, 0]
        else:
            m = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1).numpy(), enc["attention_mask"]


class OrtSide:
    def __init__(self, model_dir, runtime, onnx_dir, threads, optimized_path=None):
        try:
            import onnxruntime as ort
        except ImportError:
            sys.exit(f"embed_peers.py: onnxruntime is missing: pip install -r {REQUIREMENTS}")
        path = os.path.join(onnx_dir, ONNX_FILES[runtime])
        if not os.path.exists(path):
            sys.exit(f"embed_peers.py: {path} is missing: run with --export first")
        so = ort.SessionOptions()
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        if optimized_path:  # the graph as ORT runs it, after its fusions
            so.optimized_model_filepath = optimized_path
        self.session = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]
        self.tok = AutoTokenizer.from_pretrained(model_dir)
        self.mode = pooling_mode(model_dir)

    def embed(self, texts):
        enc = self.tok(texts, return_tensors="np", padding=True, truncation=True, max_length=512)
        feed = {k: enc[k].astype(np.int64) for k in self.inputs}
        hidden = self.session.run(None, feed)[0].astype(np.float32)
        return pool_normalise(hidden, enc["attention_mask"], self.mode), enc["attention_mask"]


def make_side(a):
    if a.runtime.startswith("torch"):
        return TorchSide(a.model_dir, a.runtime)
    return OrtSide(a.model_dir, a.runtime, a.onnx_dir, a.threads)


def export(model_dir, onnx_dir):
    """The float32 ONNX graph of the checkpoint, its dynamic int8 and its float16 versions."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.float16 import convert_float_to_float16
    import onnx

    os.makedirs(onnx_dir, exist_ok=True)
    tok = AutoTokenizer.from_pretrained(model_dir)
    # eager attention: the exporter traces plain matmuls and softmax, which ORT's optimiser
    # then fuses; the timed torch sides keep the checkpoint's default (sdpa).
    model = AutoModel.from_pretrained(model_dir, dtype=torch.float32,
                                      attn_implementation="eager").eval()
    enc = tok([bench_text(0, 16), bench_text(1, 9)], return_tensors="pt", padding=True)
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in enc]

    class Hidden(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, *args):
            return self.m(**dict(zip(names, args))).last_hidden_state

    f32 = os.path.join(onnx_dir, ONNX_FILES["ort-f32"])
    axes = {n: {0: "batch", 1: "sequence"} for n in names}
    axes["last_hidden_state"] = {0: "batch", 1: "sequence"}
    torch.onnx.export(Hidden(model), tuple(enc[n] for n in names), f32, input_names=names,
                      output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=17,
                      dynamo=False)
    # The dense layers only, one scale per output channel: quantising the embedding table's
    # Gather too, or one scale per tensor, cost all-MiniLM-L6-v2 cosine 0.93 to its float32
    # vectors, against 0.98 this way.
    quantize_dynamic(f32, os.path.join(onnx_dir, ONNX_FILES["ort-int8"]),
                     weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"])
    half = convert_float_to_float16(onnx.load(f32), keep_io_types=True)
    onnx.save(half, os.path.join(onnx_dir, ONNX_FILES["ort-f16"]))


def kernels(a):
    """What each runtime ran, as one JSON object."""
    out = {"runtime": a.runtime}
    try:
        from threadpoolctl import threadpool_info
        out["threadpoolctl"] = [
            {k: i.get(k) for k in ("internal_api", "version", "num_threads", "architecture",
                                   "prefix") if i.get(k) is not None}
            for i in threadpool_info()]
    except ImportError:
        out["threadpoolctl"] = f"threadpoolctl missing: pip install -r {REQUIREMENTS}"
    if a.runtime.startswith("torch"):
        out.update({"torch": torch.__version__, "cpu_capability":
                    torch.backends.cpu.get_cpu_capability(),
                    "mkldnn": torch.backends.mkldnn.is_available(),
                    "mkl": torch.backends.mkl.is_available()})
    else:
        import tempfile

        import onnx
        import onnxruntime as ort
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "optimized.onnx")
            side = OrtSide(a.model_dir, a.runtime, a.onnx_dir, a.threads, path)
            nodes = onnx.load(path, load_external_data=False).graph.node
        out.update({"onnxruntime": ort.__version__,
                    "providers": side.session.get_providers(),
                    "ops": sorted({n.op_type for n in nodes})})
    if a.runtime.startswith("torch") and not a.child:
        # One forward pass in a child with the libraries' verbose switches on: the oneDNN
        # primitives (with their ISA) and the MKL code path that this runtime really used.
        env = dict(os.environ, ONEDNN_VERBOSE="1", MKL_VERBOSE="1")
        log = subprocess.run([sys.executable, __file__, a.model_dir, "--runtime", a.runtime,
                              "--threads", str(a.threads), "--batch", "4", "--seconds", "0",
                              "--child"], env=env, capture_output=True, text=True).stdout
        impls, mkl = set(), set()
        for line in log.splitlines():
            f = line.split(",")
            if line.startswith("onednn_verbose") and len(f) > 5 and f[-1] and "exec" in f:
                impls.add(f"{f[f.index('exec') + 2]}:{f[f.index('exec') + 3]}")
            elif line.startswith("onednn_verbose") and "isa:" in line:
                out["onednn_isa"] = line.split("isa:", 1)[1].strip()
            elif line.startswith("MKL_VERBOSE") and ("oneMKL" in line or "Intel(R) MKL" in line):
                # the version line names the code path: "... for Intel(R) 64 architecture
                # Intel(R) AVX-512 ... enabled processors" or, its generic path, "Intel(R)
                # Architecture processors"
                out["mkl_path"] = line.split("MKL_VERBOSE", 1)[1].strip()
            elif line.startswith("MKL_VERBOSE"):
                mkl.add(line.split()[1].split("(")[0])
        out["onednn_primitives"] = sorted(impls)
        out["mkl_calls"] = sorted(mkl)
    return out


def timed(a, side):
    texts = [bench_text(i, max(1, a.tokens - 2)) for i in range(a.batch)]
    _, mask = side.embed(texts)  # warm-up
    tokens = float(mask.sum()) / a.batch
    iters = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while True:
        side.embed(texts)
        iters += 1
        t1 = time.perf_counter()
        if t1 - t0 >= a.seconds:
            break
    cpu = time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"backend": a.runtime, "batch": a.batch, "threads": a.threads,
            "tokens_per_text": round(tokens, 1), "iterations": iters,
            "embeddings_per_s": round(iters * a.batch / (t1 - t0), 2),
            "embeddings_per_cpu_s": round(iters * a.batch / cpu, 2),
            "ms_per_batch": round(1e3 * (t1 - t0) / iters, 3), "peak_rss_kib": rss}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--runtime", choices=RUNTIMES, default="torch-f32")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--tokens", type=int, default=18)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--onnx-dir")
    ap.add_argument("--export", action="store_true")
    ap.add_argument("--kernels", action="store_true")
    ap.add_argument("--vectors", nargs=2, metavar=("TEXTS_JSON", "OUT_NPY"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.runtime.startswith("ort") and not a.onnx_dir:
        ap.error("--onnx-dir is needed for the ONNX Runtime sides")
    torch.set_num_threads(a.threads)
    torch.set_num_interop_threads(1)
    if a.export:
        if not a.onnx_dir:
            ap.error("--export needs --onnx-dir")
        export(a.model_dir, a.onnx_dir)
    elif a.kernels:
        print(json.dumps(kernels(a)))
    elif a.vectors:
        with open(a.vectors[0]) as f:
            texts = json.load(f)
        vecs, _ = make_side(a).embed(texts)
        np.save(a.vectors[1], vecs.astype(np.float32))
    else:
        print(json.dumps(timed(a, make_side(a))), flush=True)


if __name__ == "__main__":
    main()
