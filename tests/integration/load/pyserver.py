#!/usr/bin/env python3
"""A tiny HTTP/1.1 keep-alive server for brigade-load's tests.

  GET/POST /chunked  -> 200, chunked JSON {"category": "order", "status": "accepted", ...}
  GET/POST /json     -> 200, Content-Length JSON (same object)
  GET      /slow     -> sleeps 2 s, then 200
  anything else      -> 404
Prints the port it listens on (first line of stdout), then serves until killed.
"""
import http.server
import json
import os
import socketserver
import sys
import time

BODY = json.dumps({"category": "order", "status": "accepted", "total": 12.5,
                   "nested": {"ok": True}}).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _drain(self):
        n = int(self.headers.get("Content-Length", "0") or 0)
        if n:
            self.rfile.read(n)

    def _reply(self):
        self._drain()
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            half = len(BODY) // 2
            for part in (BODY[:half], BODY[half:]):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/slow":
            time.sleep(2)
        code, body = (200, BODY) if self.path in ("/json", "/slow") else (404, b"{}")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _reply
    do_POST = _reply


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Clients that time out close mid-reply on purpose; that is not worth a traceback.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    # One write of the whole line (atomic on a pipe): the test reads it and closes its end at
    # once, so a second write (print's separate newline) could meet a closed pipe.
    os.write(1, b"%d\n" % srv.server_address[1])
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    srv.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
