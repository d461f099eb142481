#!/usr/bin/env python3
"""A large NDJSON batch does not stall its core, whether its texts are understood on the core
(--offload-threads 0: a bounded amount of work per loop pass, MESSAGES_PASS_BUDGET_NS plus
one message) or on an offload thread (the default for texts of --offload-bytes and more).

One serving core (lexical backend, sample menu). Connection A posts 256 lines, most of about
2 KB of text (about 0.4 s of analysis in a Release build, several times that with the
sanitizers), every eighth a short one, and one of blanks only. While A waits, connection B
asks /healthz again and again, and connection C posts the same batch twice, pipelined: 768
messages for a core that holds 512 in flight, so one batch waits in line for the jobs of
those before it, wherever they are being understood. Checked, each a property that
analysing the batch in one go on the core breaks whatever the machine's speed:
  - A gets all 256 outputs, in order, and the same bytes either way; C gets two 200s with
    the same outputs (its second batch waited instead of being refused with 503);
  - on the core, the batch was spread over passes: brigade_messages_deferred_passes_total
    grew by at least MIN_PASSES; offloaded, exactly the long lines went to the offload
    thread (brigade_messages_offloaded_total), the blank one among them;
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


OFFLOAD_BYTES = 512  # the default of --offload-bytes
BLANK_LINE = 100


def batch():
    """The body, and how many of its texts reach --offload-bytes."""
    with open(SAMPLES) as f:
        texts = [json.loads(line)["text"] for line in f]
    lines, k, long_texts = [], 0, 0
    for i in range(LINES):
        if i == BLANK_LINE:
            text = " " * 600  # refused after order_prepare: an error line with its id
        elif i % 8 == 7:
            text = texts[i % len(texts)]
        else:
            text = ""
            while len(text) < TEXT_BYTES - 120:
                text += texts[k % len(texts)] + ". "
                k += 1
            text = text.strip()
        long_texts += len(text.encode()) >= OFFLOAD_BYTES
        lines.append(json.dumps({"id": f"b{i}", "text": text}))
    return "\n".join(lines) + "\n", long_texts


def run_batch(*flags):
    """Posts the batch on A while B probes /healthz; returns the answer's body, the metrics'
    growth, the probes' times and A's time."""
    body, long_texts = batch()
    srv = Server(BINARY, "--backend", "lexical", "--menu", MENU, *flags)
    try:
        before = srv.metrics()
        a, b, c = srv.connect(), srv.connect(), srv.connect()
        for s in (a, b, c):
            s.settimeout(120)
        t0 = time.monotonic()
        a.sendall(post("/v1/messages", body, NDJSON))
        c.sendall(post("/v1/messages", body, NDJSON) * 2)
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
        outputs = [json.loads(line) for line in answer.body.decode().splitlines()]
        check_eq([o["id"] for o in outputs], [f"b{i}" for i in range(LINES)],
                 "every output, in order")
        check_eq(outputs[BLANK_LINE].get("error"),
                 {"code": "empty_text", "message": 'field "text" is blank'}, "blank line")
        check_eq(sum("error" in o for o in outputs), 1, "error lines")
        reader_c = Reader(c)
        for k in range(2):
            other = reader_c.response()
            check_eq(other.status, 200, f"C's batch {k + 1}")
            check(other.body == answer.body, f"C's batch {k + 1} has A's outputs")
        c.close()
        after = srv.metrics()
        grew = {k: after.get(k, 0) - before.get(k, 0)
                for k in ("brigade_messages_deferred_passes_total",
                          "brigade_messages_offloaded_total")}
        grew["brigade_messages_offloaded_total"] //= 3  # A's share: one of three batches
        print(f"     {' '.join(flags) or 'defaults'}: batch {elapsed * 1000:.0f} ms, {grew}; "
              f"{len(probes)} /healthz meanwhile, slowest {max(probes) * 1000:.1f} ms")
        check(len(probes) >= MIN_PROBES, f"only {len(probes)} /healthz answered meanwhile")
        check(max(probes) < elapsed / 4,
              f"a /healthz waited {max(probes) * 1000:.1f} ms of the batch's "
              f"{elapsed * 1000:.0f} ms")
        a.close()
        b.close()
        return answer.body, grew, long_texts
    finally:
        check_eq(srv.stop(), 0, "server exit status")


on_core = {}


def test_batch_yields_on_core():
    body, grew, _ = run_batch("--offload-threads", "0")
    passes = grew["brigade_messages_deferred_passes_total"]
    check(passes >= MIN_PASSES, f"the batch took {passes} deferred passes, "
                                f"expected at least {MIN_PASSES}")
    check_eq(grew["brigade_messages_offloaded_total"], 0, "offloaded with --offload-threads 0")
    on_core["body"] = body


def test_batch_offloaded():
    body, grew, long_texts = run_batch()
    check_eq(grew["brigade_messages_offloaded_total"], long_texts, "texts offloaded")
    check(long_texts > LINES // 2, "the batch has long texts")
    if "body" in on_core:
        check(body == on_core["body"], "the outputs differ from those understood on the core")


if __name__ == "__main__":
    run([("test_batch_yields_on_core", test_batch_yields_on_core),
         ("test_batch_offloaded", test_batch_offloaded)])
