#!/usr/bin/env python3
"""Draw the two hand-labelling samples (figures, states) for the reading evaluation.

Standard library only, deterministic: SEED below, pools built in sorted order.

    python3 sample.py [--data /work/shared/data] [--out work/]

Writes, into --out, one JSONL file per sample with the sentence texts (working copies,
not for committing): figures-{ar-dev,ar-holdout,en-dev,en-holdout}.jsonl and
states-{...}.jsonl, each line {"n", "source", "file", "article", "body_id", "start",
"end", "sha1", "text", "prev"} where start/end are UTF-8 byte offsets of the sentence
in the article string and prev is the sentence before it in the same article (context
for the reader).
"""
import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re

SEED = 20240611
COUNTS = {
    "figures": {"ar-dev": 100, "ar-holdout": 50, "en-dev": 40, "en-holdout": 20},
    "states": {"ar-dev": 80, "ar-holdout": 40, "en-dev": 30, "en-holdout": 15},
}
MIN_WORDS, MAX_WORDS = 5, 80

# ---------------------------------------------------------------- splitting
# unifiedfc is tokenised: a mark is its own token ("... الحصيلة .") and a decimal is
# "1 . 78", so a "." between two digits is not an end.  FNC-1 is plain English text.
AR_END = re.compile(r"(?<![0-9٠-٩] )([.!?؟]+|\.\.\.|…)(?=\s|$)")
EN_END = re.compile(r"([.!?]+[\"'”’)]*)(?=\s+|$)")
EN_ABBR = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cpl", "maj",
           "rep", "sen", "gov", "prof", "jr", "sr", "no", "vs", "u.s", "u.n", "u.k", "e.g",
           "i.e", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "aug", "sept",
           "sep", "oct", "nov", "dec", "a.m", "p.m", "fig", "st", "mt", "ft", "approx"}


def _ends_ar(line):
    """Character offsets just after each sentence end in a tokenised Arabic line."""
    ends = []
    for m in AR_END.finditer(line):
        # "1 . 78": a point with a digit token right before and right after is a decimal
        if m.group(1) == "." and re.search(r"[0-9٠-٩] $", line[:m.start()]) and re.match(r" [0-9٠-٩]", line[m.end():]):
            continue
        ends.append(m.end())
    return ends


def _ends_en(line):
    ends = []
    for m in EN_END.finditer(line):
        word = re.search(r"(\S+)$", line[:m.start()])
        w = word.group(1).lower().strip("(\"'“‘") if word else ""
        if m.group(1).startswith(".") and (w in EN_ABBR or re.fullmatch(r"[a-z]", w)):
            continue
        nxt = line[m.end():].lstrip()
        if nxt and nxt[0].islower():
            continue
        ends.append(m.end())
    return ends


def split_sentences(text, lang):
    """Yield (char_start, char_end, sentence) for each sentence of text."""
    pos = 0
    for line in text.split("\n"):
        ends = _ends_ar(line) if lang == "ar" else _ends_en(line)
        s = 0
        for e in ends + [len(line)]:
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            seg_s = stripped = seg.strip()
            if stripped:
                a = pos + s + lead
                yield a, a + len(stripped), seg_s
            s = e
        pos += len(line) + 1


def byte_offsets(text, a, b):
    pre = len(text[:a].encode("utf-8"))
    return pre, pre + len(text[a:b].encode("utf-8"))


ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def mostly_arabic(s):
    a, l = len(ARABIC_LETTER.findall(s)), len(LATIN_LETTER.findall(s))
    return a >= 10 and a >= 4 * l


# ---------------------------------------------------------------- cues
DIGIT = re.compile(r"[0-9٠-٩]")
AR_CLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?")
AR_NUM_WORDS = set("""
واحد واحدة اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثلاث ثلاثة أربع أربعة اربع اربعة خمس خمسة ست ستة
سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة
عشرون عشرين ثلاثون ثلاثين أربعون أربعين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين
تسعون تسعين مئة مائة مئتان مئتين مائتان مائتين مئات مئات ألف الف ألفا ألفان ألفين الفين آلاف الاف
مليون مليونا ملايين مليار مليارات عشرات بضعة بضع نحو
ثلاثمئة ثلاثمائة أربعمئة أربعمائة خمسمئة خمسمائة ستمئة ستمائة سبعمئة سبعمائة ثمانمئة ثمانمائة تسعمئة تسعمائة
""".split())
AR_NUM_PHRASES = ["أحد عشر", "إحدى عشرة", "احد عشر", "احدى عشرة"]
EN_NUM = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                    r"eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores of)\b", re.I)


def ar_tokens(s):
    for t in s.split():
        yield t, AR_CLITICS.sub("", t) if len(t) > 3 else t


def has_number(s, lang):
    if DIGIT.search(s):
        return True
    if lang == "en":
        return bool(EN_NUM.search(s))
    if any(p in s for p in AR_NUM_PHRASES):
        return True
    for t, bare in ar_tokens(s):
        if t in AR_NUM_WORDS or bare in AR_NUM_WORDS:
            return True
    return False


# States: Arabic stems matched at the start of a token after stripping و/ف, ب/ل/ك, ال;
# exact forms for short, ambiguous words; phrases as substrings.
AR_STATE_STEMS = """
قتل قتيل مقتل مصرع حتف وفاة توفي توفى مات موت ميت جثة جثث استشهد شهيد شهداء
أصيب اصيب إصابة اصابة إصابات اصابات مصاب جرح جريح جرحى جروح نجا نجاة سالم سليم
اعتقل معتقل اعتقال محتجز احتجز احتجاز أسير اسير أسرى اسرى مسجون سجن أوقف توقيف موقوف
أفرج افرج إفراج افراج سراح اختطف مختطف خطف مخطوف رهينة رهائن مفقود
سيطر يسيطر تسيطر سيطرة استعاد يستعيد استعادة استولى حرر تحرير انسحب ينسحب انسحاب طرد
مغلق أغلق اغلق إغلاق اغلاق مفتوح فتح افتتح
استقال استقالة وصل وصول يصل غادر مغادرة حاصر محاصر حصار
""".split()
AR_STATE_PREFIX = re.compile("|".join(re.escape(st) for st in AR_STATE_STEMS if len(st) >= 3))
AR_STATE_EXACT = set("حي حيا حية أحياء احياء بخير بصحة صحته صحتها".split())
AR_STATE_PHRASES = ["على قيد الحياة", "لقي حتفه", "لقوا حتفهم", "بصحة جيدة", "لا يزال", "ما زال", "ما يزال"]
EN_STATE = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|dies|alive|alive and well|unhurt|unharmed|"
                      r"injur(?:ed|ies|y)|wound(?:ed|s)?|hurt|survived?|safe|in good health|"
                      r"arrest(?:ed|s)?|detain(?:ed|ee|ees)?|detention|held|hostages?|captive|captivity|"
                      r"kidnapp?(?:ed|ing)|abduct(?:ed|ion)|released?|freed|free|missing|"
                      r"control(?:s|led)?|seized?|captured?|recaptured?|withdr(?:ew|awn|awal)|"
                      r"closed?|clos(?:ure|ing)|reopen(?:ed|s)?|open(?:ed)?|resign(?:ed|s|ation)?|"
                      r"arrived?|execut(?:ed|ion)|beheaded)\b", re.I)


def has_state_cue(s, lang):
    if lang == "en":
        return bool(EN_STATE.search(s))
    if any(p in s for p in AR_STATE_PHRASES):
        return True
    for t, bare in ar_tokens(s):
        for w in (t, bare, re.sub(r"^(?:و|ف)", "", t)):
            if w in AR_STATE_EXACT or AR_STATE_PREFIX.match(w):
                return True
    return False


# ---------------------------------------------------------------- pools
def load_folds(path):
    folds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if ":" not in line:
                continue
            name, ids = line.split(":", 1)
            for i in ids.split():
                folds[i] = int(name.strip().split("_")[1])
    return folds


def sha1(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def arabic_sentences(data):
    folds = load_folds(os.path.join(data, "unifiedfc", "folds.txt"))
    files = sorted(glob.glob(os.path.join(data, "unifiedfc", "claims", "*.json")),
                   key=lambda p: (folds.get(os.path.basename(p)[:-5], 9), os.path.basename(p)))
    for p in files:
        fid = os.path.basename(p)[:-5]
        if folds.get(fid) not in (1, 2, 3):
            continue
        split = "dev" if folds[fid] in (1, 2) else "holdout"
        with open(p, encoding="utf-8") as f:
            d = json.load(f)
        for ai, art in enumerate(d["article"]):
            prev = None
            for a, b, s in split_sentences(art, "ar"):
                bs, be = byte_offsets(art, a, b)
                yield split, {"source": "unifiedfc", "file": os.path.basename(p), "article": ai,
                              "body_id": None, "start": bs, "end": be, "text": s, "prev": prev}
                prev = s


def english_sentences(data):
    csv.field_size_limit(10 ** 9)
    with open(os.path.join(data, "fnc1", "train_bodies.csv"), encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["Body ID"]))
    for r in rows:
        bid, body = int(r["Body ID"]), r["articleBody"]
        split = "dev" if bid % 2 == 0 else "holdout"
        prev = None
        for a, b, s in split_sentences(body, "en"):
            bs, be = byte_offsets(body, a, b)
            yield split, {"source": "fnc1", "file": None, "article": None, "body_id": bid,
                          "start": bs, "end": be, "text": s, "prev": prev}
            prev = s


def build_pools(data):
    pools = {}
    for lang, gen in (("ar", arabic_sentences(data)), ("en", english_sentences(data))):
        seen = set()  # dev comes first, so a held-out sentence never repeats a dev one
        for split, rec in gen:
            s = rec["text"]
            n = len(s.split())
            if not (MIN_WORDS <= n <= MAX_WORDS):
                continue
            if lang == "ar" and not mostly_arabic(s):
                continue
            if s in seen:
                continue
            seen.add(s)
            rec["sha1"] = sha1(s)
            key = f"{lang}-{split}"
            if has_number(s, lang):
                pools.setdefault(("figures", key), []).append(rec)
            if has_state_cue(s, lang):
                pools.setdefault(("states", key), []).append(rec)
    return pools


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(here, "work"))
    args = ap.parse_args()
    pools = build_pools(args.data)
    rng = random.Random(SEED)
    os.makedirs(args.out, exist_ok=True)
    for kind in ("figures", "states"):
        for key, n in COUNTS[kind].items():
            pool = pools[(kind, key)]
            drawn = rng.sample(pool, n)
            with open(os.path.join(args.out, f"{kind}-{key}.jsonl"), "w", encoding="utf-8") as f:
                for i, rec in enumerate(drawn):
                    f.write(json.dumps(dict(n=i, **rec), ensure_ascii=False) + "\n")
            print(f"{kind}-{key}: pool {len(pool)}, drawn {n}")


if __name__ == "__main__":
    main()
