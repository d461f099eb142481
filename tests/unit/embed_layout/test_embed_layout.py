#!/usr/bin/env python3
"""test_embed_layout: the dependency rules inside embed/ (issue "The model architecture table").

Reads embed/'s sources and checks that:
  - the tokenizer models (bpe, wordpiece) and the shared pieces under them (tokenizer_maps,
    tokenizer_normalize, tokenizer_unicode) include neither the encode pipeline's header
    (tokenizer_impl.h) nor the public tokenizer.h: they depend on the shared pieces only;
  - the shared pieces include no model (bpe.h, wordpiece.h);
  - an architecture id (MODEL_ARCH_BERT, MODEL_ARCH_MODERNBERT, ...) is named only where it is
    declared (model.h), in the architecture table (model_arch.c) and in the architecture's
    own file: model.c, the config reader and the shared operations go through struct
    model_arch and never branch on the architecture;
  - no architecture file includes another's.

Usage: test_embed_layout.py SOURCE_DIR. Exits 0 when every rule held, 1 otherwise (each
violation printed as file: what, and the rule it breaks)."""

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ARCH_ID = re.compile(r"\bMODEL_ARCH_([A-Z0-9]+)\b")
NOT_IDS = {"MAX", "CLASSES_MAX"}  # MODEL_ARCH_<x> names that are limits, not architectures

TOKENIZER_MODELS = ["bpe", "wordpiece"]
TOKENIZER_SHARED = ["tokenizer_maps", "tokenizer_normalize", "tokenizer_unicode"]
PIPELINE_HEADERS = {"embed/tokenizer_impl.h", "embed/tokenizer.h"}
MODEL_HEADERS = {"embed/bpe.h", "embed/wordpiece.h"}
# file -> the architecture ids it may name (None: any)
ARCH_FILES = {"model.h": None, "model_arch.c": None,
              "bert.c": {"BERT"}, "modernbert.c": {"MODERNBERT"}}


def read(root, name):
    with open(os.path.join(root, "embed", name), encoding="utf-8") as f:
        return f.read()


def main():
    if len(sys.argv) != 2:
        print("usage: test_embed_layout.py SOURCE_DIR", file=sys.stderr)
        return 2
    root = sys.argv[1]
    names = sorted(n for n in os.listdir(os.path.join(root, "embed")) if n.endswith((".c", ".h")))
    violations = []
    for name in names:
        text = read(root, name)
        stem = name.rsplit(".", 1)[0]
        includes = set(INCLUDE.findall(text))
        if stem in TOKENIZER_MODELS + TOKENIZER_SHARED:
            for inc in sorted(includes & PIPELINE_HEADERS):
                violations.append(f"embed/{name}: {inc}: the tokenizer models and shared pieces "
                                  "must not depend on the pipeline")
        if stem in TOKENIZER_SHARED:
            for inc in sorted(includes & MODEL_HEADERS):
                violations.append(f"embed/{name}: {inc}: shared pieces include no model")
        ids = {m for m in ARCH_ID.findall(text) if m not in NOT_IDS}
        allowed = ARCH_FILES.get(name, set())
        if allowed is not None:
            for arch in sorted(ids - allowed):
                violations.append(f"embed/{name}: MODEL_ARCH_{arch}: only the architecture table "
                                  "and the architecture's own file name it")
        if name in ("bert.c", "modernbert.c"):
            for other in ("embed/bert.h", "embed/modernbert.h", "embed/bert.c", "embed/modernbert.c"):
                if other in includes:
                    violations.append(f"embed/{name}: {other}: architectures are independent")
    print(f"test_embed_layout: {len(names)} files of embed/ read")
    if violations:
        for v in violations:
            print(f"FAIL {v}")
        return 1
    print("test_embed_layout: every rule held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
