#!/usr/bin/env python3
"""Tests of bench/robustness: each rewrite's exact output, and, end to end against the real
`brigade analyze`, its counts on a small data folder and that it never prints a test set's
messages.

usage: test_robustness.py BRIGADE_BINARY SOURCE_DIR
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scriptlib import check, check_eq, load_script, run_all  # noqa: E402

BINARY = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
SCRIPT = os.path.join(SOURCE, "bench", "robustness")
SECRET_ID, SECRET_WORD = "t4417", "quokkaburger"

rob = load_script(SCRIPT, "bench_robustness")


def test_rewrites():
    text = "Two fries and 2 shakes at 5:30, $3 each. Is it vegan? 12 wings, 3x nuggets!"
    want = {
        "lower": "two fries and 2 shakes at 5:30, $3 each. is it vegan? 12 wings, 3x nuggets!",
        "upper": "TWO FRIES AND 2 SHAKES AT 5:30, $3 EACH. IS IT VEGAN? 12 WINGS, 3X NUGGETS!",
        "no_end_punct": "Two fries and 2 shakes at 5:30, $3 each. Is it vegan? 12 wings, 3x nuggets",
        "no_qmark": "Two fries and 2 shakes at 5:30, $3 each. Is it vegan 12 wings, 3x nuggets!",
        "greeting": "hey there! " + text,
        "thanks": text + " thanks!",
        "ampersand": "Two fries & 2 shakes at 5:30, $3 each. Is it vegan? 12 wings, 3x nuggets!",
        "newlines": "Two fries and 2 shakes at 5:30, $3 each.\nIs it vegan?\n12 wings, 3x nuggets!",
        "no_commas": "Two fries and 2 shakes at 5:30 $3 each. Is it vegan? 12 wings 3x nuggets!",
        # prices, times, numbers of several digits and "3x" keep their digits
        "digits_to_words":
            "Two fries and two shakes at 5:30, $3 each. Is it vegan? 12 wings, 3x nuggets!",
        "words_to_digits":
            "2 fries and 2 shakes at 5:30, $3 each. Is it vegan? 12 wings, 3x nuggets!",
    }
    for kind, expected in want.items():
        check_eq(rob.rewrite(kind, {"id": "x1", "text": text}), expected, kind)
    check_eq(rob.words_to_digits("the spicy one please, and three"), "the spicy one please, and three",
             "'one' and a number word before no word stay words")


def test_transpose():
    label = {"id": "x2", "text": "a lemonade and the halloumi burger"}
    got = rob.rewrite("transpose", label)
    check_eq(got, rob.rewrite("transpose", label), "the same message is rewritten the same way")
    check_eq(len(got), len(label["text"]), "a swap keeps the length")
    diff = [i for i, (a, b) in enumerate(zip(got, label["text"])) if a != b]
    check(len(diff) == 2 and diff[1] == diff[0] + 1, f"two neighbouring letters swapped: {got!r}")
    i = diff[0]
    check_eq(got[i] + got[i + 1], label["text"][i + 1] + label["text"][i], "swapped, not changed")
    inside = [m for m in re.finditer(r"[A-Za-z]{6,}", label["text"])
              if m.start() < i and i + 1 < m.end()]
    check(inside, f"inside a word of six letters or more, never its first letter: {got!r}")
    check_eq(rob.transpose("a cat and a dog", random.Random(1)), "a cat and a dog",
             "no word of six letters: unchanged")


def test_drop_and_double():
    label = {"id": "x3", "text": "a lemonade and the halloumi burger"}
    words = [m for m in re.finditer(r"[A-Za-z]+", label["text"])]
    dropped = rob.rewrite("drop", label)
    check_eq(dropped, rob.rewrite("drop", label), "the same message loses the same letter")
    check_eq(len(dropped), len(label["text"]) - 1, "one letter dropped")
    i = next(k for k, (a, b) in enumerate(zip(dropped + "\0", label["text"])) if a != b)
    word = [m for m in words if m.start() <= i < m.end()]
    check(word and len(word[0].group(0)) >= 6 and i > word[0].start(),
          f"inside a word of six letters or more, never its first letter: {dropped!r}")
    doubled = rob.rewrite("double", label)
    check_eq(len(doubled), len(label["text"]) + 1, "one letter doubled")
    i = next(k for k, (a, b) in enumerate(zip(doubled, label["text"] + "\0")) if a != b)
    check_eq(doubled[i], doubled[i - 1], f"the letter before typed again: {doubled!r}")
    check_eq(doubled[:i] + doubled[i + 1:], label["text"], "nothing else changed")
    word = [m for m in words if m.start() < i <= m.end()]
    check(word and len(word[0].group(0)) >= 5 and i >= word[0].start() + 2,
          f"in a word of five letters or more, never its first letter: {doubled!r}")
    check_eq(rob.drop_letter("a cat and a dog", random.Random(1)), "a cat and a dog",
             "no word of six letters: nothing dropped")
    check_eq(rob.double_letter("a cat and a dog", random.Random(1)), "a cat and a dog",
             "no word of five letters: nothing doubled")
    check_eq(rob.drop_letter("lemonade", random.Random(7))[0], "l", "the first letter stays")


def label(**kw):
    row = {"id": "d1", "text": "x", "category": "order", "status": "accepted",
           "intents": ["order"], "lang": "en", "items": [], "unknown": [], "ambiguous": []}
    row.update(kw)
    return row


def make_data(tmp):
    """A data folder with a 2-message hand dev set and a 1-message hand test set."""
    data = os.path.join(tmp, "data")
    os.makedirs(os.path.join(data, "hand"))
    shutil.copy(os.path.join(SOURCE, "bench", "data", "menu.csv"), data)
    fries = [{"name": "Classic Fries", "qty": 2, "modifiers": []},
             {"name": "Fresh Lemonade", "qty": 1, "modifiers": []}]
    dev = [label(id="d1", text="2 fries and a lemonade.", items=fries),
           label(id="d2", text="beyond burger?", category="inquiry", status=None,
                 intents=["inquiry"])]
    with open(os.path.join(data, "hand", "dev.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in dev)
    test = [label(id=SECRET_ID, text=f"{SECRET_WORD}?", category="inquiry", status=None,
                  intents=["inquiry"])]
    with open(os.path.join(data, "hand", "test.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in test)
    return data


def run_script(*args, status=0):
    cmd = [sys.executable, SCRIPT, "--binary", BINARY, *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    check_eq(out.returncode, status, f"exit status of {' '.join(args)}; stderr: {out.stderr}")
    return out.stdout, out.stderr


def test_end_to_end():
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(tmp)
        stdout, _ = run_script("--data", data, "--sets", "dev", "--json")
        counts = json.loads(stdout)["rewrites"]
        # d1 is read the same under every rewrite that changes it; "beyond burger?" without its
        # question mark asks for a dish the menu lacks: a rewrite that changes the meaning,
        # counted as broken (the count is an upper bound).
        # "beyond brger?", a letter dropped from the dish the menu lacks, is read as the
        # "beyond burger?" it is: not broken.
        want_changed = {"lower": 0, "upper": 2, "no_end_punct": 2, "no_qmark": 1, "greeting": 2,
                        "thanks": 2, "ampersand": 1, "newlines": 0, "transpose": 2, "drop": 2,
                        "double": 2, "no_commas": 0, "digits_to_words": 1, "words_to_digits": 0}
        check_eq(sorted(counts), sorted(want_changed), "every rewrite is counted")
        for kind, c in counts.items():
            check_eq(c["changed"], want_changed[kind], f"{kind} changed")
            broken = 1 if kind in ("no_end_punct", "no_qmark") else 0
            check_eq(c["broken"], broken, f"{kind} broken")
            check_eq((c["lost"], c["mended"]), (0, 0), f"{kind} lost and mended")

        stdout, _ = run_script("--data", data, "--sets", "dev,test", "--show", "no_qmark", "9")
        check("d2 | 'beyond burger'" in stdout, f"the broken dev message is shown: {stdout}")
        check(SECRET_WORD not in stdout and SECRET_ID not in stdout,
              "a test set's messages are never shown")
        check("2 sets, 3 messages" in stdout, f"both sets are counted: {stdout}")

        _, stderr = run_script("--data", data, "--kinds", "shout", status=2)
        check("unknown rewrite 'shout'" in stderr, f"an unknown rewrite is refused: {stderr}")


if __name__ == "__main__":
    run_all(globals())
