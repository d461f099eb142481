#!/usr/bin/env python3
"""Writes the reference fixtures brigade's tokenizers and model code are tested against.

Run by hand from the repository root (never at test time):

    python3 tests/reference/make_fixtures.py

Needs: tokenizers, transformers (5.x), torch, safetensors, numpy. Everything is seeded, so a
rerun with the same library versions writes byte-identical files. See README.md beside this
file for the layout of tests/fixtures/.
"""

import collections
import csv
import json
import os
import random
import shutil
import sys

import numpy as np
import torch
from tokenizers import AddedToken, Tokenizer, decoders, models, normalizers, pre_tokenizers
from tokenizers import processors, trainers

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
GOLDEN = os.path.join(FIXTURES, "golden")

BPE_VOCAB_SIZE = 2000
WORDPIECE_VOCAB_SIZE = 1500
HIDDEN = 64
MAX_POSITIONS = 512
TRUNCATE_SHORT = 64  # the second truncation length stored in texts golden
# Model goldens run on ids truncated to this many tokens (specials included): long enough to
# span many local-attention windows, short enough to keep the fixtures small.
GOLDEN_MODEL_MAX_TOKENS = 192
SEED = 20240601

# Restaurant messages written for training the tiny tokenizers (with the menu).
MESSAGES = [
    "Hi, can I get two Classic Beef Burgers and a large fries please?",
    "I'd like 1 Green Garden Vegan Burger, no onions, extra pickles.",
    "Do you have anything gluten-free for kids?",
    "Are the sweet potato fries vegan?",
    "3x Crispy Chicken Burger, 2 Onion Rings and a Mango Smoothie",
    "Can I order the quinoa power bowl without kale? Thanks!",
    "What time do you close on Sundays?",
    "Is the halloumi burger vegetarian or does it contain animal rennet?",
    "One cheddar cheeseburger, medium, with bacon on the side.",
    "Please cancel my last order, I ordered by mistake.",
    "We're a group of 8 - can we book a table for tonight at 7pm?",
    "How much is delivery to 42 Baker Street?",
    "Two vanilla oat milkshakes and one chocolate milkshake, please.",
    "I'm allergic to nuts; does the carrot cake have walnuts?",
    "Add a side salad and a sparkling water to order #1234.",
    "Your fries were cold yesterday :( can I get a refund?",
    "Can I get the tofu teriyaki bowl with extra sesame & no broccoli?",
    "Bonjour, je voudrais un burger végétarien et des frites.",
    "Hola, quiero dos hamburguesas con queso y una limonada.",
    "Ich hätte gern einen Veggie-Burger mit Süßkartoffelpommes.",
    "我想要一个素食汉堡和一杯柠檬水。",
    "ベジタリアンバーガーを二つください。",
    "Kids mini burger x2 + kids chicken nuggets x1 :) 🍔🍟",
    "do u do halal??? need 4 burgers asap!!!",
    "Can you make the black bean chipotle burger vegan? no mayo",
    "Is cold brew coffee decaf? what about the iced green tea",
    "Order for pickup at 12:30 — 2 falafel wraps, 1 buffalo cauliflower wrap",
    "Thanks, the apple crumble was amazing!!",
    "The mac and cheese bites are too spicy for my son.",
    "Could I swap the brioche bun for a lettuce wrap?",
    "I want 10 classic fries and 10 cold brews for the office.",
    "Can I pay with card on delivery? My email is jo@example.com",
    "Call me back on +44 20 7946 0958 about the catering order.",
    "What's in the house burger sauce?",
    "Do you use separate fryers for the vegan items?",
    "Grilled halloumi burger, truffle fries and a fresh lemonade.",
    "Is the Mediterranean chickpea salad dairy free without the feta?",
    "Can I get a strawberry banana smoothie with almond milk instead?",
    "Spicy jackfruit burger — how spicy is it, 1 to 10?",
    "Order: 1x Kale Caesar Salad (no anchovies), 1x Iced Green Tea",
]

# The golden texts: every tokenizer and model fixture is computed on these, in this order.
LONG_ORDER = (
    "Hello GreenBite! For our team lunch today we would like to order three Classic Beef "
    "Burgers with extra cheese, two Green Garden Vegan Burgers without onions, one Crispy "
    "Chicken Burger with honey mustard on the side, four portions of sweet potato fries, two "
    "onion rings, a quinoa power bowl with no kale, three fresh lemonades and two iced green "
    "teas. We will pick everything up at half past twelve; please call if anything is missing."
)
GOLDEN_TEXTS = [
    "2 classic beef burgers",
    "one vegan burger please",
    "Can I get a cheddar cheeseburger and fries?",
    "Do you have gluten-free buns?",
    "What are your opening hours on Sunday?",
    "Is the halloumi burger vegetarian?",
    "Cancel order #4521",
    "I'd like 3x Mango Smoothie, 2 Onion Rings and a Vegan Chocolate Brownie.",
    "We're 8 people; can you do 12 burgers by 7:30pm? It's urgent!!!",
    LONG_ORDER,
    "The fries were cold and the burger was overcooked. I want a refund. " * 3,
    "Crème brûlée, jalapeños, café au lait — naïve façade",
    "cafe\u0301 and jalapen\u0303os (combining marks)",
    "🍔🍟🥤 x2 please 👍🏽",
    "我想要一个素食汉堡和一杯柠檬水",
    "ベジタリアンバーガーを二つください",
    "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３ and ligature ﬁsh",
    "",
    " ",
    "   ",
    "two  spaces   three    four     five",
    "tabs\tand\t\tnewlines\n\nmixed \t \n here",
    "   leading and trailing spaces   ",
    "\n\nnewline first",
    "!!!???...,,,;;;:::---",
    "Price: $10.50 + £4.25 = €14.75 (approx.)",
    "Call 020 7946 0958 or 555-0199, order 1234567890",
    "Order 3.14159 burgers at 12:00 on 2024-06-01",
    "don't won't I'm we'll they've she'd it's",
    "ALL CAPS ORDER: TWO BURGERS NOW",
    "mIxEd CaSe VeGaN bUrGeR",
    "email me at jo.smith@example.com or visit https://greenbite.example/menu?x=1",
    "|||IP_ADDRESS||| and |||EMAIL_ADDRESS||| are masked",
    "[CLS] literal special tokens [SEP] in the text [MASK] [UNK] [PAD]",
    "a [MASK] token with space before",
    "<|endoftext|> <|padding|>",
    "supercalifragilisticexpialidocious-antidisestablishmentarianism",
    "x" * 120,
    "zero\u200bwidth\u00a0nbsp\u2003emspace",
    "control\u0007bell\u0000nul\u001funit",
    "Ελληνικά και Русский текст",
    "العربية עברית हिन्दी",
    "\u3000ideographic\u3000space",
    "under_score snake_case CamelCase",
    " ".join(["burger"] * 40),
    ("I would like to order the following items for delivery to my office please: "
     + ", ".join(f"{i} portions of item number {i}" for i in range(1, 60))),
]


PROSE = [
    "Our kitchen opens at eleven in the morning and closes at ten in the evening, every day "
    "of the week except public holidays, when we close early at eight.",
    "All of our patties are cooked to order on a flat-top grill; vegan items are prepared on "
    "separate surfaces with dedicated utensils to avoid cross-contamination.",
    "Delivery is free within three miles for orders over twenty pounds; otherwise a small "
    "delivery charge applies depending on the distance and the time of day.",
    "Customers with allergies should tell the staff before ordering: sesame, gluten, dairy, "
    "eggs, mustard, celery, soya and sulphites are used in our kitchen.",
    "Gift cards can be bought at the counter or online and are valid for twelve months.",
    "We welcome feedback, compliments and complaints by message, email or telephone.",
    "Catering packages for offices, birthdays and weddings include burgers, wraps, salads, "
    "sides, desserts and soft drinks, delivered hot with plates and napkins.",
    "Payment by cash, debit card, credit card, contactless phone or voucher is accepted.",
    "Bonjour ! Nous proposons des burgers végétariens, des frites maison et des boissons.",
    "Wir haben täglich geöffnet und liefern auch am Wochenende, bitte rechtzeitig bestellen.",
    "¿Tienen opciones sin gluten? Me gustaría pedir una ensalada y un batido de mango.",
    "Obrigado pelo pedido, a entrega chegará em trinta minutos.",
    "今日は営業していますか？ハンバーガーとポテトをお願いします。",
    "请问你们几点关门？我要两个汉堡和一份薯条，谢谢。",
    "Здравствуйте, я хочу заказать два бургера и лимонад.",
    "Numbers like 1, 2, 3, 10, 12, 15, 20, 25, 30, 45, 50, 99, 100 and 2024 appear in orders.",
]
GREETINGS = ["Hi", "Hello", "Hey", "Good evening", "Morning", "Hiya", "Yo", "Dear team"]
ASKS = ["can I get", "I'd like", "please send", "I want", "could we order", "add",
        "we need", "give me", "I'll have", "one more thing:"]
MODS = ["no onions", "extra cheese", "without mayo", "gluten free bun", "well done",
        "sauce on the side", "extra spicy", "no pickles", "large", "small", "with bacon",
        "vegan cheese", "add avocado", "no salt", "double patty", "lettuce wrap"]
QUESTIONS = ["Is the {} vegan?", "How much is the {}?", "Does the {} contain nuts?",
             "What comes with the {}?", "Is the {} gluten-free?", "Can the {} be made vegan?",
             "How big is the {}?", "Do you still have the {} today?"]
NUMBERS = ["1", "2", "3", "4", "5", "6", "10", "12", "one", "two", "three", "four", "a", "an"]


def synthetic_messages(names, count):
    # Deterministic order-like messages so the tiny vocabularies reach their target size.
    rng = random.Random(SEED)
    out = []
    for _ in range(count):
        if rng.random() < 0.3:
            out.append(rng.choice(QUESTIONS).format(rng.choice(names).lower()))
            continue
        items = []
        for _ in range(rng.randint(1, 4)):
            item = f"{rng.choice(NUMBERS)} {rng.choice(names)}"
            if rng.random() < 0.4:
                item += f" ({rng.choice(MODS)})"
            items.append(item)
        out.append(f"{rng.choice(GREETINGS)}, {rng.choice(ASKS)} " + ", ".join(items) +
                   rng.choice([".", "!", "?", " thanks", " pls", " :)", ""]))
    return out


def training_corpus():
    texts = list(MESSAGES) + list(PROSE)
    names = []
    with open(os.path.join(ROOT, "bench", "data", "menu.csv"), newline="") as f:
        for row in csv.DictReader(f):
            names.append(row["name"])
            texts += [row["name"], row["description"], f"{row['name']} {row['price']}"]
    texts += synthetic_messages(names, 3000)
    # The message generator's output, when it exists, widens the vocabulary; not required.
    messages_csv = os.path.join(ROOT, "bench", "data", "messages.csv")
    if os.path.exists(messages_csv) and os.environ.get("FIXTURES_USE_MESSAGES") == "1":
        with open(messages_csv, newline="") as f:
            for row in csv.DictReader(f):
                if row.get("text"):
                    texts.append(row["text"])
    return texts


def whitespace_run_tokens():
    # GPT-NeoX/OLMo, and so ModernBERT, add runs of 2..24 spaces as plain added tokens,
    # longest first, matched on the normalised text before the byte-level pre-tokenizer.
    return [" " * n for n in range(24, 1, -1)]


def build_bpe(corpus):
    tok = Tokenizer(models.BPE(unk_token=None, fuse_unk=False, byte_fallback=False))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True,
                                                 use_regex=True)
    tok.decoder = decoders.ByteLevel(add_prefix_space=True, trim_offsets=True, use_regex=True)
    trainer = trainers.BpeTrainer(
        vocab_size=BPE_VOCAB_SIZE - 40, min_frequency=1, show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        special_tokens=[AddedToken("|||IP_ADDRESS|||", special=False, normalized=True),
                        AddedToken("<|padding|>", special=True, normalized=False)])
    tok.train_from_iterator(corpus, trainer=trainer)
    tok.add_tokens([AddedToken(s, normalized=True, special=False)
                    for s in whitespace_run_tokens()])
    tok.add_tokens([AddedToken("|||EMAIL_ADDRESS|||", normalized=True, special=False),
                    AddedToken("|||PHONE_NUMBER|||", normalized=True, special=False)])
    tok.add_special_tokens([AddedToken("<|endoftext|>", normalized=False, special=True)])
    tok.add_special_tokens([
        AddedToken("[UNK]", normalized=False, special=True),
        AddedToken("[CLS]", normalized=False, special=True),
        AddedToken("[SEP]", normalized=False, special=True),
        AddedToken("[PAD]", normalized=False, special=True),
        AddedToken("[MASK]", normalized=False, special=True, lstrip=True),
    ])
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    return tok


def bert_normalizer():
    return normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True,
                                      strip_accents=None, lowercase=True)


WORDPIECE_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDPIECE_PIECE_CHARS_MAX = 8


def wordpiece_vocab(corpus):
    """A deterministic WordPiece vocabulary: specials, every character seen (alone and as a
    "##" continuation), then word starts and "##" word ends ranked by corpus frequency.
    (tokenizers' WordPieceTrainer picks a different vocabulary on each run: hash-map order
    breaks its ties.)"""
    norm, pre = bert_normalizer(), pre_tokenizers.BertPreTokenizer()
    words = collections.Counter()
    for text in corpus:
        for word, _ in pre.pre_tokenize_str(norm.normalize_str(text)):
            words[word] += 1
    chars = sorted({c for w in words for c in w})
    pieces = collections.Counter()
    for word, n in words.items():
        for k in range(2, min(len(word), WORDPIECE_PIECE_CHARS_MAX) + 1):
            pieces[word[:k]] += n
            pieces["##" + word[-k:]] += n
    vocab = WORDPIECE_SPECIALS + chars + ["##" + c for c in chars]
    seen = set(vocab)
    for piece, _ in sorted(pieces.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(vocab) >= WORDPIECE_VOCAB_SIZE:
            break
        if piece not in seen:
            seen.add(piece)
            vocab.append(piece)
    return {piece: i for i, piece in enumerate(vocab)}


def build_wordpiece(corpus):
    tok = Tokenizer(models.WordPiece(vocab=wordpiece_vocab(corpus), unk_token="[UNK]",
                                     continuing_subword_prefix="##",
                                     max_input_chars_per_word=100))
    tok.add_special_tokens(WORDPIECE_SPECIALS)
    tok.normalizer = bert_normalizer()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece(prefix="##")
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS]:0 $A:0 [SEP]:0", pair="[CLS]:0 $A:0 [SEP]:0 $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    return tok


def encode_ids(tok, text, max_length=None):
    tok.no_truncation()
    if max_length is not None:
        tok.enable_truncation(max_length=max_length)
    ids = tok.encode(text).ids
    tok.no_truncation()
    return ids


def write_json(path, obj, indent=None):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent, sort_keys=False)
        f.write("\n")


def sentence_transformers_files(out_dir, pooling):
    write_json(os.path.join(out_dir, "modules.json"), [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling",
         "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize",
         "type": "sentence_transformers.models.Normalize"},
    ], indent=2)
    write_json(os.path.join(out_dir, "sentence_bert_config.json"),
               {"max_seq_length": MAX_POSITIONS, "do_lower_case": False}, indent=2)
    os.makedirs(os.path.join(out_dir, "1_Pooling"), exist_ok=True)
    write_json(os.path.join(out_dir, "1_Pooling", "config.json"), {
        "word_embedding_dimension": HIDDEN,
        "pooling_mode_cls_token": pooling == "cls",
        "pooling_mode_mean_tokens": pooling == "mean",
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False,
        "include_prompt": True,
    }, indent=2)
    os.makedirs(os.path.join(out_dir, "2_Normalize"), exist_ok=True)


def tokenizer_files(out_dir, tok, kind):
    tok.save(os.path.join(out_dir, "tokenizer.json"))
    specials = {"cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]",
                "mask_token": "[MASK]", "unk_token": "[UNK]"}
    config = dict(specials, model_max_length=MAX_POSITIONS,
                  tokenizer_class="PreTrainedTokenizerFast", clean_up_tokenization_spaces=True)
    if kind == "wordpiece":
        config["do_lower_case"] = True
    write_json(os.path.join(out_dir, "tokenizer_config.json"), config, indent=2)
    write_json(os.path.join(out_dir, "special_tokens_map.json"), specials, indent=2)


def perturb_norms(model, gen):
    # Fresh LayerNorm weights are all 1 (biases 0): a loader that drops or swaps them would
    # still match. Random values make every tensor matter to the golden outputs.
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "norm" in name.lower() and name.endswith("weight"):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=gen))
            elif name.endswith("bias"):
                p.copy_(0.05 * torch.randn(p.shape, generator=gen))


def make_modernbert(tok):
    from transformers import ModernBertConfig, ModernBertModel
    vocab = tok.get_vocab_size(with_added_tokens=True)
    config = ModernBertConfig(
        vocab_size=((vocab + 63) // 64) * 64, hidden_size=HIDDEN, num_hidden_layers=6,
        num_attention_heads=4, intermediate_size=96, global_attn_every_n_layers=3,
        local_attention=16, global_rope_theta=160000.0, local_rope_theta=10000.0,
        max_position_embeddings=MAX_POSITIONS, norm_bias=False, norm_eps=1e-5,
        hidden_activation="gelu", initializer_range=0.1,
        pad_token_id=tok.token_to_id("[PAD]"), cls_token_id=tok.token_to_id("[CLS]"),
        sep_token_id=tok.token_to_id("[SEP]"), bos_token_id=tok.token_to_id("[CLS]"),
        eos_token_id=tok.token_to_id("[SEP]"), attn_implementation="eager")
    torch.manual_seed(SEED)
    model = ModernBertModel(config).eval()
    perturb_norms(model, torch.Generator().manual_seed(SEED + 1))
    return model


def make_bert(tok):
    from transformers import BertConfig, BertModel
    config = BertConfig(
        vocab_size=tok.get_vocab_size(with_added_tokens=True), hidden_size=HIDDEN,
        num_hidden_layers=2, num_attention_heads=4, intermediate_size=128,
        max_position_embeddings=MAX_POSITIONS, type_vocab_size=2, hidden_act="gelu",
        layer_norm_eps=1e-12, initializer_range=0.1, pad_token_id=tok.token_to_id("[PAD]"),
        attn_implementation="eager")
    torch.manual_seed(SEED + 2)
    model = BertModel(config).eval()
    perturb_norms(model, torch.Generator().manual_seed(SEED + 3))
    return model


def add_legacy_config_keys(out_dir, extra):
    # transformers 5 writes layer_types/rope_parameters; checkpoints on the Hub (e.g.
    # gte-modernbert-base) carry the older flat keys. Both are written so loaders see both.
    path = os.path.join(out_dir, "config.json")
    with open(path) as f:
        config = json.load(f)
    config.update(extra)
    write_json(path, config, indent=2)


def save_model(model, tok, name, dtype, pooling, legacy):
    out_dir = os.path.join(FIXTURES, name)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    copy = type(model)(model.config).eval()
    copy.load_state_dict(model.state_dict())
    copy.to(dtype).save_pretrained(out_dir, safe_serialization=True)
    add_legacy_config_keys(out_dir, legacy)
    tokenizer_files(out_dir, tok, "bpe" if pooling == "cls" else "wordpiece")
    sentence_transformers_files(out_dir, pooling)
    return out_dir


def run_reference(model_cls, out_dir, tok, pooling):
    """Loads the saved directory as float32 and runs every golden text alone (batch of 1,
    no padding), eager attention."""
    model = model_cls.from_pretrained(out_dir, dtype=torch.float32,
                                      attn_implementation="eager").eval()
    entries, hidden_all, pooled_all, offset = [], [], [], 0
    for index, text in enumerate(GOLDEN_TEXTS):
        ids = encode_ids(tok, text, GOLDEN_MODEL_MAX_TOKENS)
        with torch.no_grad():
            input_ids = torch.tensor([ids], dtype=torch.long)
            hidden = model(input_ids=input_ids).last_hidden_state[0].float().numpy()
        vec = hidden[0] if pooling == "cls" else hidden.mean(axis=0)
        vec = vec / max(np.linalg.norm(vec), 1e-12)
        entries.append({"index": index, "ids": ids, "offset": offset, "n_tokens": len(ids)})
        offset += len(ids)
        hidden_all.append(hidden.astype("<f4"))
        pooled_all.append(vec.astype("<f4"))
    return entries, np.concatenate(hidden_all), np.stack(pooled_all)


def write_model_golden(name, model_cls, tok, pooling, note, with_hidden):
    """with_hidden=False (the F16 checkpoints) stores only pooled vectors: they already
    depend on every weight, and the per-token states of the F32 twin cover the graph."""
    out_dir = os.path.join(FIXTURES, name)
    entries, hidden, pooled = run_reference(model_cls, out_dir, tok, pooling)
    hidden_file = f"{name}.hidden.f32" if with_hidden else None
    if with_hidden:
        hidden.tofile(os.path.join(GOLDEN, hidden_file))
    pooled.tofile(os.path.join(GOLDEN, f"{name}.pooled.f32"))
    write_json(os.path.join(GOLDEN, f"{name}.json"), {
        "model_dir": name, "hidden": HIDDEN, "pooling": pooling, "normalize": True,
        "max_tokens": GOLDEN_MODEL_MAX_TOKENS, "n_texts": len(entries),
        "total_tokens": int(hidden.shape[0]),
        "hidden_file": hidden_file, "pooled_file": f"{name}.pooled.f32",
        "dtype": "float32 little-endian, row-major", "reference": note, "texts": entries,
    })


def write_texts_golden(bpe, wp):
    entries = []
    for index, text in enumerate(GOLDEN_TEXTS):
        entries.append({
            "index": index, "text": text, "utf8_len": len(text.encode("utf-8")),
            "bpe_ids": encode_ids(bpe, text), "bpe_ids_max64": encode_ids(bpe, text, TRUNCATE_SHORT),
            "bpe_tokens": bpe.encode(text).tokens,
            "wordpiece_ids": encode_ids(wp, text),
            "wordpiece_ids_max64": encode_ids(wp, text, TRUNCATE_SHORT),
            "wordpiece_tokens": wp.encode(text).tokens,
        })
    write_json(os.path.join(GOLDEN, "texts.json"), {
        "bpe_tokenizer": "bpe-tokenizer.json", "wordpiece_tokenizer": "wordpiece-tokenizer.json",
        "truncate_short": TRUNCATE_SHORT, "texts": entries}, indent=1)


def main():
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    from transformers import BertModel, ModernBertModel
    shutil.rmtree(GOLDEN, ignore_errors=True)
    os.makedirs(GOLDEN)
    corpus = training_corpus()
    bpe, wp = build_bpe(corpus), build_wordpiece(corpus)
    bpe.save(os.path.join(FIXTURES, "bpe-tokenizer.json"))
    wp.save(os.path.join(FIXTURES, "wordpiece-tokenizer.json"))
    write_texts_golden(bpe, wp)

    mb = make_modernbert(bpe)
    legacy_mb = {"global_attn_every_n_layers": 3, "local_attention": 16,
                 "global_rope_theta": 160000.0, "local_rope_theta": 10000.0}
    f16_note = ("transformers on the F16 checkpoint loaded with dtype=float32: F16 weights "
                "upcast exactly to float32, all math in float32, eager attention")
    f32_note = "transformers on the F32 checkpoint, float32 math, eager attention"
    save_model(mb, bpe, "modernbert-tiny", torch.float32, "cls", legacy_mb)
    save_model(mb, bpe, "modernbert-tiny-f16", torch.float16, "cls", legacy_mb)
    write_model_golden("modernbert-tiny", ModernBertModel, bpe, "cls", f32_note, True)
    write_model_golden("modernbert-tiny-f16", ModernBertModel, bpe, "cls", f16_note, False)

    bert = make_bert(wp)
    save_model(bert, wp, "bert-tiny", torch.float32, "mean", {})
    save_model(bert, wp, "bert-tiny-f16", torch.float16, "mean", {})
    write_model_golden("bert-tiny", BertModel, wp, "mean", f32_note, True)
    write_model_golden("bert-tiny-f16", BertModel, wp, "mean", f16_note, False)
    print("fixtures written to", FIXTURES, file=sys.stderr)


if __name__ == "__main__":
    main()
