#!/usr/bin/env python3
"""Validate the planted test sets (planted-b, planted-c).

Usage: python3 check_gold.py [set_dir ...]   (default: planted-b planted-c next to this file)

Checks
- corpus/manifest.json lists every .txt file in corpus/ and nothing else; fields well formed;
  file names start with the set letter and a two-digit story number; dates within a story span <= 4 days
- gold.json documents agree with the manifest (file, source, language)
- claim ids unique; claim doc exists; evidence occurs exactly once in its document; 5-25 words
- conflicts / not_conflicts / corroborations refer to known claims; no pair listed twice
- both claims of a conflict (and of a corroboration) are in the same story but in different documents;
  traps are in the same story (they may share a document: a rumour and its debunking, a restatement)
- conflict kind in {denial, numeric, antonym, negation}, level in {must, should}
- boilerplate evidence occurs exactly once in its document
Prints a summary of counts per class (and across-language counts) and exits non-zero on any error.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict

KINDS = {"denial", "numeric", "antonym", "negation"}
LEVELS = {"must", "should"}
NAME_RE = re.compile(r"^([a-z])(\d\d)-[a-z0-9-]+\.txt$")


def story_of(doc):
    return doc.split("-", 1)[0]


def check_set(set_dir):
    errors, warnings = [], []
    err = errors.append
    corpus = os.path.join(set_dir, "corpus")
    letter = os.path.basename(os.path.normpath(set_dir))[-1]

    # ---- manifest ----
    with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    txt_files = sorted(fn for fn in os.listdir(corpus) if fn.endswith(".txt"))
    man_files = [m.get("file") for m in manifest]
    if len(set(man_files)) != len(man_files):
        err("manifest: duplicate file entries")
    for fn in sorted(set(txt_files) - set(man_files)):
        err(f"manifest: {fn} exists in corpus/ but is not listed")
    for fn in sorted(set(man_files) - set(txt_files)):
        err(f"manifest: {fn} listed but missing from corpus/")
    texts, langs, dates, sources = {}, {}, defaultdict(list), {}
    for m in manifest:
        fn = m.get("file", "")
        keys = set(m)
        if keys != {"file", "source", "published", "language"}:
            err(f"manifest: {fn}: keys {sorted(keys)}")
        mt = NAME_RE.match(fn)
        if not mt or mt.group(1) != letter:
            err(f"manifest: bad file name {fn!r} for set {letter}")
        if m.get("language") not in ("ar", "en"):
            err(f"manifest: {fn}: language {m.get('language')!r}")
        try:
            d = datetime.date.fromisoformat(m.get("published", ""))
            dates[story_of(fn)].append(d)
        except ValueError:
            err(f"manifest: {fn}: bad date {m.get('published')!r}")
        if not m.get("source"):
            err(f"manifest: {fn}: empty source")
        doc = fn[:-4]
        langs[doc] = m.get("language")
        sources[doc] = m.get("source")
        if os.path.exists(os.path.join(corpus, fn)):
            with open(os.path.join(corpus, fn), encoding="utf-8") as f:
                texts[doc] = f.read()
    for st, ds in dates.items():
        span = (max(ds) - min(ds)).days
        if span > 4:
            err(f"story {st}: dates span {span} days")
        if len(ds) < 2:
            err(f"story {st}: only {len(ds)} document(s)")
    for doc, t in texts.items():
        n = len(t.split())
        if not (150 <= n <= 350):
            warnings.append(f"{doc}: {n} words (outside 150-350)")

    # ---- gold ----
    with open(os.path.join(set_dir, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    for k in ("about", "documents", "claims", "conflicts", "not_conflicts", "corroborations"):
        if k not in gold:
            err(f"gold: missing key {k}")
    gdocs = {d["file"]: d for d in gold.get("documents", [])}
    if set(gdocs) != set(man_files):
        err(f"gold documents != manifest files: {sorted(set(gdocs) ^ set(man_files))}")
    for fn, d in gdocs.items():
        doc = fn[:-4]
        if d.get("source") != sources.get(doc) or d.get("language") != langs.get(doc):
            err(f"gold document {fn} disagrees with manifest")

    claims = {}
    for c in gold.get("claims", []):
        cid = c.get("id")
        if cid in claims:
            err(f"claim id duplicated: {cid}")
        claims[cid] = c
        if set(c) != {"id", "doc", "evidence", "side"}:
            err(f"claim {cid}: keys {sorted(c)}")
        doc = c.get("doc")
        if doc not in texts:
            err(f"claim {cid}: unknown doc {doc}")
            continue
        ev = c.get("evidence", "")
        n = texts[doc].count(ev)
        if n != 1:
            err(f"claim {cid}: evidence occurs {n} times in {doc}: {ev!r}")
        nw = len(ev.split())
        if not (5 <= nw <= 25):
            err(f"claim {cid}: evidence has {nw} words")
        if not cid.startswith(story_of(doc) + "-"):
            err(f"claim {cid}: id does not start with its story {story_of(doc)}")
        side = c.get("side")
        if side is not None and not (isinstance(side, str) and 1 <= len(side) <= 8):
            err(f"claim {cid}: bad side {side!r}")

    seen_pairs = {}

    def pair_check(section, rel, same_doc_ok):
        a, b = rel.get("a"), rel.get("b")
        for x in (a, b):
            if x not in claims:
                err(f"{section}: unknown claim {x}")
                return None
        if a == b:
            err(f"{section}: claim paired with itself: {a}")
        da, db = claims[a]["doc"], claims[b]["doc"]
        if story_of(da) != story_of(db):
            err(f"{section}: {a} / {b} are in different stories")
        if da == db and not same_doc_ok:
            err(f"{section}: {a} / {b} are in the same document")
        key = frozenset((a, b))
        if key in seen_pairs:
            err(f"{section}: pair {a} / {b} already listed under {seen_pairs[key]}")
        seen_pairs[key] = section
        return langs[da] != langs[db]

    stats = Counter()
    for r in gold.get("conflicts", []):
        if r.get("kind") not in KINDS:
            err(f"conflict {r.get('a')}/{r.get('b')}: kind {r.get('kind')!r}")
        if r.get("level") not in LEVELS:
            err(f"conflict {r.get('a')}/{r.get('b')}: level {r.get('level')!r}")
        if not r.get("why"):
            err(f"conflict {r.get('a')}/{r.get('b')}: no why")
        cross = pair_check("conflicts", r, same_doc_ok=False)
        lvl = r.get("level")
        stats[lvl] += 1
        stats[f"{lvl}:{r.get('kind')}"] += 1
        if cross:
            stats[f"{lvl}:cross-language"] += 1
    for r in gold.get("not_conflicts", []):
        if not str(r.get("why", "")).startswith("trap:"):
            err(f"not_conflict {r.get('a')}/{r.get('b')}: why should start with 'trap:'")
        cross = pair_check("not_conflicts", r, same_doc_ok=True)
        stats["traps"] += 1
        if cross:
            stats["traps:cross-language"] += 1
    for r in gold.get("corroborations", []):
        cross = pair_check("corroborations", r, same_doc_ok=False)
        stats["corroborations"] += 1
        if cross:
            stats["corroborations:cross-language"] += 1
    for bp in gold.get("boilerplate", []):
        doc = bp.get("doc")
        if doc not in texts:
            err(f"boilerplate: unknown doc {doc}")
            continue
        n = texts[doc].count(bp.get("evidence", ""))
        if n != 1 or not bp.get("evidence"):
            err(f"boilerplate in {doc}: evidence occurs {n} times")
        stats["boilerplate"] += 1

    used = {x for k in seen_pairs for x in k}
    for cid in claims:
        if cid not in used:
            warnings.append(f"claim {cid} is not used in any relation")

    stories = sorted(dates)
    lang_count = Counter(langs.values())
    print(f"== {set_dir}")
    print(f"   documents: {len(texts)} ({lang_count['ar']} ar, {lang_count['en']} en) in {len(stories)} stories; "
          f"claims: {len(claims)}")
    keys = ["must", "must:denial", "must:numeric", "must:antonym", "must:negation", "must:cross-language",
            "should", "should:cross-language", "traps", "traps:cross-language",
            "corroborations", "corroborations:cross-language", "boilerplate"]
    print("   " + ", ".join(f"{k}={stats[k]}" for k in keys))
    for w in warnings:
        print("   warning:", w)
    for e in errors:
        print("   ERROR:", e)
    return not errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = sys.argv[1:] or [os.path.join(here, "planted-b"), os.path.join(here, "planted-c")]
    ok = True
    for d in dirs:
        ok = check_set(d) and ok
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
