#!/usr/bin/env python3
"""`--backend cuda` end to end with the real binary on the tiny ModernBERT fixture.

Without a usable GPU (none, no driver, or a build without CUDA): `brigade embed` and
`brigade analyze` print the fallback and its reason on stderr and write exactly what
`--backend cpu` writes; `brigade serve` logs the fallback at warn level, reports backend cpu
in its start-up line and in /metrics (brigade_embed_backend{requested,running}) and answers
messages. With a GPU: the start-up report names the device
and the embeddings agree with the cpu backend's (cosine >= 0.9999). Bad --cuda-* values are
usage errors.

usage: test_cuda_backend.py BRIGADE_BINARY SOURCE_DIR
"""
import json
import math
import os
import subprocess
import sys

SOURCE = sys.argv[2]
sys.path.insert(0, os.path.join(SOURCE, "tests", "integration", "server"))
from serverlib import Failure, Server, check, check_eq, post, Reader, run  # noqa: E402

BINARY = sys.argv[1]
MODEL = os.path.join(SOURCE, "tests", "fixtures", "modernbert-tiny")
MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
TEXTS = ["2 cheddar cheeseburgers please", "one falafel wrap, no onions",
         "do you have vegan options?", "x " * 40]  # 80+ tokens: longer than the ±8 window
FALLBACK = "cuda backend unavailable: "
COSINE_MIN_BF16 = 0.9999


def embed(backend, *extra, model=MODEL):
    p = subprocess.run([BINARY, "embed", "--model", model, "--backend", backend, *extra],
                       input="\n".join(TEXTS) + "\n", capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def vectors(stdout):
    return [json.loads(line)["embedding"] for line in stdout.splitlines()]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def check_embed(model):
    rc, cpu_out, _ = embed("cpu", model=model)
    check_eq(rc, 0, "cpu embed exit")
    rc, out, err = embed("cuda", model=model)
    check_eq(rc, 0, f"cuda embed exit (stderr: {err})")
    if FALLBACK in err:
        check("falling back to the cpu backend" in err, f"fallback named: {err}")
        check_eq(out, cpu_out, "the fallback writes what --backend cpu writes")
        return
    check("cuda device " in err, f"start-up report on stderr: {err}")
    for a, b in zip(vectors(out), vectors(cpu_out)):
        check(cosine(a, b) >= COSINE_MIN_BF16, f"cosine {cosine(a, b)} vs cpu")


def test_embed():
    check_embed(MODEL)


def test_embed_bert():
    """BERT's layout (post-norm, biases, learned positions, mean pooling) on the same path."""
    check_embed(os.path.join(SOURCE, "tests", "fixtures", "bert-tiny"))


def test_usage_errors():
    for flags in (["--cuda-precision", "fp8"], ["--cuda-device", "-1"],
                  ["--cuda-device", "x"], ["--cuda-device", "256"]):
        rc, _, err = embed("cuda", *flags)
        check_eq(rc, 2, f"{flags}: usage error")
        check(flags[0] in err, f"{flags}: the flag is named: {err}")
    p = subprocess.run([BINARY, "embed", "--backend", "cuda"], input="hi\n",
                       capture_output=True, text=True)
    check_eq(p.returncode, 2, "cuda without --model")


def test_analyze():
    line = json.dumps({"text": TEXTS[0]}) + "\n"
    outs = []
    for backend in ("cpu", "cuda"):
        p = subprocess.run([BINARY, "analyze", "--model", MODEL, "--backend", backend, "--menu",
                            MENU], input=line, capture_output=True, text=True)
        check_eq(p.returncode, 0, f"analyze {backend}: {p.stderr}")
        outs.append((p.stdout, p.stderr))
    if FALLBACK in outs[1][1]:
        check_eq(outs[1][0], outs[0][0], "analyze: the fallback answers as cpu does")


def test_serve():
    srv = Server(BINARY, "--backend", "cuda", "--model", MODEL, "--menu", MENU)
    try:
        with srv.connect() as s:
            s.sendall(post("/v1/messages", json.dumps({"text": TEXTS[0]}), "application/json"))
            r = Reader(s).response()
        check_eq(r.status, 200, "a message is answered")
        metrics = srv.metrics()
        log = srv.log()
        if FALLBACK in log:
            check('msg="embed backend fallback" requested=cuda backend=cpu' in log,
                  f"fallback logged at warn: {log}")
            check("backend=cpu dim=64" in log, "the ready line names the backend that runs")
            check_eq(metrics.get('brigade_embed_backend{requested="cuda",running="cpu"}'), 1,
                     "the fallback in /metrics")
        else:
            check('msg="embed backend" backend=cuda' in log, f"cuda report logged: {log}")
            check_eq(metrics.get('brigade_embed_backend{requested="cuda",running="cuda"}'), 1,
                     "cuda in /metrics")
        check_eq(metrics.get("brigade_embed_batches_failed_total"), 0, "no batch failed")
    finally:
        check_eq(srv.stop(), 0, "clean exit")
    for bad in (["--cuda-precision", "int8"], ["--cuda-device", "300"]):
        p = subprocess.run([BINARY, "serve", "--backend", "cuda", "--model", MODEL, *bad],
                           capture_output=True, text=True, timeout=30)
        check_eq(p.returncode, 2, f"serve {bad}: usage error")


if __name__ == "__main__":
    TESTS = (test_embed, test_embed_bert, test_usage_errors, test_analyze, test_serve)
    run([(f.__name__, f) for f in TESTS])
