#!/usr/bin/env python3
"""Turn the hand-written labels into the committed, text-free label files.

    python3 commit_labels.py [--dir DIR]

Reads DIR/work-<name>.jsonl (the sample, with texts) and DIR/work-<name>.hand.txt (the labels as
written by the reader, with quoted substrings), checks that every sampled sentence has exactly one
label block and that every quoted substring occurs in its sentence, and writes DIR/<name>.jsonl:
locations, sha1 and labels, with substrings replaced by UTF-8 byte spans relative to the sentence
start.  This script only converts; it makes no labelling decision.

Hand file format: blocks separated by blank lines; "#" lines are comments.
    <id> | <denial>
    denier: <substring>        (optional; "text #n" = the n-th occurrence of text)
    cue: <substring>
    prop: <substring>
    back: yes|no               (points_back; default no)
    ante: <free text>          (antecedent)
    pred: <free text>          (predicate)
    note: <free text>
"""
import argparse
import json
import os
import re
import sys

NAMES = ["ar-dev", "ar-holdout", "en-dev", "en-holdout"]
DENIAL = {"asserted", "both_sides", "mentioned_in_accusation", "hypothetical", "negated_denial",
          "not_denial"}
KEYS = {"denier", "cue", "prop", "back", "ante", "pred", "note"}


def parse_hand(path):
    blocks, cur = {}, None
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                cur = None
                continue
            m = re.fullmatch(r"(\S+) \| (\S+)", line.strip())
            if m and cur is None:
                sid, den = m.groups()
                if den not in DENIAL:
                    sys.exit(f"{path}:{ln}: unknown denial label {den!r}")
                if sid in blocks:
                    sys.exit(f"{path}:{ln}: duplicate block {sid}")
                cur = blocks[sid] = {"denial": den}
                continue
            m = re.fullmatch(r"(\w+):\s?(.*)", line)
            if not m or cur is None or m.group(1) not in KEYS:
                sys.exit(f"{path}:{ln}: cannot parse {line!r}")
            k, v = m.group(1), m.group(2).strip()
            if k in cur:
                sys.exit(f"{path}:{ln}: repeated key {k}")
            cur[k] = v or None
    return blocks


def span(text, spec, sid, key):
    if spec is None:
        return None
    m = re.fullmatch(r"(.*?) #(\d+)", spec)
    sub, nth = (m.group(1), int(m.group(2))) if m else (spec, 1)
    pos = -1
    for _ in range(nth):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            sys.exit(f"{sid}: {key} {spec!r} (occurrence {nth}) not found in the sentence")
    if not m and text.count(sub) > 1:
        print(f"  note {sid}: {key} {sub!r} occurs {text.count(sub)} times; first taken",
              file=sys.stderr)
    s = len(text[:pos].encode("utf-8"))
    return [s, s + len(sub.encode("utf-8"))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    for name in NAMES:
        work = [json.loads(l) for l in open(os.path.join(a.dir, f"work-{name}.jsonl"), encoding="utf-8")]
        hand = parse_hand(os.path.join(a.dir, f"work-{name}.hand.txt"))
        ids = [w["id"] for w in work]
        missing = [i for i in ids if i not in hand]
        extra = [i for i in hand if i not in ids]
        if missing or extra:
            sys.exit(f"{name}: missing labels {missing}, unknown ids {extra}")
        out = []
        for w in work:
            h, t = hand[w["id"]], w["text"]
            back = h.get("back")
            if back not in (None, "yes", "no"):
                sys.exit(f"{w['id']}: back must be yes/no")
            if h.get("cue") is None:
                sys.exit(f"{w['id']}: no cue")
            out.append({
                "source": w["source"], "file": w["file"], "article": w["article"],
                "body_id": w["body_id"], "start": w["start"], "end": w["end"], "sha1": w["sha1"],
                "denial": h["denial"],
                "denier": span(t, h.get("denier"), w["id"], "denier"),
                "cue": span(t, h.get("cue"), w["id"], "cue"),
                "proposition": span(t, h.get("prop"), w["id"], "prop"),
                "points_back": back == "yes",
                "antecedent": h.get("ante"),
                "predicate": h.get("pred"),
                "note": h.get("note"),
            })
        with open(os.path.join(a.dir, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(out)} labelled sentences -> {name}.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main()
