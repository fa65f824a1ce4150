#!/usr/bin/env python3
"""Sample candidate-denial sentences from real news for hand labelling.

Standard library only, seeded and deterministic.

    python3 sample.py [--data /work/shared/data] [--out DIR]

Writes DIR/work-{ar-dev,ar-holdout,en-dev,en-holdout}.jsonl: one sampled sentence a line, with its
text, the two sentences before it in the article (for reading), its location (file + article index,
or FNC-1 Body ID) and its UTF-8 byte offsets in the article / body string.  These work files hold
article text and are NOT to be committed; the committed label files (ar-dev.jsonl ...) hold offsets
and a sha1 only.

Sentence splitting (per article / body string):
  * split on "\n";
  * then split after a sentence-final mark: "." followed by a space, "؟", "?", "!", "۔" (Arabic full
    stop).  Two guards: a dot between digits in the tokenised Arabic ("1 . 78" is one number) is not
    a boundary, and in English a dot after a common abbreviation or a single capital initial
    ("Mr. ", "U.S. ", "J. ") is not a boundary;
  * strip surrounding white space; keep sentences of 5-80 white-space separated words (punctuation
    tokens of the tokenised Arabic count as words).
Offsets: `start`/`end` are byte offsets into `article.encode("utf-8")` (FNC-1: the body string), so
that `article.encode()[start:end].decode() == text`.
"""
import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys

SEED = 20240611
SIZES = {"ar-dev": 120, "ar-holdout": 60, "en-dev": 50, "en-holdout": 25}
MIN_WORDS, MAX_WORDS = 5, 80

# ---------------------------------------------------------------- splitting

END_MARKS = "؟?!۔"
EN_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
    "sgt", "capt", "cpl", "adm", "maj", "rev", "hon", "inc", "corp", "co", "ltd", "vs", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.g", "i.e", "d.c", "st", "mt", "ft", "approx", "est",
}


def _boundaries(line, english):
    """Character indices (exclusive ends) at which `line` is split into sentences."""
    cuts = []
    n = len(line)
    for i, ch in enumerate(line):
        if ch in END_MARKS:
            cuts.append(i + 1)
        elif ch == "." and i + 1 < n and line[i + 1] == " ":
            # tokenised number "1 . 78": previous and next non-space characters are digits
            j = i - 1
            while j >= 0 and line[j] == " ":
                j -= 1
            k = i + 1
            while k < n and line[k] == " ":
                k += 1
            if j >= 0 and k < n and line[j].isdigit() and line[k].isdigit():
                continue
            if english:
                m = re.search(r"([A-Za-z.]+)$", line[: i])
                word = m.group(1).lower() if m else ""
                if word in EN_ABBREV or re.fullmatch(r"[a-z]", word) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                    continue
            cuts.append(i + 1)
    return cuts


def split_sentences(doc, english=False):
    """Yield (char_start, char_end, byte_start, byte_end, text) for every stripped segment of doc
    (all segments, whatever their length)."""
    pos = 0          # char offset of the current line
    bpos = 0         # byte offset of the current line
    for line in doc.split("\n"):
        prev = 0
        cuts = _boundaries(line, english) + [len(line)]
        for c in cuts:
            seg = line[prev:c]
            lstrip = len(seg) - len(seg.lstrip())
            text = seg.strip()
            if text:
                cs = prev + lstrip
                ce = cs + len(text)
                bs = bpos + len(line[:cs].encode("utf-8"))
                be = bs + len(text.encode("utf-8"))
                yield cs + pos, ce + pos, bs, be, text
            prev = c
        pos += len(line) + 1
        bpos += len(line.encode("utf-8")) + 1


# ---------------------------------------------------------------- cues

_AR_DIACRITICS = re.compile("[\u064B-\u0652\u0670\u0640]")


def ar_norm(s):
    s = _AR_DIACRITICS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ى", "ي")


PV = r"(?:و|ف)?(?:ب|ل|ك|س)?(?:ال)?"                         # conjunction / preposition / article
IMP = r"(?:ي|ت|ن|ا)?"                                         # imperfect prefix or hamza
SUF = (r"(?:ه|ها|هم|هما|هن|ك|كم|نا|ي|ا|ان|ين|ون|وا|ن|ت|تا|تم|ات|ة|تان|تين)?"
       r"(?:ه|ها|هم|هما|هن|ك|كم|نا)?")                       # inflection + object pronoun

AR_TOKEN_CUES = [
    ("نفى", PV + IMP + r"نف(?:ي|ت|و|ا)" + SUF),
    ("نافيا", PV + r"نافي" + SUF),
    ("أنكر", PV + IMP + r"نكر" + SUF),
    ("إنكار", PV + r"(?:انكار|نكران)" + SUF),
    ("كذب", PV + IMP + r"كذب" + SUF),
    ("تكذيب", PV + r"تكذيب" + SUF),
    ("كاذب", PV + r"(?:كاذب|اكاذيب)" + SUF),
    ("دحض", PV + IMP + r"دحض" + SUF),
    ("فند", PV + IMP + r"فند" + SUF),
    ("تفنيد", PV + r"تفنيد" + SUF),
    ("شائعة", PV + r"(?:شائع|اشاع)(?:ة|ات)" + SUF),
    ("مزاعم", PV + r"مزاعم" + SUF),
    ("ادعاءات", PV + r"ادعاءات" + SUF),
    ("مفبرك", PV + r"(?:مفبرك|فبرك|ملفق|تلفيق|لفق)" + SUF),
    ("زائف", PV + r"(?:زائف|مزيف|تزييف)" + SUF),
    ("مضلل", PV + r"مضلل" + SUF),
]
# waste, influence, precious, "effendi", the name Balfaqih, "aforementioned" (آنفا), "info…"
AR_TOKEN_EXCLUDE = re.compile(r"نفاي|نفوذ|نفيس|افندي|لفقيه|^(?:و|ف)?انفا$|انفو")
AR_PHRASE_CUES = [
    ("لا صحة", r"لا ?صح(?:ة|ه)"),
    ("عار عن الصحة", r"عار(?:ي|ية|يه)? (?:تماما |كليا |جملة وتفصيلا )?(?:عن|من) الصح"),
    ("غير صحيح", r"غير صحيح"),
    ("عدم صحة", r"عدم صح"),
    ("ليس صحيحا", r"ليس(?:ت)? (?:ب)?صحيح"),
    ("لا أساس", r"لا اساس"),
    ("ليس له أساس", r"ليس (?:له|لها) (?:اي )?اساس"),
]
AR_RAFD = re.compile(PV + IMP + r"رفض" + SUF)
AR_PUNCT = "\"'«»“”‘’.,،;؛:!?؟()[]{}-–—…/\\*"


def arabic_cues(text):
    norm = ar_norm(text)
    toks = [t.strip(AR_PUNCT) for t in norm.split()]
    found = []
    for name, pat in AR_TOKEN_CUES:
        rx = re.compile(pat)
        if any(rx.fullmatch(t) and not AR_TOKEN_EXCLUDE.search(t) for t in toks):
            found.append(name)
    joined = " ".join(t for t in toks if t)
    for name, pat in AR_PHRASE_CUES:
        if re.search(r"(?:^| )(?:و|ف)?" + pat, joined):
            found.append(name)
    if any(AR_RAFD.fullmatch(t) for t in toks) and any("اتهام" in t for t in toks):
        found.append("رفض…اتهامات")
    return found


EN_CUES = [
    ("deny", r"\bden(?:y|ies|ied|ying|ial|ials)\b"),
    ("dismissed", r"\bdismiss(?:ed|es|ing)?\b"),
    ("false", r"\bfalse(?:ly|hoods?)?\b"),
    ("untrue", r"\buntrue\b"),
    ("no truth", r"\bno truth\b"),
    ("baseless", r"\bbaseless\b"),
    ("hoax", r"\bhoax(?:es|ed|er|ers)?\b"),
    ("fake", r"\bfake[sd]?\b"),
    ("fabricated", r"\bfabricat\w*"),
    ("refuted", r"\brefut\w*"),
    ("not true", r"\bnot true\b"),
    ("debunked", r"\bdebunk\w*"),
    ("unfounded", r"\bunfounded\b"),
]
EN_REJECT = re.compile(r"\breject(?:s|ed|ing)?\b", re.I)
EN_REJECT_OBJ = re.compile(r"\b(?:claims?|reports?|allegations?|accusations?|rumou?rs?|suggestions?|"
                           r"stor(?:y|ies)|assertions?)\b", re.I)


def english_cues(text):
    found = [name for name, pat in EN_CUES if re.search(pat, text, re.I)]
    if EN_REJECT.search(text) and EN_REJECT_OBJ.search(text):
        found.append("rejected…claims")
    return found


# ---------------------------------------------------------------- pools

def candidates(doc, english):
    segs = list(split_sentences(doc, english))
    out = []
    for i, (cs, ce, bs, be, text) in enumerate(segs):
        if not (MIN_WORDS <= len(text.split()) <= MAX_WORDS):
            continue
        cues = english_cues(text) if english else arabic_cues(text)
        if cues:
            # context for the reader: the two nearest earlier segments of 3+ words
            prev = [s[4] for s in segs[:i] if len(s[4].split()) >= 3][-2:]
            out.append(dict(start=bs, end=be, text=text, cues=cues, prev=prev))
    return out


def read_folds(path):
    folds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if ":" in line:
                k, v = line.split(":", 1)
                folds[k.strip()] = v.split()
    return folds


def dedup(items, seen):
    out = []
    for it in items:
        if it["text"] in seen:
            continue
        seen.add(it["text"])
        out.append(it)
    return out


def arabic_pool(data, ids):
    items = []
    for cid in sorted(ids, key=lambda x: (x.split("-")[0], int(x.split("-")[1]))):
        fname = cid + ".json"
        path = os.path.join(data, "unifiedfc", "claims", fname)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        for ai, art in enumerate(d["article"]):
            for c in candidates(art, english=False):
                c.update(source="unifiedfc", file=fname, article=ai, body_id=None)
                items.append(c)
    return items


def english_pool(data, parity):
    items = []
    with open(os.path.join(data, "fnc1", "train_bodies.csv"), encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["Body ID"]))
    for r in rows:
        bid = int(r["Body ID"])
        if bid % 2 != parity:
            continue
        for c in candidates(r["articleBody"], english=True):
            c.update(source="fnc1", file=None, article=None, body_id=bid)
            items.append(c)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()

    folds = read_folds(os.path.join(a.data, "unifiedfc", "folds.txt"))
    pools = {}
    # held-out pools drop any sentence text that also occurs in the matching dev pool (the same
    # article is often retrieved for claims of different folds)
    seen = set()
    pools["ar-dev"] = dedup(arabic_pool(a.data, folds["Fold_1"] + folds["Fold_2"]), seen)
    pools["ar-holdout"] = dedup(arabic_pool(a.data, folds["Fold_3"]), seen)
    seen = set()
    pools["en-dev"] = dedup(english_pool(a.data, 0), seen)
    pools["en-holdout"] = dedup(english_pool(a.data, 1), seen)

    for name, items in pools.items():
        rng = random.Random(f"{SEED}:{name}")
        k = SIZES[name]
        chosen = rng.sample(range(len(items)), k)
        chosen.sort()                              # pool order: file, article, offset
        path = os.path.join(a.out, f"work-{name}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for n, idx in enumerate(chosen):
                it = items[idx]
                rec = dict(id=f"{name}-{n + 1:03d}", source=it["source"], file=it["file"],
                           article=it["article"], body_id=it["body_id"], start=it["start"],
                           end=it["end"], sha1=hashlib.sha1(it["text"].encode("utf-8")).hexdigest(),
                           cues=it["cues"], prev=it["prev"], text=it["text"])
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{name}: pool {len(items)} candidate sentences, sampled {k} -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
