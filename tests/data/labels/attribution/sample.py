#!/usr/bin/env python3
"""Draw the attribution evaluation samples (claim sentences) from UnifiedFC (Arabic) and FNC-1 (English).

Standard library only and deterministic: pools are built in sorted order, then each pool is
shuffled with random.Random(SEED) and read in that order.

    python3 sample.py [--data /work/shared/data] [--out work/] [--screened screened.tsv]

Pools (all sentences surviving the filters below, deduplicated):
  ar-dev      UnifiedFC claims of folds 1-2 (folds.txt)       -> 150 sentences
  ar-holdout  UnifiedFC claims of fold 3                      ->  75
  en-dev      FNC-1 train bodies with an even Body ID         -> 150
  en-holdout  FNC-1 train bodies with an odd Body ID          ->  75

Steps:
  1. split each article / body on "\\n", then each line after sentence-final marks
     (. ! ? ؟ … and runs of them, with a closing quote or bracket that belongs to the
     sentence); not after a decimal point ("1 . 78" in the tokenised Arabic), not after
     English abbreviations / initials, not before a lower-case English word;
  2. keep sentences of 6-80 words (a word = a whitespace token holding a letter or digit);
  3. drop page furniture: a whole line when it carries a furniture marker (copyright,
     subscription, "read also", link lists, URLs, social-media buttons ...), and a
     sentence that is mostly Latin script (Arabic pool), has no Arabic letter (Arabic
     pool), carries a "|" (page-title separator), or is mostly numbers and marks;
  4. deduplicate identical sentence texts (first occurrence in sorted order wins); a text
     that occurs in the dev pool is dropped from the held-out pool of that language;
  5. shuffle each pool with random.Random(SEED) and take sentences in that order, skipping
     those the reader screened out by hand as not being claim sentences (listed with a
     reason in --screened: pool, sha1, reason; no text), until the count is reached.
     Nothing looks at reporting verbs: sentences with and without an attribution are taken
     as they come.

Writes into --out (working files, they hold article text: do not commit):
  {pool}.candidates.jsonl  the first CANDIDATES sentences of the shuffled pool (for screening)
  {pool}.jsonl             the sample: {"n", "source", "file", "article", "body_id", "start",
                           "end", "sha1", "text", "prev2", "prev"} (start/end = UTF-8 byte
                           offsets of the sentence in the article / body string; prev, prev2 =
                           the one and two sentences before it in the same article, unfiltered)
"""
import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re
import sys

SEED = 20241206
COUNTS = {"ar-dev": 150, "ar-holdout": 75, "en-dev": 150, "en-holdout": 75}
CANDIDATES = 400
MIN_WORDS, MAX_WORDS = 6, 80

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ splitting
MARKS = ".!?؟…"
CLOSERS = "\"'”’)»]"
EN_ABBR = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cpl", "maj", "adm",
    "rep", "sen", "gov", "prof", "jr", "sr", "no", "vs", "u.s", "u.n", "u.k", "e.g", "i.e",
    "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
    "oct", "nov", "dec", "a.m", "p.m", "mt", "ft", "pvt", "spc", "sgt", "rev", "ave", "blvd",
    "dept", "est", "fig", "gov", "sen", "d.c", "l.a", "n.y", "u.s.a", "ph.d", "st", "cmdr",
}
EN_STARTERS = {"The", "A", "An", "It", "He", "She", "They", "We", "I", "But", "And", "In", "On",
               "With", "This", "That", "There", "His", "Her", "Their", "Its", "Some", "Many",
               "According", "Officials", "After", "When", "As", "If", "Meanwhile", "However"}
DIGIT = re.compile(r"[0-9٠-٩]")


def _line_ends(line, lang):
    """Character offsets just after each sentence end in one line."""
    ends = []
    i, n = 0, len(line)
    while i < n:
        if line[i] not in MARKS:
            i += 1
            continue
        j = i
        while j < n and (line[j] in MARKS or (lang == "ar" and line[j] == " " and j + 1 < n and line[j + 1] in MARKS)):
            j += 1  # a run of marks (". . ." in the tokenised text)
        k = j
        while k < n and line[k] in CLOSERS:  # English: closing quote glued to the mark
            k += 1
        if k < n and not line[k].isspace():
            i = k  # "3.5", "U.S.A", "J.K." : not an end
            continue
        before = line[:i].rstrip()
        after = line[k:].lstrip()
        if lang == "ar":
            # "1 . 78": a point with a digit token right before and right after
            if line[i:j].strip() == "." and before[-1:] and DIGIT.match(before[-1]) and DIGIT.match(after[:1] or "x"):
                i = k
                continue
            if line[i:j].strip() == "." and after.startswith("نت"):  # الجزيرة . نت
                i = k
                continue
            if line[i:j].strip() == "." and re.search(r"(^|\s)[\u0621-\u064A]$", before):
                i = k  # "د . محمد": a one-letter abbreviation (Dr, Eng, Prof)
                continue
            # a straight closing quote token after the mark belongs to the sentence when
            # the sentence so far has an odd number of quotes
            start = ends[-1] if ends else 0
            if after.startswith('"') and line[start:k].count('"') % 2 == 1:
                k = line.index('"', k) + 1
                after = line[k:].lstrip()
        else:
            m = re.search(r"(\S+)$", line[:i])
            w = m.group(1).lower().lstrip("(\"'“‘") if m else ""
            if line[i] == "." and j == i + 1 and (w in EN_ABBR or re.fullmatch(r"[a-z]", w)):
                # "in the U.S. With more than": a country abbreviation ends a sentence when a
                # capitalised function word follows
                if not (w in ("u.s", "u.k", "u.n") and after.split(" ", 1)[0] in EN_STARTERS):
                    i = k
                    continue
            if after[:1].islower():
                i = k
                continue
        ends.append(k)
        i = k
    return ends


def split_sentences(text, lang):
    """Yield (char_start, char_end, line_no) for each sentence of text (stripped)."""
    pos = 0
    for ln, line in enumerate(text.split("\n")):
        s = 0
        for e in _line_ends(line, lang) + [len(line)]:
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            stripped = seg.strip()
            if stripped:
                a = pos + s + lead
                yield a, a + len(stripped), ln
            s = e
        pos += len(line) + 1


# ------------------------------------------------------------------ filters
WORD = re.compile(r"\w")
AR_LETTER = re.compile(r"[\u0621-\u064A]")
LATIN_TOKEN = re.compile(r"^[A-Za-z][A-Za-z'.-]*$")
FURNITURE_AR = [
    "جميع الحقوق محفوظة", "الحقوق محفوظة", "حقوق النشر", "حقوق الطبع", "©", "اشترك في",
    "النشرة الإخبارية", "النشرة البريدية", "تابعونا", "سياسة الخصوصية", "اتصل بنا", "من نحن",
    "شروط الاستخدام", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "مواضيع ذات صلة",
    "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة", "الاكثر قراءة",
    "الأكثر مشاهدة", "أضف تعليق", "اضف تعليق", "Powered by", "http", "www.", ".com",
    "Facebook", "Twitter", "Google", "WhatsApp", "شارك على", "شارك هذا", "انشر على",
    "للحصول على آخر الأخبار", "تحميل التطبيق", "البريد الإلكتروني *", "كلمة السر",
    "اسم المستخدم", "حجم الخط",
]
FURNITURE_EN = [
    "copyright", "all rights reserved", "©", "click here", "follow us", "sign up",
    "subscribe", "http", "www.", "read more", "related:", "like us on facebook",
    "share this", "newsletter", "advertisement", "privacy policy", "terms of use",
    "follow @", "(@", "getty images", "image caption", "photo credit", "(photo:",
]


def n_words(s):
    return sum(1 for t in s.split() if WORD.search(t))


def furniture_line(line, lang):
    low = line.lower()
    if lang == "ar":
        return any(m.lower() in low for m in FURNITURE_AR)
    return any(m in low for m in FURNITURE_EN)


def furniture_sentence(s, lang):
    toks = s.split()
    if "|" in s:
        return True
    words = [t for t in toks if WORD.search(t)]
    if lang == "ar":
        if not AR_LETTER.search(s):
            return True
        if sum(1 for t in words if LATIN_TOKEN.match(t)) > 0.3 * len(words):
            return True
    alpha = [t for t in toks if re.search(r"[^\W\d_]", t)]
    if len(alpha) < 0.6 * len(toks):
        return True  # mostly numbers, dates and marks
    return False


def sha1(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def sentences_of(text, lang, base):
    """Sentences of one article/body, filtered, with byte offsets and the unfiltered context."""
    lines = text.split("\n")
    out = []
    allsent = list(split_sentences(text, lang))
    for idx, (a, b, ln) in enumerate(allsent):
        s = text[a:b]
        prev = text[allsent[idx - 1][0]:allsent[idx - 1][1]] if idx >= 1 else None
        prev2 = text[allsent[idx - 2][0]:allsent[idx - 2][1]] if idx >= 2 else None
        if not (MIN_WORDS <= n_words(s) <= MAX_WORDS):
            continue
        if furniture_line(lines[ln], lang) or furniture_sentence(s, lang):
            continue
        rec = dict(base)
        rec.update(
            start=len(text[:a].encode("utf-8")),
            end=len(text[:b].encode("utf-8")),
            sha1=sha1(s), text=s, prev2=prev2, prev=prev,
        )
        out.append(rec)
    return out


# ------------------------------------------------------------------ pools
def read_folds(path):
    folds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if ":" not in line:
                continue
            name, ids = line.split(":", 1)
            folds[name.strip()] = ids.split()
    return folds


def arabic_pools(data):
    folds = read_folds(os.path.join(data, "unifiedfc", "folds.txt"))
    fold_of = {i: name for name, ids in folds.items() for i in ids}
    pools = {"ar-dev": [], "ar-holdout": []}
    for path in sorted(glob.glob(os.path.join(data, "unifiedfc", "claims", "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        fold = fold_of.get(d["id"])
        if fold in ("Fold_1", "Fold_2"):
            pool = "ar-dev"
        elif fold == "Fold_3":
            pool = "ar-holdout"
        else:
            continue
        for ai, art in enumerate(d["article"]):
            base = {"source": "unifiedfc", "file": os.path.basename(path), "article": ai, "body_id": None}
            pools[pool].extend(sentences_of(art, "ar", base))
    return pools


def english_pools(data):
    pools = {"en-dev": [], "en-holdout": []}
    csv.field_size_limit(sys.maxsize)
    with open(os.path.join(data, "fnc1", "train_bodies.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows.sort(key=lambda r: int(r["Body ID"]))
    for r in rows:
        bid = int(r["Body ID"])
        pool = "en-dev" if bid % 2 == 0 else "en-holdout"
        base = {"source": "fnc1", "file": None, "article": None, "body_id": bid}
        pools[pool].extend(sentences_of(r["articleBody"], "en", base))
    return pools


def dedup(pools, dev, held):
    seen = set()
    for name in (dev, held):
        keep = []
        local = set()
        for rec in pools[name]:
            if rec["text"] in local or (name == held and rec["text"] in seen):
                continue
            local.add(rec["text"])
            keep.append(rec)
        pools[name] = keep
        if name == dev:
            seen = local


def read_screened(path):
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                pool, h, reason = line.rstrip("\n").split("\t", 2)
                out.setdefault(pool, {})[h] = reason
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(HERE, "work"))
    ap.add_argument("--screened", default=os.path.join(HERE, "screened.tsv"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    pools = arabic_pools(args.data)
    pools.update(english_pools(args.data))
    dedup(pools, "ar-dev", "ar-holdout")
    dedup(pools, "en-dev", "en-holdout")
    screened = read_screened(args.screened)
    for name, count in COUNTS.items():
        cands = pools[name]
        order = list(range(len(cands)))
        random.Random(SEED).shuffle(order)
        shuffled = [cands[i] for i in order]
        with open(os.path.join(args.out, name + ".candidates.jsonl"), "w", encoding="utf-8") as f:
            for n, rec in enumerate(shuffled[:CANDIDATES]):
                f.write(json.dumps(dict(rank=n, **rec), ensure_ascii=False) + "\n")
        rej = screened.get(name, {})
        sample, read = [], 0
        for rec in shuffled:
            if len(sample) == count:
                break
            read += 1
            if rec["sha1"] in rej:
                continue
            sample.append(rec)
        with open(os.path.join(args.out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for n, rec in enumerate(sample):
                f.write(json.dumps(dict(n=n, **rec), ensure_ascii=False) + "\n")
        print(f"{name}: pool {len(cands)}, read {read}, screened out {read - len(sample)}, sample {len(sample)}")


if __name__ == "__main__":
    main()
