#!/usr/bin/env python3
"""test_dataset: bench/gen-messages is deterministic, matches the committed bench/data, and
every label in it is consistent with the text and the menu. The same for the noisy tuning set
(`--noise`, bench/data/noisy).

Usage: test_dataset.py SOURCE_DIR. Exits 0 when every check held, 1 otherwise (each failure
is printed with what was expected)."""

import csv
import datetime
import importlib.machinery
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile

OUTPUT_FILES = ["messages.csv", "messages.jsonl", "labels.jsonl"]
LABEL_KEYS = ["id", "text", "category", "status", "items", "unknown", "about", "split"]
MIX_TOLERANCE_POINTS = 5.0  # category and split shares, in percentage points
REJECTED_SHARE_RANGE = (8.0, 16.0)  # percent of orders; the generator aims at 12
CASUAL_SHARE_RANGE = (11.0, 19.0)  # percent of orders; the generator aims at 15
DISTINCT_MIN = 5000
OTHER_SEED = 7
NOISY_DIR = os.path.join("bench", "data", "noisy")
NOISY_FILES = ["messages.jsonl", "labels.jsonl"]
NOISY_EXTRA_KEYS = ["intents", "lang", "ambiguous"]
NOISY_LANGS = ["en", "es", "de", "fr", "it", "pt"]
NOISY_INTENTS = {"order": [["order"], ["order", "inquiry"]], "inquiry": [["inquiry"]],
                 "other": [["other"]]}
NOISY_TYPO_EDITS_MAX = 2  # per word

sys.dont_write_bytecode = True  # loading bench/gen-messages must not litter bench/

failures = []


def check(cond, message):
    if not cond:
        failures.append(message)
        if len(failures) <= 50:
            sys.stderr.write(f"test_dataset: FAIL: {message}\n")


def load_generator(path):
    loader = importlib.machinery.SourceFileLoader("gen_messages", path)
    spec = importlib.util.spec_from_loader("gen_messages", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def run_generator(gen, out_dir, *args):
    result = subprocess.run([sys.executable, gen, "--out", out_dir, *args],
                            capture_output=True, text=True, timeout=100)
    check(result.returncode == 0, f"gen-messages {args} exited {result.returncode}: "
          f"{result.stderr}")
    return result.stderr


def read_bytes(directory, name):
    with open(os.path.join(directory, name), "rb") as f:
        return f.read()


def check_determinism(gen, data_dir, tmp):
    first, second, other = (os.path.join(tmp, d) for d in ["a", "b", "c"])
    run_generator(gen, first)
    stats = run_generator(gen, second, "--seed", "42")
    run_generator(gen, other, "--seed", str(OTHER_SEED))
    for name in OUTPUT_FILES:
        a = read_bytes(first, name)
        check(a == read_bytes(second, name), f"{name}: two runs with seed 42 differ")
        check(a == read_bytes(data_dir, name),
              f"{name}: bench/data differs from the generator output; rerun bench/gen-messages")
        check(a != read_bytes(other, name), f"{name}: seed {OTHER_SEED} gave the same output")
    return stats


def check_typo(module):
    """The misspelling helper: at most one word changed, by one dropped or swapped letter,
    never in a word shorter than TYPO_WORD_LEN_MIN, first letter kept."""
    rng = random.Random(1)
    for name in module.ITEMS:
        for surface in [name.lower()] + module.ITEMS[name]["aliases"]:
            for _ in range(20):
                out = module.typo(rng, surface)
                a, b = surface.split(" "), out.split(" ")
                check(len(a) == len(b), f"typo({surface!r}) = {out!r} changed the word count")
                changed = [(x, y) for x, y in zip(a, b) if x != y]
                check(len(changed) <= 1, f"typo({surface!r}) = {out!r}: more than one word")
                for x, y in changed:
                    check(len(x) >= module.TYPO_WORD_LEN_MIN, f"typo in short word {x!r}")
                    check(x[0] == y[0], f"typo({x!r}) = {y!r} changed the first letter")
                    dropped = len(y) == len(x) - 1 and any(
                        x[:i] + x[i + 1:] == y for i in range(len(x)))
                    swapped = len(y) == len(x) and sorted(x) == sorted(y) and sum(
                        1 for p, q in zip(x, y) if p != q) == 2
                    check(dropped or swapped, f"typo({x!r}) = {y!r} is not one drop or swap")


def read_menu(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [row["name"] for row in csv.DictReader(f)]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def one_typo_variants(module, surface):
    """Every way the generator may misspell surface: one dropped or swapped letter, first
    letter kept, in one word of at least TYPO_WORD_LEN_MIN letters."""
    words = surface.split(" ")
    for i, w in enumerate(words):
        if len(w) < module.TYPO_WORD_LEN_MIN or not w.isalpha():
            continue
        edits = [w[:p] + w[p + 1:] for p in range(1, len(w))]
        edits += [w[:p] + w[p + 1] + w[p] + w[p + 2:] for p in range(1, len(w) - 1)]
        for edit in edits:
            yield " ".join(words[:i] + [edit] + words[i + 1:])


def mention_forms(module):
    """Per menu name, the lowercase strings one of which must occur in a message naming it:
    the name, its aliases and their misspellings (a final "y" dropped, so that "smoothies"
    still contains the stem of "smoothy")."""
    forms = {}
    for name, info in module.ITEMS.items():
        bases = [name.lower(), name.lower().replace("the ", "", 1)] + info["aliases"]
        found = []
        for base in bases:
            base = base.replace("'", "")
            for form in [base] + list(one_typo_variants(module, base)):
                form = form[:-1] if form.endswith("y") else form
                if form not in found:
                    found.append(form)
        forms[name] = found
    return forms


def mentions(forms, name, text):
    plain = text.lower().replace("'", "")
    return any(form in plain for form in forms.get(name, []))


def check_item(module, menu, forms, item, text, where):
    check(sorted(item) == ["modifiers", "name", "qty"], f"{where}: item keys {sorted(item)}")
    name = item.get("name")
    check(name in menu, f"{where}: item {name!r} is not a menu name")
    check(mentions(forms, name, text), f"{where}: {name!r} is not named in {text!r}")
    qty = item.get("qty")
    check(type(qty) is int and 1 <= qty <= 20, f"{where}: qty {qty!r} not in 1..20")
    mods = item.get("modifiers", [])
    allowed = module.item_labels(module.ITEMS[name]["mods"]) if name in module.ITEMS else []
    for mod in mods:
        check(mod in allowed, f"{where}: modifier {mod!r} is not one of {name}'s")
    check(len(set(mods)) == len(mods), f"{where}: repeated modifier in {mods}")
    for mod in mods:
        surfaces = [m.replace("'", "") for m in module.MODIFIERS.get(mod, [])]
        plain = text.lower().replace("'", "")
        check(any(m in plain for m in surfaces), f"{where}: modifier {mod!r} not in the text")


def check_order(module, menu, forms, label, where):
    text = label["text"]
    check("?" not in text, f"{where}: an order with a question mark: {text!r}")
    names = [i.get("name") for i in label["items"]]
    check(len(set(names)) == len(names), f"{where}: an item listed twice: {names}")
    for item in label["items"]:
        check_item(module, menu, forms, item, text, where)
    check(label["about"] == [], f"{where}: an order with about {label['about']}")
    if label["status"] == "accepted":
        check(label["items"] != [], f"{where}: accepted order without items")
        check(label["unknown"] == [], f"{where}: accepted order with unknown {label['unknown']}")
    else:
        check(label["status"] == "rejected", f"{where}: order status {label['status']!r}")
        check(label["unknown"] != [], f"{where}: rejected order without unknown")
    for phrase in label["unknown"]:
        check(phrase == phrase.lower() and phrase in text.lower(),
              f"{where}: unknown {phrase!r} is not lowercase text from {text!r}")
        check(phrase not in [n.lower() for n in menu],
              f"{where}: unknown {phrase!r} is a menu name")


def check_label(module, menu, forms, index, label):
    where = f"labels.jsonl line {index + 1}"
    check(list(label) == LABEL_KEYS, f"{where}: keys {list(label)}")
    if list(label) != LABEL_KEYS:
        return
    check(label["id"] == f"m{index + 1:06d}", f"{where}: id {label['id']!r}")
    check(isinstance(label["text"], str) and label["text"].strip() != "", f"{where}: empty text")
    check(label["split"] == module.split_of(label["text"]), f"{where}: split {label['split']!r}")
    if label["category"] == "order":
        check_order(module, menu, forms, label, where)
        return
    check(label["category"] in ["inquiry", "other"], f"{where}: category {label['category']!r}")
    check(label["status"] is None, f"{where}: status {label['status']!r} on a non-order")
    check(label["items"] == [] and label["unknown"] == [], f"{where}: items on a non-order")
    for name in label["about"]:
        check(name in menu, f"{where}: about {name!r} is not a menu name")
        check(mentions(forms, name, label["text"]), f"{where}: about {name!r} is not named")
    if label["category"] == "other":
        check(label["about"] == [], f"{where}: other with about {label['about']}")


def share(count, total):
    return 100.0 * count / total if total else 0.0


def check_mix(module, labels, stats):
    total = len(labels)
    count = {c: sum(1 for x in labels if x["category"] == c) for c in ["order", "inquiry", "other"]}
    target = {"order": module.MIX_ORDER, "inquiry": module.MIX_INQUIRY,
              "other": 1.0 - module.MIX_ORDER - module.MIX_INQUIRY}
    for category, n in count.items():
        got, want = share(n, total), 100.0 * target[category]
        check(abs(got - want) <= MIX_TOLERANCE_POINTS, f"{category}: {got:.1f}% vs {want:.0f}%")
    tune = share(sum(1 for x in labels if x["split"] == "tune"), total)
    check(abs(tune - module.TUNE_PERCENT) <= MIX_TOLERANCE_POINTS, f"tune split {tune:.1f}%")
    rejected = share(sum(1 for x in labels if x["status"] == "rejected"), count["order"])
    check(REJECTED_SHARE_RANGE[0] <= rejected <= REJECTED_SHARE_RANGE[1],
          f"rejected orders {rejected:.1f}%")
    casual = [line for line in stats.splitlines() if "casually written orders" in line]
    check(len(casual) == 1, "the generator no longer reports casually written orders")
    if casual:
        share_casual = share(int(casual[0].rsplit(" ", 1)[1]), count["order"])
        check(CASUAL_SHARE_RANGE[0] <= share_casual <= CASUAL_SHARE_RANGE[1],
              f"casually written orders {share_casual:.1f}%")
    distinct = len({module.dedup_key(x["text"]) for x in labels})
    check(distinct >= DISTINCT_MIN, f"only {distinct} distinct texts")
    check(distinct == total, f"{total - distinct} duplicate texts")
    print(f"test_dataset: {total} messages, {distinct} distinct; {count}; "
          f"tune {tune:.1f}%, rejected orders {rejected:.1f}%")


def check_csv(module, data_dir, labels):
    with open(os.path.join(data_dir, "messages.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    check(rows[:1] == [["timestamp", "message"]], f"messages.csv header {rows[:1]}")
    body = rows[1:]
    check([r[1] for r in body] == [x["text"] for x in labels],
          "messages.csv texts differ from labels.jsonl (or their order does)")
    check(all(len(r) == 2 for r in body), "messages.csv row without exactly two fields")
    check(sum(1 for x in labels if "\n" in x["text"]) > 0, "no multi-line message to exercise "
          "RFC 4180 quoting")
    stamps = [datetime.datetime.strptime(r[0], "%Y-%m-%dT%H:%M:%SZ") for r in body]
    check(all(a < b for a, b in zip(stamps, stamps[1:])), "timestamps not strictly increasing")
    check(all(module.OPEN_HOUR <= t.hour < module.CLOSE_HOUR for t in stamps),
          "a timestamp outside opening hours")
    days = (stamps[-1].date() - stamps[0].date()).days + 1
    check(2 <= days <= 7, f"messages span {days} days, expected a few")
    messages = read_jsonl(os.path.join(data_dir, "messages.jsonl"))
    check([list(m) for m in messages] == [["id", "text"]] * len(messages), "messages.jsonl keys")
    check([(m["id"], m["text"]) for m in messages] == [(x["id"], x["text"]) for x in labels],
          "messages.jsonl differs from labels.jsonl")


# --- the noisy tuning set (--noise) -----------------------------------------------------------


def edit_distance(a, b):
    """Optimal string alignment distance (insert, delete, substitute, swap adjacent)."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def ascii_words(text):
    out, word = [], ""
    for ch in text.lower() + " ":
        if ch.isascii() and ch.isalpha():
            word += ch
        else:
            if word:
                out.append(word)
            word = ""
    return out


def noisy_name_words(module, name):
    """Words of 4+ letters a message may name the item by: from its name, aliases, partials."""
    surfaces = [name] + module.ITEMS[name]["aliases"]
    surfaces += [s for s, _ in module.PARTIAL_NAMES.get(name, [])]
    words = []
    for surface in surfaces:
        for w in ascii_words(surface):
            for form in [w, module.plural_of(w)]:  # "brownies" misspelled is not "brownie"
                if len(form) >= module.NOISE_TYPO_WORD_LEN_MIN and form not in ["ones"] + words:
                    words.append(form)
    return words


def noisy_names_item(module, name, text_words):
    """Some word of the item's names is in the text, up to NOISY_TYPO_EDITS_MAX slips away."""
    for w in noisy_name_words(module, name):
        for t in text_words:
            if abs(len(t) - len(w)) <= NOISY_TYPO_EDITS_MAX and \
                    edit_distance(t, w) <= NOISY_TYPO_EDITS_MAX:
                return True
    return False


def noisy_mod_in_text(module, label, text):
    plain = text.lower().replace("'", "")
    return any(f.replace("'", "") in plain for f in module.noise_mod_forms(label))


def check_noisy_order(module, menu, label, where):
    text, lower = label["text"], label["text"].lower()
    expected = module.noise_status(label["lang"], label["unknown"], label["ambiguous"])
    check(label["status"] == expected, f"{where}: status {label['status']!r}, the rule says "
          f"{expected!r}")
    if label["lang"] != "en":
        check(label["items"] == [] and label["unknown"] == [] and label["ambiguous"] == [],
              f"{where}: a {label['lang']} order with items, unknown or ambiguous")
        return
    check(label["items"] or label["unknown"] or label["ambiguous"], f"{where}: an empty order")
    names = [i.get("name") for i in label["items"]]
    check(len(set(names)) == len(names), f"{where}: an item listed twice: {names}")
    words = ascii_words(text)
    for item in label["items"]:
        check(sorted(item) == ["modifiers", "name", "qty"], f"{where}: item keys {sorted(item)}")
        name = item.get("name")
        check(name in menu, f"{where}: item {name!r} is not a menu name")
        if name not in menu:
            continue
        check(noisy_names_item(module, name, words), f"{where}: {name!r} not named in {text!r}")
        qty = item.get("qty")
        check(type(qty) is int and 1 <= qty <= module.QTY_MAX, f"{where}: qty {qty!r}")
        for mod in item["modifiers"]:
            check(mod in module.item_labels(module.noise_allowed_mods(name)),
                  f"{where}: {name} takes no {mod!r}")
            check(noisy_mod_in_text(module, mod, text), f"{where}: {mod!r} not in {text!r}")
    for phrase in label["unknown"]:
        check(phrase == phrase.lower() and phrase in lower,
              f"{where}: unknown {phrase!r} is not lowercase text from {text!r}")
        check(phrase not in [n.lower() for n in menu], f"{where}: unknown {phrase!r} on the menu")
    ambiguous_sets = [module.menu_candidates(p, menu) for p, _ in module.AMBIGUOUS_PHRASES]
    for entry in label["ambiguous"]:
        check(sorted(entry) == ["candidates", "modifiers", "phrase", "qty"],
              f"{where}: ambiguous keys {sorted(entry)}")
        check(entry["phrase"] == entry["phrase"].lower() and entry["phrase"] in lower,
              f"{where}: ambiguous {entry['phrase']!r} is not lowercase text from {text!r}")
        candidates = entry["candidates"]
        check(all(c in menu for c in candidates), f"{where}: candidates {candidates}")
        if entry["qty"] is None:  # a known item with an unclear quantity
            check(len(candidates) == 1, f"{where}: unclear quantity of {candidates}")
        else:
            check(type(entry["qty"]) is int and 1 <= entry["qty"] <= module.QTY_MAX,
                  f"{where}: ambiguous qty {entry['qty']!r}")
            check(candidates in ambiguous_sets, f"{where}: {candidates} is not an ambiguous set")
        for mod in entry["modifiers"]:
            check(all(mod in module.item_labels(module.noise_allowed_mods(c))
                      for c in candidates if c in menu),
                  f"{where}: {mod!r} tells {candidates} apart")
            check(noisy_mod_in_text(module, mod, text), f"{where}: {mod!r} not in {text!r}")
    if label["intents"] == ["order"]:
        check(label["about"] == [], f"{where}: an order with about {label['about']}")


def check_noisy_label(module, menu, index, label):
    where = f"noisy labels.jsonl line {index + 1}"
    keys = LABEL_KEYS + NOISY_EXTRA_KEYS
    check(list(label) == keys, f"{where}: keys {list(label)}")
    if list(label) != keys:
        return
    check(label["id"] == f"m{index + 1:06d}", f"{where}: id {label['id']!r}")
    check(isinstance(label["text"], str) and label["text"].strip() != "", f"{where}: empty text")
    check(label["split"] == "tune", f"{where}: split {label['split']!r}")
    check(label["lang"] in NOISY_LANGS, f"{where}: lang {label['lang']!r}")
    category = label["category"]
    check(label["intents"] in NOISY_INTENTS.get(category, []),
          f"{where}: intents {label['intents']} for {category!r}")
    for name in label["about"]:
        check(name in menu, f"{where}: about {name!r} is not a menu name")
    if category == "order":
        check_noisy_order(module, menu, label, where)
        return
    check(label["status"] is None, f"{where}: status {label['status']!r} on a non-order")
    check(label["items"] == [] and label["unknown"] == [] and label["ambiguous"] == [],
          f"{where}: items, unknown or ambiguous on a non-order")
    if category == "other":
        check(label["about"] == [], f"{where}: other with about {label['about']}")


def check_noisy(module, gen, source, tmp, default_labels, menu):
    """--noise regenerates bench/data/noisy byte for byte; its labels hold; its mix has every
    kind of noise; no text repeats one of the default inbox."""
    noisy_dir = os.path.join(source, NOISY_DIR)
    out = os.path.join(tmp, "noisy")
    run_generator(gen, out, "--noise")
    for name in NOISY_FILES:
        check(read_bytes(out, name) == read_bytes(noisy_dir, name),
              f"noisy {name}: bench/data/noisy differs; rerun bench/gen-messages --noise")
    check(not os.path.exists(os.path.join(out, "messages.csv")), "--noise wrote messages.csv")
    labels = read_jsonl(os.path.join(noisy_dir, "labels.jsonl"))
    messages = read_jsonl(os.path.join(noisy_dir, "messages.jsonl"))
    check([(m["id"], m["text"]) for m in messages] == [(x["id"], x["text"]) for x in labels],
          "noisy messages.jsonl differs from labels.jsonl")
    for index, label in enumerate(labels):
        check_noisy_label(module, menu, index, label)
    keys = {module.dedup_key(x["text"]) for x in labels}
    check(len(keys) == len(labels), f"noisy: {len(labels) - len(keys)} duplicate texts")
    shared = keys & {module.dedup_key(x["text"]) for x in default_labels}
    check(not shared, f"noisy: {len(shared)} texts also in the default inbox")
    orders = [x for x in labels if x["category"] == "order"]
    en_orders = [x for x in orders if x["lang"] == "en"]
    kinds = {
        "accepted": [x for x in orders if x["status"] == "accepted"],
        "rejected": [x for x in orders if x["status"] == "rejected"],
        "ambiguous name": [x for x in orders if any(a["qty"] for a in x["ambiguous"])],
        "unclear quantity": [x for x in orders if any(a["qty"] is None for a in x["ambiguous"])],
        "order + inquiry": [x for x in orders if x["intents"] == ["order", "inquiry"]],
        "order with ?": [x for x in en_orders if x["intents"] == ["order"] and "?" in x["text"]],
        "free-form modifier": [x for x in orders if any(
            m not in module.item_labels(module.ITEMS[i["name"]]["mods"])
            for i in x["items"] for m in i["modifiers"])],
    }
    kinds.update({f"lang {lang}": [x for x in labels if x["lang"] == lang]
                  for lang in NOISY_LANGS})
    for kind, found in kinds.items():
        check(len(found) >= 10, f"noisy: only {len(found)} messages of kind {kind!r}")
    print(f"test_dataset: noisy {len(labels)} messages; " + ", ".join(
        f"{k} {len(v)}" for k, v in kinds.items()))


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: test_dataset.py SOURCE_DIR\n")
        return 2
    source = sys.argv[1]
    gen = os.path.join(source, "bench", "gen-messages")
    data_dir = os.path.join(source, "bench", "data")
    module = load_generator(gen)
    menu = read_menu(os.path.join(data_dir, "menu.csv"))
    labels = read_jsonl(os.path.join(data_dir, "labels.jsonl"))
    with tempfile.TemporaryDirectory() as tmp:
        stats = check_determinism(gen, data_dir, tmp)
        check_noisy(module, gen, source, tmp, labels, menu)
    check_typo(module)
    forms = mention_forms(module)
    for index, label in enumerate(labels):
        check_label(module, menu, forms, index, label)
    check_mix(module, labels, stats)
    check_csv(module, data_dir, labels)
    if failures:
        sys.stderr.write(f"test_dataset: {len(failures)} failures\n")
        return 1
    print("test_dataset: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
