#!/usr/bin/env python3
"""Show committed denial labels against the data they point into.

    python3 materialise.py ar-dev.jsonl [en-dev.jsonl ...] [--data /work/shared/data] [--quiet]

For every line of a committed label file, cut the sentence out of the article (unifiedfc:
claims/<file>, article index; fnc1: train_bodies.csv, Body ID) by its UTF-8 byte offsets, check its
sha1, and print it with its labelled spans (denier, cue, proposition; byte spans relative to the
sentence start).  Exits with status 1 if any sentence is missing, fails its sha1, or has a span
outside it or not on character boundaries.  Standard library only.
"""
import argparse
import collections
import csv
import hashlib
import json
import os
import sys

SPANS = [("denier", "D"), ("cue", "C"), ("proposition", "P")]


class Data:
    def __init__(self, root):
        self.root = root
        self._claims = {}
        self._bodies = None

    def doc(self, rec):
        if rec["source"] == "unifiedfc":
            f = rec["file"]
            if f not in self._claims:
                with open(os.path.join(self.root, "unifiedfc", "claims", f), encoding="utf-8") as fh:
                    self._claims[f] = json.load(fh)["article"]
            return self._claims[f][rec["article"]]
        if rec["source"] == "fnc1":
            if self._bodies is None:
                with open(os.path.join(self.root, "fnc1", "train_bodies.csv"), encoding="utf-8",
                          newline="") as fh:
                    self._bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
            return self._bodies[rec["body_id"]]
        raise ValueError(f"unknown source {rec['source']!r}")


def inline(b, rec):
    """The sentence with [[X: ...]] markers around the labelled spans (X = D, C, P)."""
    marks = []
    for key, tag in SPANS:
        if rec[key]:
            s, e = rec[key]
            marks.append((s, 1, f"[[{tag}: "))
            marks.append((e, 0, "]]"))
    out, pos = [], 0
    for at, _, m in sorted(marks):
        out.append(b[pos:at].decode("utf-8"))
        out.append(m)
        pos = at
    out.append(b[pos:].decode("utf-8"))
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--quiet", action="store_true", help="only check and count")
    a = ap.parse_args()
    data = Data(a.data)
    bad = 0
    for path in a.files:
        counts = collections.Counter()
        with open(path, encoding="utf-8") as fh:
            recs = [json.loads(l) for l in fh if l.strip()]
        for n, rec in enumerate(recs, 1):
            where = (f"{rec['file']} article {rec['article']}" if rec["source"] == "unifiedfc"
                     else f"FNC-1 body {rec['body_id']}")
            try:
                b = data.doc(rec).encode("utf-8")[rec["start"]:rec["end"]]
                text = b.decode("utf-8")
            except (KeyError, IndexError, OSError, UnicodeDecodeError) as exc:
                print(f"ERROR {path}:{n} {where}: cannot cut the sentence ({exc})")
                bad += 1
                continue
            if hashlib.sha1(b).hexdigest() != rec["sha1"]:
                print(f"ERROR {path}:{n} {where} [{rec['start']}:{rec['end']}]: sha1 mismatch")
                bad += 1
                continue
            parts = {}
            for key, _ in SPANS:
                if rec[key] is None:
                    continue
                s, e = rec[key]
                try:
                    if not 0 <= s < e <= len(b):
                        raise ValueError
                    parts[key] = b[s:e].decode("utf-8")
                except (ValueError, UnicodeDecodeError):
                    print(f"ERROR {path}:{n} {where}: bad {key} span {rec[key]}")
                    bad += 1
            counts[rec["denial"]] += 1
            if a.quiet:
                continue
            print(f"--- {os.path.basename(path)} #{n}  {where}  bytes {rec['start']}-{rec['end']}")
            print(f"    {text}")
            print(f"    {inline(b, rec)}")
            print(f"    denial: {rec['denial']}   points_back: {rec['points_back']}   "
                  f"predicate: {rec['predicate']}")
            for key, _ in SPANS:
                if key in parts:
                    print(f"    {key}: «{parts[key]}»")
            if rec["antecedent"]:
                print(f"    antecedent: {rec['antecedent']}")
            if rec["note"]:
                print(f"    note: {rec['note']}")
        summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda x: -x[1]))
        print(f"=== {path}: {len(recs)} lines; {summary}")
    if bad:
        print(f"{bad} problem(s)")
        sys.exit(1)
    print("all sentences found, sha1 and spans checked")


if __name__ == "__main__":
    main()
