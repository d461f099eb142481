#!/usr/bin/env python3
"""Tests of bench/accuracy: its scoring rules (silent loss, loose modifiers, intents, the
tolerant reader of hand-written sets, the calibration grid) and, end to end against the real
`brigade analyze`, that it scores every set on a small data folder, skips an absent set with
a note, never prints a test set's messages or ids, and that --calibrate writes an
understanding the binary accepts.

usage: test_accuracy.py BRIGADE_BINARY SOURCE_DIR
"""
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scriptlib import check, check_eq, load_script, run_all  # noqa: E402

BINARY = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
SCRIPT = os.path.join(SOURCE, "bench", "accuracy")
SECRET_ID, SECRET_WORD = "t9731", "zanzibarquokka"

acc = load_script(SCRIPT, "bench_accuracy")


def label(**kw):
    row = {"id": "d1", "text": "x", "category": "order", "status": "accepted", "intents": ["order"],
           "lang": "en", "items": [], "unknown": [], "ambiguous": []}
    row.update(kw)
    return acc.normalise_label(row)


def item(name, qty=1, modifiers=()):
    return {"name": name, "qty": qty, "modifiers": list(modifiers)}


# ---------------------------------------------------------------------------------------------
# Scoring rules


def test_silent_loss():
    gold = label(items=[item("A"), item("B")], unknown=["pizza"], ambiguous=["smoothie"])
    check_eq(acc.silent_loss(gold, {"category": "inquiry"}), (4, 4), "not an order: all lost")
    check_eq(acc.silent_loss(gold, {"category": "order", "language": "es"}), (4, 0),
             "a foreign message goes to a person whole")
    check_eq(acc.silent_loss(gold, {"category": "order", "items": [item("A")],
                                    "clarify": [{"phrase": "b", "candidates": ["B", "C"]}],
                                    "unknown": ["pizza"]}),
             (4, 1), "A by name, B by a clarify candidate, the pizza by an unknown")
    check_eq(acc.silent_loss(gold, {"category": "order", "items": [item("A"), item("A")]}),
             (4, 2), "a predicted entry accounts once")
    check_eq(acc.silent_loss(gold, {"category": "order", "items": [item("A"), item("X")],
                                    "unknown": ["pizza"],
                                    "clarify": [{"phrase": "s", "candidates": ["M1", "M2"]}]}),
             (4, 0), "leftover entries account for the rest one for one")
    check_eq(acc.silent_loss(gold, {"category": "order", "items": [item("A")],
                                    "clarify": [{"phrase": "b", "candidates": ["B"]}]}),
             (4, 2), "nothing left over for the unknown and the ambiguous thing")
    check_eq(acc.silent_loss(label(), {"category": "order"}), (0, 0), "nothing requested")


def test_tally():
    t = acc.Tally(private=False)
    t.add(label(items=[item("A", 2, ["With Grilled Onions"])], status="accepted"),
          {"id": "d1", "category": "order", "status": "accepted",
           "items": [item("A", 2, ["grilled onions"])]})
    t.add(label(id="d2", items=[item("B")], status="review", lang="es", intents=["order"]),
          {"id": "d2", "category": "order", "status": "review", "language": "es"})
    t.add(label(id="d3", category="inquiry", status=None, intents=["inquiry"]),
          {"id": "d3", "category": "inquiry", "status": "answered"})
    t.add(label(id="d4", category="order", items=[item("C")], intents=["order", "inquiry"]),
          {"id": "d4", "category": "inquiry", "status": "answered"})
    f = t.figures()
    check_eq(f["messages"], 4, "messages")
    check_eq(f["category_accuracy"], 75.0, "3-way")
    check_eq(f["order_status_accuracy"], 66.67, "status over 3 labelled orders")
    check_eq((f["item_precision"], f["item_recall"]), (100.0, 33.33), "items P / R")
    check_eq(f["intents_accuracy"], 75.0, "intents: missing intents count as [category]")
    check_eq((f["language_detected"], f["language_foreign"]), (1, 1), "language detected")
    check_eq((f["language_false"], f["language_english"]), (0, 3), "language false")
    check_eq(f["modifier_agreement"], 100.0, "loose modifiers")
    check_eq((f["silent_loss"], f["silent_loss_requested"]), (1, 3), "silent loss")
    check_eq(t.lost_ids, ["d4"], "silent loss ids")
    check_eq(f["status_confusion"]["accepted"], {"accepted": 1, "answered": 1},
             "status confusion row")
    private = acc.Tally(private=True)
    private.add(label(category="other"), {"category": "order"})
    check_eq(dict(private.failures), {}, "a private set keeps no failures")


def test_modifiers_and_intents():
    check_eq(acc.loose_modifiers(["With Extra Cheese", "the sauce on the side please"]),
             acc.loose_modifiers(["extra cheese", "sauce on side"]), "loose modifier words")
    check(acc.loose_modifiers(["no onions", "no onions"]) != acc.loose_modifiers(["no onions"]),
          "modifiers compare as a multiset")
    check_eq(acc.loose_modifiers(["no onions", "add jalapeños", "extra tomatoes", "2 cherries"]),
             acc.loose_modifiers(["no onion", "add jalapenos", "extra tomato", "2 cherry"]),
             "accents and plurals fold")
    check_eq(acc.loose_modifiers(["add avocado", "with bacon"]),
             acc.loose_modifiers(["avocado", "bacon"]), "\"add\" and \"with\" ask for the change")
    check_eq(acc.loose_modifiers(["gluten-free bun"]), acc.loose_modifiers(["gluten free bun"]),
             "a hyphen is a space")
    check(acc.loose_modifiers(["no cheese"]) != acc.loose_modifiers(["extra cheese"]),
          "folding keeps different changes apart")
    check_eq(acc.loose_word("swiss"), "swiss", "a double s is no plural")
    plain, changed = item("Burrito"), item("Burrito", modifiers=["no beans"])
    tp, pairs = acc.item_matches([plain, changed], [changed, plain])
    check_eq((tp, pairs), (2, [(plain, plain), (changed, changed)]),
             "equal lines pair by their changes, not their order")
    tp, pairs = acc.item_matches([plain, plain], [changed, plain])
    check_eq((tp, pairs), (2, [(plain, plain), (plain, changed)]),
             "a line with no agreeing partner still pairs on name and quantity")
    check_eq(acc.predicted_intents({"category": "order"}), {"order"}, "no intents: [category]")
    check_eq(acc.predicted_intents({"category": "order", "intents": ["order", "inquiry"]}),
             {"order", "inquiry"}, "intents as given")
    check_eq(acc.predicted_intents({}), set(), "nothing predicted")


def test_reader_skips_malformed_lines():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "test.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(label(id="t1", text="one burger")) + "\n")
            f.write(json.dumps(label(id="t1", text=SECRET_WORD)) + "\n")  # duplicate id
            f.write(json.dumps({"id": "t2", "text": SECRET_WORD}) + "\n")  # no category
            f.write('{"id": "t3", "text": "' + SECRET_WORD + '", "categ')  # cut short
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            rows = acc.read_jsonl(path, private=True)
        check_eq([r["id"] for r in rows], ["t1"], "usable lines")
        check_eq(err.getvalue().count("skipped"), 3, f"warnings: {err.getvalue()!r}")
        shown = err.getvalue().replace(path, "")  # a temporary path may hold anything
        check(SECRET_WORD not in shown and "t1" not in shown,
              f"a private set's warnings show line numbers only: {err.getvalue()!r}")


def test_grid_and_understanding_text():
    check_eq(acc.parse_range("0.50:0.95:0.05"),
             [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95], "grid values")
    check_eq(acc.parse_range("0.7:0.7:0.1"), [0.7], "a one-point grid")
    base = '{\n  "accept_threshold": 0.85,\n  "review_threshold": 0.72,\n  "x": {"t": 1}\n}\n'
    doc = json.loads(base)
    out = acc.understanding_text(base, doc, {"accept_threshold": 0.9, "x.t": 0.5})
    check_eq(out, base.replace("0.85", "0.9").replace('"t": 1', '"t": 0.5'),
             "values substituted in place")


# ---------------------------------------------------------------------------------------------
# End to end


def make_data(tmp):
    """A data folder: 6 generator messages, a 3-line hand dev set with a cut-short last line,
    a 2-message hand test set holding a secret word; no taqueria set."""
    data = os.path.join(tmp, "data")
    os.makedirs(os.path.join(data, "hand"))
    shutil.copy(os.path.join(SOURCE, "bench", "data", "menu.csv"), data)
    gen = [
        {"id": "m1", "text": "2 Cheddar Cheeseburger please", "category": "order",
         "status": "accepted", "items": [item("Cheddar Cheeseburger", 2)], "unknown": [],
         "about": [], "split": "tune"},
        {"id": "m2", "text": "do you have vegan options?", "category": "inquiry", "status": None,
         "items": [], "unknown": [], "about": [], "split": "tune"},
        {"id": "m3", "text": "one Falafel Wrap no onions", "category": "order",
         "status": "accepted", "items": [item("Falafel Wrap", 1, ["no onions"])], "unknown": [],
         "about": [], "split": "holdout"},
        {"id": "m4", "text": "thanks, the food was great!", "category": "other", "status": None,
         "items": [], "unknown": [], "about": [], "split": "holdout"},
    ]
    with open(os.path.join(data, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in gen)
    dev = [label(id="d1", text="Can I get a Classic Beef Burger and a Mango Smoothie",
                 items=[item("Classic Beef Burger"), item("Mango Smoothie")]),
           label(id="d2", text="thanks!", category="other", status=None, intents=["other"])]
    with open(os.path.join(data, "hand", "dev.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in dev)
        f.write('{"id": "d3", "text": "half a li')
    test = [label(id=SECRET_ID, text=f"{SECRET_WORD} burger and 3 {SECRET_WORD} fries",
                  items=[item("Classic Beef Burger")], unknown=[SECRET_WORD]),
            label(id="t2", text="is the falafel wrap vegan?", category="order", status="accepted",
                  items=[item("Falafel Wrap", 2)])]
    with open(os.path.join(data, "hand", "test.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in test)
    return data


def run_script(*args):
    cmd = [sys.executable, SCRIPT, "--binary", BINARY, "--backend", "lexical", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    check_eq(out.returncode, 0, f"exit status of {' '.join(args)}; stderr: {out.stderr}")
    return out.stdout, out.stderr


def test_end_to_end():
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(tmp)
        stdout, stderr = run_script("--data", data, "--failures", "10")
        both = (stdout + stderr).replace(tmp, "")  # a temporary path may hold anything
        check("taqueria test skipped" in stdout, f"a note for the absent set: {stdout}")
        header = next((line for line in stdout.splitlines() if "gen holdout" in line), "")
        for title in ("gen holdout", "hand dev", "hand test"):
            check(title in header, f"column {title!r}: {stdout}")
        check("failures, hand dev" in stdout, "dev failures are printed")
        check("dev.jsonl:3: skipped" in stderr, f"the cut-short dev line is reported: {stderr}")
        check(SECRET_WORD not in both and SECRET_ID not in both and "t2" not in both,
              "nothing of the test set but aggregates is printed")

        stdout, _ = run_script("--data", data, "--json")
        figures = json.loads(stdout)
        check_eq(sorted(figures), ["dev", "holdout", "silent_loss_ids", "skipped", "test"],
                 "JSON keys")
        check_eq(sorted(figures["skipped"]),
                 ["dev10", "dev100", "dev101", "dev102", "dev103", "dev104", "dev105", "dev106",
                  "dev107", "dev108", "dev109", "dev11", "dev110", "dev111", "dev112",
                  "dev113", "dev114", "dev115", "dev116", "dev117", "dev118",
                  "dev119", "dev12", "dev120", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18",
                  "dev19", "dev2", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26",
                  "dev27", "dev28", "dev29", "dev3", "dev30", "dev31", "dev32", "dev33", "dev34",
                  "dev35", "dev36", "dev37", "dev38", "dev39", "dev4", "dev40", "dev41", "dev42",
                  "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev5", "dev50",
                  "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59",
                  "dev6", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67",
                  "dev68", "dev69", "dev7", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75",
                  "dev76", "dev77", "dev78", "dev79", "dev8", "dev80", "dev81", "dev82", "dev83",
                  "dev84", "dev85", "dev86", "dev87", "dev88", "dev89", "dev9", "dev90", "dev91",
                  "dev92", "dev93", "dev94", "dev95", "dev96", "dev97", "dev98", "dev99",
                  "taqueria",
                  "taqueria-dev",
                  "taqueria-dev10", "taqueria-dev100", "taqueria-dev101", "taqueria-dev102",
                  "taqueria-dev103", "taqueria-dev104", "taqueria-dev105", "taqueria-dev106",
                  "taqueria-dev107", "taqueria-dev108", "taqueria-dev109", "taqueria-dev11",
                  "taqueria-dev110", "taqueria-dev111", "taqueria-dev112", "taqueria-dev113",
                  "taqueria-dev114", "taqueria-dev115", "taqueria-dev116",
                  "taqueria-dev117", "taqueria-dev118",
                  "taqueria-dev12", "taqueria-dev13",
                  "taqueria-dev14", "taqueria-dev15", "taqueria-dev16", "taqueria-dev17",
                  "taqueria-dev18", "taqueria-dev19", "taqueria-dev2", "taqueria-dev20",
                  "taqueria-dev21", "taqueria-dev22", "taqueria-dev23", "taqueria-dev24",
                  "taqueria-dev25", "taqueria-dev26", "taqueria-dev27", "taqueria-dev28",
                  "taqueria-dev29", "taqueria-dev3", "taqueria-dev30", "taqueria-dev31",
                  "taqueria-dev32", "taqueria-dev33", "taqueria-dev34", "taqueria-dev35",
                  "taqueria-dev36", "taqueria-dev37", "taqueria-dev38", "taqueria-dev39",
                  "taqueria-dev4", "taqueria-dev40", "taqueria-dev41", "taqueria-dev42",
                  "taqueria-dev43", "taqueria-dev44", "taqueria-dev45", "taqueria-dev46",
                  "taqueria-dev47", "taqueria-dev48", "taqueria-dev49", "taqueria-dev5",
                  "taqueria-dev50", "taqueria-dev51", "taqueria-dev52", "taqueria-dev53",
                  "taqueria-dev54", "taqueria-dev55", "taqueria-dev56", "taqueria-dev57",
                  "taqueria-dev58", "taqueria-dev59", "taqueria-dev6", "taqueria-dev60",
                  "taqueria-dev61", "taqueria-dev62", "taqueria-dev63", "taqueria-dev64",
                  "taqueria-dev65", "taqueria-dev66", "taqueria-dev67", "taqueria-dev68",
                  "taqueria-dev69", "taqueria-dev7", "taqueria-dev70",
                  "taqueria-dev71", "taqueria-dev72", "taqueria-dev73",
                  "taqueria-dev74", "taqueria-dev75", "taqueria-dev76", "taqueria-dev77",
                  "taqueria-dev78", "taqueria-dev79", "taqueria-dev8", "taqueria-dev80", "taqueria-dev81",
                  "taqueria-dev82", "taqueria-dev83", "taqueria-dev84", "taqueria-dev85",
                  "taqueria-dev86", "taqueria-dev87", "taqueria-dev88",
                  "taqueria-dev89", "taqueria-dev9", "taqueria-dev90", "taqueria-dev91",
                  "taqueria-dev92", "taqueria-dev93", "taqueria-dev94", "taqueria-dev95",
                  "taqueria-dev96", "taqueria-dev97", "taqueria-dev98", "taqueria-dev99"],
                 "skipped sets")
        check_eq(figures["holdout"]["messages"], 2, "holdout messages")
        check_eq(figures["dev"]["messages"], 2, "dev messages (cut-short line skipped)")
        check_eq(figures["test"]["messages"], 2, "test messages")
        check_eq(figures["test"]["category_accuracy"], 50.0, "test 3-way")
        check_eq(sorted(figures["silent_loss_ids"]), ["dev", "tune"], "ids only for dev and tune")
        check(SECRET_ID not in stdout.replace(tmp, ""), "no test id in the JSON")

        out_path = os.path.join(tmp, "calibrated.json")
        stdout, stderr = run_script("--data", data, "--calibrate", out_path,
                                    "--grid", "0.80:0.85:0.05", "--calibrate-sample", "1")
        check("hand test" not in stdout and SECRET_WORD not in (stdout + stderr).replace(tmp, ""),
              "calibration never reads the test set")
        check("gen tune (1)" in stdout and "hand dev (2)" in stdout, f"calibration sets: {stdout}")
        with open(out_path, encoding="utf-8") as f:
            doc = json.load(f)
        check(doc["accept_threshold"] in (0.8, 0.85)
              and doc["review_threshold"] in (0.72, 0.8, 0.85),
              f"calibrated thresholds: {doc['accept_threshold']}, {doc['review_threshold']}")
        check(doc["review_threshold"] <= doc["accept_threshold"], "review <= accept")
        probe = subprocess.run([BINARY, "analyze", "--backend", "lexical", "--menu",
                                os.path.join(data, "menu.csv"), "--understanding", out_path],
                               input='{"id": "x", "text": "2 Cheddar Cheeseburger"}\n',
                               capture_output=True, text=True, timeout=60, check=False)
        check_eq(probe.returncode, 0, f"analyze with the calibrated file: {probe.stderr}")


if __name__ == "__main__":
    run_all(globals())
