"""GET /v1/events through real sockets, against the shared event log: a prompt reader gets
every result of a 256-line NDJSON POST with consecutive ids; Last-Event-ID resumes with
exactly the missed events; a reader that falls behind the log, or asks for an evicted id,
gets `event: lagged` with the number missed; ?replay=K; a stream that waited in line
resumes after its Last-Event-ID; streams that never read hold no
more than the send-buffer cap in the kernel and are closed by the send timeout; /metrics
counts the log, the stream buffers and the lagged events.

usage: test_events.py BRIGADE_BINARY SOURCE_DIR
"""
import json
import os
import socket
import sys
import threading
import time

from serverlib import Reader, Server, check, check_eq, get, post, run

BINARY = sys.argv[1]
SOURCE = sys.argv[2]
MENU = os.path.join(SOURCE, "bench", "data", "menu.csv")
SAMPLES = os.path.join(SOURCE, "bench", "data", "messages.jsonl")
PIPELINE = ("--backend", "lexical", "--menu", MENU)
BATCH = 256
STREAM_BUFFER_BYTES = 16384  # LOOP_RAW_SSE_BYTES
QUIET_S = 0.5  # no further event within this: the stream is done


def sample_lines(n, prefix):
    """n NDJSON lines from the sample messages, with ids prefix-0 .. prefix-(n-1)."""
    with open(SAMPLES) as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return [json.dumps({"id": f"{prefix}-{i}", "text": texts[i % len(texts)]}) for i in range(n)]


def post_batch(srv, lines):
    with srv.connect() as s:
        s.settimeout(30)
        s.sendall(post("/v1/messages", "\n".join(lines) + "\n", "application/x-ndjson"))
        r = Reader(s).response()
    check_eq(r.status, 200, "NDJSON POST")


class Stream:
    """One event-stream client; events come back as dicts (id, event, data)."""

    def __init__(self, srv, path="/v1/events", extra="", rcvbuf=None):
        self.sock = srv.connect(rcvbuf)
        self.sock.sendall(get(path, extra))
        self.r = Reader(self.sock)
        head = self.r.until(b"\r\n\r\n").decode()
        self.status = int(head.split(" ", 2)[1])
        self.head = head

    def event(self, timeout=10):
        """The next event; a block of comments only (the server's heartbeat, sent every
        --sse-heartbeat, 15 s, to a quiet stream) dispatches none, as in a browser."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout("no event")
            self.sock.settimeout(left)
            block = self.r.until(b"\n\n").decode()
            ev = {"data": []}
            for line in block.split("\n"):
                if line.startswith(":") or not line:
                    continue
                k, v = line.split(": ", 1)
                if k == "data":
                    ev["data"].append(v)
                else:
                    ev[k] = v
            if len(ev) > 1 or ev["data"]:
                ev["data"] = "\n".join(ev["data"])
                return ev

    def events_until_quiet(self, limit=100000):
        out = []
        while len(out) < limit:
            try:
                out.append(self.event(QUIET_S))
            except socket.timeout:
                break
        return out

    def hello(self):
        ev = self.event()
        check_eq(ev.get("event"), "hello", "first event")
        return ev

    def close(self):
        self.sock.close()


def results(events):
    return [e for e in events if e.get("event") == "result"]


def check_consecutive(events, what):
    ids = [int(e["id"]) for e in events]
    check(ids == list(range(ids[0], ids[0] + len(ids))),
          f"{what}: ids {ids[:5]}... not consecutive")
    return ids


def test_prompt_reader_gets_all():
    srv = Server(BINARY, *PIPELINE)
    st = Stream(srv)
    check_eq(st.status, 200, "stream status")
    st.hello()
    lines = sample_lines(BATCH, "p")
    post_batch(srv, lines)
    got = []
    while len(got) < BATCH:
        ev = st.event()
        check_eq(ev.get("event"), "result", f"event {len(got)}")
        got.append(ev)
    ids = check_consecutive(got, "prompt reader")
    check_eq(ids[0], 1, "first id")
    # In the order results were produced: a message that needs no embedding is finished on
    # its core before those waiting for the engine, so line order is not promised.
    check_eq(sorted(json.loads(e["data"])["id"] for e in got),
             sorted(f"p-{i}" for i in range(BATCH)), "every message's result, once")
    check_eq(st.events_until_quiet(), [], "nothing more")
    st.close()
    check_eq(srv.stop(), 0, "exit status")


def test_last_event_id_resume():
    srv = Server(BINARY, *PIPELINE)
    keeper = Stream(srv)  # keeps the log written while the other stream is away
    keeper.hello()
    st = Stream(srv)
    st.hello()
    post_batch(srv, sample_lines(5, "a"))
    first = [st.event() for _ in range(5)]
    last = int(first[-1]["id"])
    check_eq(last, 5, "last id seen")
    st.close()
    post_batch(srv, sample_lines(7, "b"))
    back = Stream(srv, extra=f"Last-Event-ID: {last}\r\n")
    back.hello()
    got = back.events_until_quiet()
    check_eq([int(e["id"]) for e in got], list(range(last + 1, last + 8)), "exactly the missed")
    check_eq(sorted(json.loads(e["data"])["id"] for e in got), [f"b-{i}" for i in range(7)],
             "their results (in the order they were produced)")
    # The newest id: nothing to resend, new events follow.
    latest = Stream(srv, extra=f"Last-Event-ID: {last + 7}\r\n")
    latest.hello()
    post_batch(srv, sample_lines(1, "c"))
    ev = latest.event()
    check_eq((ev["id"], json.loads(ev["data"])["id"]), (str(last + 8), "c-0"), "next one only")
    for s in (keeper, back, latest):
        s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_evicted_id_gets_lagged():
    srv = Server(BINARY, *PIPELINE, "--sse-log-events", "16")
    keeper = Stream(srv)
    keeper.hello()
    for k in range(5):  # ids 1..40; the log keeps 25..40
        post_batch(srv, sample_lines(8, f"e{k}"))  # a burst the log holds: the keeper keeps up
        check_eq(len(keeper.events_until_quiet()), 8, "the keeper reads them")
    st = Stream(srv, extra="Last-Event-ID: 3\r\n")
    st.hello()
    lag = st.event()
    check_eq((lag.get("event"), json.loads(lag["data"])), ("lagged", {"missed": 21}),
             "4..24 are gone")
    got = st.events_until_quiet()
    check_eq([int(e["id"]) for e in got], list(range(25, 41)), "then from the oldest")
    # An id the log never had (from before a restart): an unknown gap, then the oldest.
    future = Stream(srv, extra="Last-Event-ID: 999\r\n")
    future.hello()
    lag = future.event()
    check_eq((lag.get("event"), lag["data"]), ("lagged", '{"missed":null}'), "unknown gap")
    check_eq(int(future.event()["id"]), 25, "from the oldest")
    for s in (keeper, st, future):
        s.close()
    m = srv.metrics()
    check_eq(m["brigade_sse_lagged_total"], 2, "lagged notices")
    check_eq(m["brigade_sse_events_missed_total"], 21, "missed events counted")
    check_eq(srv.stop(), 0, "exit status")


SLOW_LOG_EVENTS = 300  # more than one POST's burst, less than the three posted


def test_slow_reader_gets_lagged():
    """A stream that stops reading while the log moves past it: when it reads again it gets
    what its buffers held, `event: lagged` with the exact gap, then the log from its oldest.
    (Bytes the kernel let through between the POSTs can make an earlier gap too: every gap
    must say exactly how many ids it skipped.)"""
    srv = Server(BINARY, *PIPELINE, "--sse-log-events", str(SLOW_LOG_EVENTS), "--sse-sndbuf",
                 "4k")
    st = Stream(srv, rcvbuf=4096)
    st.hello()
    total = 0
    for k in range(3):
        post_batch(srv, sample_lines(BATCH, f"s{k}"))
        total += BATCH
    got = st.events_until_quiet()
    expected_id, received, missed, gaps = 1, 0, 0, 0
    for e in got:
        if e.get("event") == "lagged":
            n = json.loads(e["data"])["missed"]
            check(n > 0, f"a gap of {n}")
            expected_id += n
            missed += n
            gaps += 1
            continue
        check_eq(int(e["id"]), expected_id, f"id after {received} events and {gaps} gaps")
        expected_id += 1
        received += 1
    check(gaps >= 1, "the reader fell behind the log (premise)")
    check_eq(expected_id - 1, total, "up to the newest")
    check_eq(received + missed, total, "every event received or counted as missed")
    check(received >= SLOW_LOG_EVENTS, f"the whole log after the last gap: {received}")
    m = srv.metrics()
    check_eq((m["brigade_sse_lagged_total"], m["brigade_sse_events_missed_total"]),
             (gaps, missed), "lagged metrics")
    st.close()
    check_eq(srv.stop(), 0, "exit status")


def test_replay():
    srv = Server(BINARY, *PIPELINE)
    keeper = Stream(srv)
    keeper.hello()
    post_batch(srv, sample_lines(5, "r"))
    st = Stream(srv, "/v1/events?replay=3")
    st.hello()
    got = st.events_until_quiet()
    check_eq([(int(e["id"]), json.loads(e["data"])["id"]) for e in got],
             [(3, "r-2"), (4, "r-3"), (5, "r-4")], "the last three")
    everything = Stream(srv, "/v1/events?replay=1000")
    everything.hello()
    check_eq(len(everything.events_until_quiet()), 5, "all there is")
    for bad in ("abc", "-1", "1048577", ""):
        with srv.connect() as s:
            s.sendall(get(f"/v1/events?replay={bad}"))
            r = Reader(s).response()
        check_eq(r.status, 400, f"replay={bad!r}")
        check_eq(r.json()["error"]["code"], "bad_request", "error code")
    for s in (keeper, st, everything):
        s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_queued_stream_resumes():
    """A stream that waited in line gets its queued positions, then hello, then the events
    after its Last-Event-ID (read from the head it sent while waiting)."""
    srv = Server(BINARY, *PIPELINE, "--max-connections", "2")
    keeper = Stream(srv)  # one slot
    keeper.hello()
    a = srv.connect()  # the other slot: posts on a kept-alive connection
    a.settimeout(30)
    lines = sample_lines(5, "w")
    a.sendall(post("/v1/messages", "\n".join(lines) + "\n", "application/x-ndjson"))
    check_eq(Reader(a).response().status, 200, "posted")
    check_eq(len(keeper.events_until_quiet()), 5, "logged")
    q = Stream(srv, extra="Last-Event-ID: 2\r\n")
    check_eq(q.status, 200, "queued stream head")
    ev = q.event()
    check_eq((ev.get("event"), ev["data"]), ("queued", '{"position":1}'), "waiting")
    a.close()  # a slot frees: the stream is promoted
    q.hello()
    got = q.events_until_quiet()
    check_eq([(int(e["id"]), json.loads(e["data"])["id"]) for e in got],
             [(3, "w-2"), (4, "w-3"), (5, "w-4")], "the events after 2")
    for st in (keeper, q):
        st.close()
    check_eq(srv.stop(), 0, "exit status")


def server_send_queues(port):
    """tx_queue of every connected TCP socket whose local port is the server's (/proc)."""
    out = []
    for path in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(path) as f:
                rows = f.read().splitlines()[1:]
        except FileNotFoundError:
            continue
        for row in rows:
            cols = row.split()
            local_port = int(cols[1].split(":")[1], 16)
            state = cols[3]
            if local_port == port and state != "0A":  # 0A: the listener
                out.append(int(cols[4].split(":")[0], 16))
    return out


STREAMS = 200
CAPPED_SNDBUF = 16384  # below what the kernel queues for such a client uncapped
SILENT_SEND_TIMEOUT_S = 8  # room to measure under load before it closes them
RCVBUF = 4096  # small client receive buffers: the server's send queues fill first


def open_silent_streams(srv, n):
    streams = []
    for _ in range(n):
        s = srv.connect(rcvbuf=4096)
        s.sendall(get("/v1/events"))
        streams.append(s)
    return streams


def test_non_reading_streams_capped():
    srv = Server(BINARY, *PIPELINE, "--send-timeout", f"{SILENT_SEND_TIMEOUT_S}s", "--sse-sndbuf",
                 str(CAPPED_SNDBUF))
    streams = open_silent_streams(srv, STREAMS)
    deadline = time.monotonic() + 10
    while srv.metrics()["brigade_sse_clients"] < STREAMS:
        check(time.monotonic() < deadline, "streams open")
        time.sleep(0.05)
    t0 = time.monotonic()
    post_batch(srv, sample_lines(BATCH, "n"))  # ~180 KB to each: more than both buffers hold
    queues = server_send_queues(srv.port)
    check(len(queues) >= STREAMS, f"server sockets found: {len(queues)}")
    m = srv.metrics()
    print(f"     {STREAMS} silent streams: kernel send queues total {sum(queues)} bytes, "
          f"max {max(queues)}; stream buffers {m['brigade_sse_buffer_bytes']:.0f} bytes, "
          f"pending {m['brigade_sse_pending_bytes']:.0f}")
    # The kernel doubles SO_SNDBUF; a queue may overshoot by one segment's truesize. Without
    # the cap these queues reach about 120 KiB each.
    check(max(queues) <= 2 * CAPPED_SNDBUF + 4096, f"a send queue of {max(queues)} bytes")
    check(sorted(queues)[len(queues) // 2] > CAPPED_SNDBUF // 2, "the queues did fill (premise)")
    check_eq(m["brigade_sse_buffer_bytes"], STREAMS * STREAM_BUFFER_BYTES, "stream buffers")
    check(m["brigade_sse_pending_bytes"] > 0, "bytes waiting for the kernel")
    check(time.monotonic() - t0 < SILENT_SEND_TIMEOUT_S - 1, "measured before the send timeout")
    # No progress for --send-timeout: every one is closed.
    deadline = time.monotonic() + 3 * SILENT_SEND_TIMEOUT_S
    while srv.metrics()["brigade_sse_clients"] > 0:
        check(time.monotonic() < deadline, "silent streams closed by the send timeout")
        time.sleep(0.2)
    m = srv.metrics()
    check(m['brigade_timeouts_total{kind="send"}'] >= STREAMS, "counted as send timeouts")
    check_eq(m["brigade_sse_buffer_bytes"], 0, "buffers freed")
    check_eq(m["brigade_sse_pending_bytes"], 0, "nothing pending")
    for s in streams:
        s.close()
    check_eq(srv.stop(), 0, "exit status")


def test_metrics_and_no_stream():
    srv = Server(BINARY, *PIPELINE)
    post_batch(srv, sample_lines(10, "q"))
    m = srv.metrics()
    check_eq(m["brigade_sse_log_appended_total"], 0, "nothing logged without a stream")
    st = Stream(srv)
    st.hello()
    post_batch(srv, sample_lines(10, "q"))
    check_eq(len(results([st.event() for _ in range(10)])), 10, "ten results")
    m = srv.metrics()
    check_eq(m["brigade_sse_log_appended_total"], 10, "appended")
    check_eq(m["brigade_sse_log_events"], 10, "in the log")
    check(m["brigade_sse_log_bytes"] > 10 * 100, "log bytes")
    check_eq(m["brigade_sse_log_capacity_bytes"], 4 << 20, "ring size (--sse-log-bytes)")
    check_eq(m["brigade_sse_clients"], 1, "one stream")
    check_eq(m["brigade_sse_buffer_bytes"], STREAM_BUFFER_BYTES, "its buffer")
    check_eq(m["brigade_sse_pending_bytes"], 0, "all sent")
    check(m["brigade_sse_events_sent_total"] >= 10, "sent")
    check_eq(m["brigade_sse_sndbuf_failed_total"], 0, "send buffer capped")
    st.close()
    check_eq(srv.stop(), 0, "exit status")


def test_two_cores():
    """Streams on both cores see the same events with the same ids, whichever core served
    the POST."""
    srv = Server(BINARY, *PIPELINE, "--threads", "2")
    streams, cores = [], set()
    deadline = time.monotonic() + 10
    while len(cores) < 2:  # SO_REUSEPORT spreads connections: open until both cores have one
        check(time.monotonic() < deadline, "a stream on each core")
        st = Stream(srv)
        cores.add(json.loads(st.hello()["data"])["core"])
        streams.append(st)
    for k in range(4):
        post_batch(srv, sample_lines(64, f"t{k}"))
    for st in streams:
        got = []
        while len(got) < 256:
            got.append(st.event())
        check_eq([int(e["id"]) for e in got], list(range(1, 257)), "same ids everywhere")
    for st in streams:
        st.close()
    check_eq(srv.stop(), 0, "exit status")


run([("prompt_reader_gets_all", test_prompt_reader_gets_all),
     ("last_event_id_resume", test_last_event_id_resume),
     ("evicted_id_gets_lagged", test_evicted_id_gets_lagged),
     ("slow_reader_gets_lagged", test_slow_reader_gets_lagged),
     ("replay", test_replay),
     ("queued_stream_resumes", test_queued_stream_resumes),
     ("non_reading_streams_capped", test_non_reading_streams_capped),
     ("metrics_and_no_stream", test_metrics_and_no_stream),
     ("two_cores", test_two_cores)])
