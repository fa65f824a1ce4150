#!/usr/bin/env python3
"""Show a committed attribution label file with its sentences, read from the data.

    python3 materialise.py ar-dev.jsonl [more.jsonl ...] [--data /work/shared/data] [--brackets]

For each line of a committed file ({"source", "file", "article", "body_id", "start", "end", "sha1",
"attribution", "note"}), cuts the sentence out of the article (UnifiedFC: claims/FILE, article[i])
or the body (FNC-1: train_bodies.csv, Body ID) by its UTF-8 byte offsets, checks its sha1, and
prints it with each attribution's speaker, cue and content (spans are UTF-8 byte offsets relative
to the sentence start).  With --brackets the sentence is also printed with the spans marked
[SP …] {CUE …} <CT …>.  Exits non-zero if any sha1 or span does not check.
Standard library only.
"""
import argparse
import csv
import hashlib
import json
import os
import sys


def load_sources(data):
    cache = {}
    bodies = None

    def get(rec):
        nonlocal bodies
        if rec["source"] == "unifiedfc":
            f = rec["file"]
            if f not in cache:
                with open(os.path.join(data, "unifiedfc", "claims", f), encoding="utf-8") as fh:
                    cache[f] = json.load(fh)
            return cache[f]["article"][rec["article"]]
        if rec["source"] == "fnc1":
            if bodies is None:
                csv.field_size_limit(sys.maxsize)
                with open(os.path.join(data, "fnc1", "train_bodies.csv"), encoding="utf-8", newline="") as fh:
                    bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
            return bodies[rec["body_id"]]
        raise ValueError("unknown source " + str(rec["source"]))

    return get


def cut(b, span):
    if span is None:
        return None
    return b[span[0]:span[1]].decode("utf-8")


def brackets(b, attrs):
    marks = []
    for i, a in enumerate(attrs, 1):
        for key, o, c in (("speaker", "[SP%d " % i, "]"), ("cue", "{CUE%d " % i, "}"), ("content", "<CT%d " % i, ">")):
            if a.get(key):
                marks.append((a[key][0], 1, o))
                marks.append((a[key][1], 0, c))
    out, pos = [], 0
    for p, _, m in sorted(marks):
        out.append(b[pos:p].decode("utf-8", "replace"))
        out.append(m)
        pos = p
    out.append(b[pos:].decode("utf-8", "replace"))
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--brackets", action="store_true")
    args = ap.parse_args()
    get = load_sources(args.data)
    bad = 0
    for path in args.files:
        print("=" * 20, path)
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                rec = json.loads(line)
                where = rec["file"] + ":%d" % rec["article"] if rec["source"] == "unifiedfc" else "body %d" % rec["body_id"]
                b = get(rec).encode("utf-8")[rec["start"]:rec["end"]]
                ok = hashlib.sha1(b).hexdigest() == rec["sha1"]
                print(f"[{n}] {rec['source']} {where} bytes {rec['start']}-{rec['end']}" + ("" if ok else "  SHA1 MISMATCH"))
                if not ok:
                    bad += 1
                    continue
                print("  " + b.decode("utf-8"))
                attrs = rec["attribution"]
                if attrs == "none":
                    print("  -> none")
                else:
                    for i, a in enumerate(attrs, 1):
                        for key in ("speaker", "cue", "content"):
                            s = a.get(key)
                            if s is not None and not (0 <= s[0] < s[1] <= len(b)):
                                print(f"  !! {key} span {s} outside the sentence")
                                bad += 1
                        try:
                            sp, cue, ct = cut(b, a["speaker"]), cut(b, a["cue"]), cut(b, a["content"])
                        except UnicodeDecodeError:
                            print("  !! a span does not fall on character boundaries")
                            bad += 1
                            continue
                        print(f"  -> {i} {a['kind']}{' carried' if a['carried'] else ''}")
                        print(f"     speaker: {sp if sp is not None else '∅'}"
                              + (f"   (before: {a['speaker_before']})" if a.get("speaker_before") else ""))
                        print(f"     cue:     {cue if cue is not None else '∅'}")
                        print(f"     content: {ct}")
                    if args.brackets:
                        print("  " + brackets(b, attrs))
                if rec.get("note"):
                    print(f"  note: {rec['note']}")
    print(f"{'OK' if not bad else 'FAILED'}: {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
