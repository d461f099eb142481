"""flood_client — a burst of connections against one server, each timed to its answer.

Used by bench/flood-refusals (the 20,000-connection burst) and by the socket test
tests/integration/server/test_line_global.py (the same burst scaled down). Python 3 standard
library only.

burst() opens `count` TCP connections as fast as it can (non-blocking connects, a chunk at a
time, serving the sockets that are ready between chunks so a slow client does not add its own
delay to the figures), sends one request on each once connected, and reads until a whole
response (Content-Length framed) or the connection's end. Every connection stays open until
close_all, also after its 503, as a client that does not hang up: a server that keeps a slot
per refused connection until the client leaves runs out of them. A served or waiting client
holds its place, so what the server counts is fixed by the burst alone.
"""
import errno
import selectors
import socket
import time

REQUEST = b"GET /healthz HTTP/1.1\r\nHost: flood\r\n\r\n"
CHUNK = 256  # connects issued between two looks at the ready sockets


class Result:
    __slots__ = ("start", "status", "seconds", "retry_after", "error", "buf", "sock")

    def __init__(self, start, sock):
        self.start, self.sock = start, sock
        self.status = self.seconds = self.retry_after = self.error = None
        self.buf = b""


def _parse(r):
    """Sets r.status (and r.retry_after) once the whole response is in r.buf; True then."""
    end = r.buf.find(b"\r\n\r\n")
    if end < 0:
        return False
    lines = r.buf[:end].decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    if len(r.buf) < end + 4 + int(headers.get("content-length", "0")):
        return False
    r.status = int(lines[0].split(" ")[1])
    r.retry_after = headers.get("retry-after")
    return True


def burst(host, port, count, wait_s, request=REQUEST, silent=0):
    """Returns one Result per connection: status (None: no answer), seconds from its connect
    to its whole answer, retry_after, error (errno name of a failed connect or read). Waits
    at most `wait_s` after the last connect, less once only `silent` connections are still
    unanswered (the ones the server keeps waiting in line)."""
    sel = selectors.DefaultSelector()
    results = []
    open_count = 0

    def finish(r, keep):
        nonlocal open_count
        r.seconds = time.monotonic() - r.start
        sel.unregister(r.sock)
        if not keep:
            r.sock.close()
            r.sock = None
        open_count -= 1

    def serve(timeout):
        for key, events in sel.select(timeout):
            r = key.data
            if events & selectors.EVENT_WRITE and r.status is None and not r.buf:
                err = r.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if err:
                    r.error = errno.errorcode.get(err, str(err))
                    finish(r, False)
                    continue
                try:
                    r.sock.send(request)
                except OSError as e:
                    # A refusal may already be in: read it before calling this a failure.
                    r.error = errno.errorcode.get(e.errno, str(e.errno))
                sel.modify(r.sock, selectors.EVENT_READ, r)
                continue
            try:
                data = r.sock.recv(65536)
            except BlockingIOError:
                continue
            except OSError as e:
                r.error = errno.errorcode.get(e.errno, str(e.errno))
                finish(r, False)
                continue
            if not data:
                r.error = r.error or "EOF"
                finish(r, False)
                continue
            r.buf += data
            if _parse(r):
                r.error = None
                finish(r, True)

    for i in range(count):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        r = Result(time.monotonic(), s)
        results.append(r)
        rc = s.connect_ex((host, port))
        if rc not in (0, errno.EINPROGRESS):
            r.error = errno.errorcode.get(rc, str(rc))
            r.seconds = 0.0
            s.close()
            r.sock = None
            continue
        sel.register(s, selectors.EVENT_WRITE, r)
        open_count += 1
        if i % CHUNK == CHUNK - 1:
            serve(0)
    deadline = time.monotonic() + wait_s
    while open_count > silent and time.monotonic() < deadline:
        serve(min(0.05, max(0.0, deadline - time.monotonic())))
    return results


def close_all(results):
    for r in results:
        if r.sock is not None:
            r.sock.close()
            r.sock = None


def summary(results, within_s):
    """Counts by outcome: {'answered': {status: n}, 'refused_within': n, 'refused': n,
    'unanswered': n, 'errors': {name: n}}."""
    out = {"answered": {}, "refused": 0, "refused_within": 0, "unanswered": 0, "errors": {}}
    for r in results:
        if r.status is not None:
            out["answered"][r.status] = out["answered"].get(r.status, 0) + 1
            if r.status == 503:
                out["refused"] += 1
                if r.seconds <= within_s:
                    out["refused_within"] += 1
        else:
            out["unanswered"] += 1
            if r.error:
                out["errors"][r.error] = out["errors"].get(r.error, 0) + 1
    return out


def main(argv):
    """python3 flood_client.py HOST PORT COUNT WAIT_S SILENT: one burst; prints one JSON line
    {"refused_s": [...], "answered": {...}, "unanswered": n, "errors": {...}} on stdout. Waits
    for a line on stdin before connecting, so several processes can start together."""
    import json
    import sys
    host, port, count, wait_s, silent = argv[1], int(argv[2]), int(argv[3]), float(argv[4]), \
        int(argv[5])
    sys.stdin.readline()
    results = burst(host, port, count, wait_s, silent=silent)
    s = summary(results, 1.0)
    refused_s = [round(r.seconds, 4) for r in results if r.status == 503]
    bad_retry = sum(1 for r in results if r.status == 503 and r.retry_after != "1")
    print(json.dumps({"refused_s": refused_s, "answered": s["answered"],
                      "unanswered": s["unanswered"], "errors": s["errors"],
                      "bad_retry_after": bad_retry}), flush=True)
    sys.stdin.readline()  # hold every connection until told to stop
    close_all(results)


if __name__ == "__main__":
    import sys
    main(sys.argv)
