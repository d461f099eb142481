#!/usr/bin/env python3
"""A large NDJSON batch does not stall its core: POST /v1/messages does a bounded amount of
work per loop pass (MESSAGES_PASS_BUDGET_NS plus one message), so other connections of the
same core are served while the batch is analysed.

One serving core (lexical backend, sample menu). Connection A posts 256 lines of about 2 KB
of text each (about 0.4 s of analysis in a Release build, several times that with the
sanitizers). While A waits, connection B asks /healthz again and again. Checked, each a
property that analysing the batch in one go breaks whatever the machine's speed:
  - A gets all 256 results, in order;
  - the batch was spread over passes: brigade_messages_deferred_passes_total grew by at
    least MIN_PASSES;
  - B got many answers while A waited (at least MIN_PROBES), and none of them waited for a
    large part of the batch (each under a quarter of A's own time).
No fixed latency bound: a loaded 2-core CI machine or a sanitizer build changes the
figures, not these relations. bench/ndjson-stall measures the latencies themselves.

usage: test_ndjson_budget.py BRIGADE_BINARY SOURCE_DIR
"""
import json
import os
import select
import sys
import time

SOURCE = sys.argv[2]
sys.path.insert(0, os.path.join(SOURCE, "tests", "integration", "server"))
from serverlib import Reader, Server, check, check_eq, get, post, run  # noqa: E402

BINARY = sys.argv[1]
MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
SAMPLES = os.path.join(SOURCE, "bench", "data", "messages.jsonl")
NDJSON = "application/x-ndjson"
LINES = 256
TEXT_BYTES = 2000
MIN_PASSES = 16
MIN_PROBES = 10


def batch():
    with open(SAMPLES) as f:
        texts = [json.loads(line)["text"] for line in f]
    lines, k = [], 0
    for i in range(LINES):
        text = ""
        while len(text) < TEXT_BYTES - 120:
            text += texts[k % len(texts)] + ". "
            k += 1
        lines.append(json.dumps({"id": f"b{i}", "text": text.strip()}))
    return "\n".join(lines) + "\n"


def test_batch_yields():
    srv = Server(BINARY, "--backend", "lexical", "--menu", MENU)
    try:
        passes0 = srv.metrics().get("brigade_messages_deferred_passes_total", 0)
        a, b = srv.connect(), srv.connect()
        a.settimeout(120)
        b.settimeout(120)
        t0 = time.monotonic()
        a.sendall(post("/v1/messages", batch(), NDJSON))
        probes, reader_b = [], Reader(b)
        # Probe until A's answer starts to arrive.
        while not select.select([a], [], [], 0)[0]:
            p0 = time.monotonic()
            b.sendall(get("/healthz"))
            check_eq(reader_b.response().status, 200, "/healthz")
            probes.append(time.monotonic() - p0)
        answer = Reader(a).response()
        elapsed = time.monotonic() - t0
        check_eq(answer.status, 200, "batch status")
        ids = [json.loads(line)["id"] for line in answer.body.decode().splitlines()]
        check_eq(ids, [f"b{i}" for i in range(LINES)], "every result, in order")
        passes = srv.metrics()["brigade_messages_deferred_passes_total"] - passes0
        print(f"     batch {elapsed * 1000:.0f} ms over >= {passes:.0f} passes; "
              f"{len(probes)} /healthz meanwhile, slowest {max(probes) * 1000:.1f} ms")
        check(passes >= MIN_PASSES, f"the batch took {passes} deferred passes, "
                                    f"expected at least {MIN_PASSES}")
        check(len(probes) >= MIN_PROBES, f"only {len(probes)} /healthz answered meanwhile")
        check(max(probes) < elapsed / 4,
              f"a /healthz waited {max(probes) * 1000:.1f} ms of the batch's "
              f"{elapsed * 1000:.0f} ms")
        a.close()
        b.close()
    finally:
        check_eq(srv.stop(), 0, "server exit status")


if __name__ == "__main__":
    run([("test_batch_yields", test_batch_yields)])
