#!/usr/bin/env python3
"""A Python menu-matching service, the peer of `brigade serve` in bench/vs-python-service.

Written the way a competent engineer would write it with the usual tools: FastAPI on uvicorn
(uvloop, httptools), sentence-transformers with the same all-MiniLM-L6-v2 checkpoint,
an asyncio micro-batcher (up to 64 texts, or 2 ms after the first one waits) feeding one
inference thread, and menu scoring with numpy against the menu's item texts, embedded once
at start-up. One forward pass per message.

usage: service.py --model DIR --menu bench/data/menu.csv [--host 127.0.0.1] [--port 0]
                  [--port-file FILE] [--torch-threads 1] [--max-batch 64] [--max-wait-ms 2]
Requirements: pip install -r bench/requirements-python-service.txt

POST /v1/messages takes the body of brigade's (docs/api.md): {"id": ..., "text": ...,
"customer": ...}, text required (1 to 2048 bytes). It answers a result object with the same
keys as brigade's: id, category (order | inquiry | other), status, intents, clauses, items
[{name, qty, modifiers, unit_price, score}], unknown, clarify, total (orders) and reply.
The understanding is deliberately simple (a question is an inquiry, a message whose best menu
items score above --threshold is an order, quantities from number words): the benchmark
measures serving cost, and its answers are comparable in shape, not in accuracy.
"""
import argparse
import asyncio
import concurrent.futures
import contextlib
import csv
import os
import re
import sys

REQUIREMENTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                            "requirements-python-service.txt")
try:
    import numpy as np
    import torch
    import uvicorn
    import uvloop
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from sentence_transformers import SentenceTransformer
except ImportError as e:
    sys.exit(f"service.py: {e.name} is missing: pip install -r {REQUIREMENTS}")

MAX_TEXT_BYTES = 2048
QUESTION = re.compile(r"\?|^(do|does|is|are|what|which|how|can|could|when|where|any)\b", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple": 2}
QTY = re.compile(r"\b(\d{1,2})\s*x?\b|\b(" + "|".join(NUMBERS) + r")\b", re.I)


class MicroBatcher:
    """Collects texts from concurrent requests into batches of up to max_batch, waiting at
    most max_wait after the first, and encodes each batch on one inference thread so the
    event loop keeps serving meanwhile."""

    def __init__(self, model, max_batch, max_wait_s):
        self.model = model
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self.queue = asyncio.Queue()
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        self.batches = 0  # GET /batcher: the mean batch size is texts / batches
        self.texts = 0

    async def embed(self, text):
        fut = asyncio.get_running_loop().create_future()
        await self.queue.put((text, fut))
        return await fut

    async def run(self):
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self.queue.get()]
            deadline = loop.time() + self.max_wait_s
            while len(batch) < self.max_batch:
                timeout = deadline - loop.time()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(self.queue.get(), timeout))
                except asyncio.TimeoutError:
                    break
            texts = [t for t, _ in batch]
            self.batches += 1
            self.texts += len(texts)
            try:
                vecs = await loop.run_in_executor(self.pool, self._encode, texts)
            except Exception as e:  # every waiter gets the error, the batcher goes on
                for _, fut in batch:
                    if not fut.done():
                        fut.set_exception(e)
                continue
            for (_, fut), v in zip(batch, vecs):
                if not fut.done():
                    fut.set_result(v)

    def _encode(self, texts):
        return self.model.encode(texts, batch_size=self.max_batch, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)


def load_menu(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [{"name": r["name"], "section": r.get("section", ""), "price": float(r["price"])}
            for r in rows]


def error(status, code, message):
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def quantity(text, name):
    """The number just before the item's first word, else 1."""
    first = name.split()[0].lower()
    pos = text.lower().find(first)
    head = text[:pos] if pos > 0 else ""
    found = QTY.findall(head[-24:])
    if not found:
        return 1
    digits, word = found[-1]
    return int(digits) if digits else NUMBERS[word.lower()]


def make_app(args):
    torch.set_num_threads(args.torch_threads)
    model = SentenceTransformer(args.model, device="cpu")
    menu = load_menu(args.menu)
    menu_vecs = model.encode([m["name"] for m in menu], normalize_embeddings=True,
                             convert_to_numpy=True).astype(np.float32)
    batcher = MicroBatcher(model, args.max_batch, args.max_wait_ms / 1000.0)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        task = asyncio.create_task(batcher.run())
        yield
        task.cancel()

    app = FastAPI(lifespan=lifespan)

    @app.get("/healthz")
    async def healthz():
        return {"status": "ok"}

    @app.get("/batcher")
    async def batcher_stats():
        return {"batches": batcher.batches, "texts": batcher.texts}

    @app.post("/v1/messages")
    async def messages(request: Request):
        try:
            body = await request.json()
        except ValueError:
            return error(400, "invalid_json", "the body is not one JSON object")
        if not isinstance(body, dict):
            return error(400, "invalid_json", "the body is not one JSON object")
        text, mid = body.get("text"), body.get("id")
        if not isinstance(text, str):
            return error(400, "invalid_field", 'field "text" must be a string')
        if not text.strip():
            return error(400, "empty_text", 'field "text" is empty')
        if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
            return error(413, "text_too_large", 'field "text" is too large')
        if mid is not None and not isinstance(mid, (str, int)):
            return error(400, "invalid_field", 'field "id" must be a string or an integer')
        vec = await batcher.embed(text)
        scores = menu_vecs @ vec
        top = np.argsort(-scores)[:2]
        clause = text.strip().lower()
        if QUESTION.search(text.strip()):
            category, status = "inquiry", "answered"
        elif scores[top[0]] >= args.threshold:
            category, status = "order", "accepted"
        else:
            category, status = "other", "ignored"
        result = {"id": None if mid is None else str(mid), "category": category,
                  "status": status, "intents": [category],
                  "clauses": [{"text": clause, "intent": category}], "items": [],
                  "unknown": [], "clarify": []}
        if category == "order":
            items = []
            for i in top:
                if scores[i] < args.threshold:
                    continue
                qty = quantity(text, menu[i]["name"])
                items.append({"name": menu[i]["name"], "qty": qty, "modifiers": [],
                              "unit_price": menu[i]["price"], "score": round(float(scores[i]), 3)})
            total = round(sum(it["qty"] * it["unit_price"] for it in items), 2)
            result["items"] = items
            result["total"] = total
            result["reply"] = "Thanks! " + ", ".join(
                f"{it['qty']} × {it['name']}" for it in items) + f" — total ${total:.2f}."
        elif category == "inquiry":
            result["reply"] = "Closest on our menu: " + ", ".join(
                menu[i]["name"] for i in top) + "."
        else:
            result["reply"] = "Sorry, we did not understand that."
        return result

    return app


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--menu", required=True)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    ap.add_argument("--torch-threads", type=int, default=1)
    ap.add_argument("--max-batch", type=int, default=64)
    ap.add_argument("--max-wait-ms", type=float, default=2.0)
    ap.add_argument("--threshold", type=float, default=0.6)
    args = ap.parse_args()
    app = make_app(args)
    config = uvicorn.Config(app, host=args.host, port=args.port, loop="uvloop",
                            http="httptools", access_log=False, log_level="warning")
    server = uvicorn.Server(config)

    async def serve():
        task = asyncio.create_task(server.serve())
        while not server.started:
            if task.done():
                return await task
            await asyncio.sleep(0.02)
        if args.port_file:
            port = server.servers[0].sockets[0].getsockname()[1]
            with open(args.port_file + ".tmp", "w") as f:
                f.write(str(port))
            os.replace(args.port_file + ".tmp", args.port_file)
        await task

    uvloop.run(serve())


if __name__ == "__main__":
    main()
