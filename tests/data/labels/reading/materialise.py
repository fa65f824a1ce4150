#!/usr/bin/env python3
"""Print the sentences of a committed label file with their labels, read back from the data.

    python3 materialise.py FILE.jsonl [FILE.jsonl ...] [--data /work/shared/data] [--check]

The committed files hold no article text: each line names its source (unifiedfc claim file
and article index, or FNC-1 Body ID), the UTF-8 byte offsets of the sentence in that article,
the sentence's sha1, and labels whose substring fields are [start, end] byte offsets relative
to the sentence.  This script cuts the sentence out of the data, checks the sha1 and every
offset, and prints each sentence with its labels (substring fields shown as text).
With --check it prints only a summary and exits non-zero on any mismatch.
Standard library only.
"""
import argparse
import csv
import hashlib
import json
import os
import sys

SUBSTRING_FIELDS = ("span", "counted", "bound_cue", "place", "holder", "cue")


class Data:
    def __init__(self, root):
        self.root = root
        self._claims = {}
        self._bodies = None

    def article(self, rec):
        if rec["source"] == "unifiedfc":
            f = rec["file"]
            if f not in self._claims:
                with open(os.path.join(self.root, "unifiedfc", "claims", f), encoding="utf-8") as fh:
                    self._claims[f] = json.load(fh)["article"]
            return self._claims[f][rec["article"]]
        if self._bodies is None:
            csv.field_size_limit(10 ** 9)
            with open(os.path.join(self.root, "fnc1", "train_bodies.csv"), encoding="utf-8", newline="") as fh:
                self._bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}
        return self._bodies[rec["body_id"]]


def cut(b, se):
    s, e = se
    if not (0 <= s < e <= len(b)):
        raise ValueError(f"offsets {se} outside the sentence ({len(b)} bytes)")
    return b[s:e].decode("utf-8")  # raises if not on character boundaries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = Data(args.data)
    bad = 0
    for path in args.files:
        n_sent = n_items = 0
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                rec = json.loads(line)
                n_sent += 1
                art = data.article(rec).encode("utf-8")
                sent_b = art[rec["start"]:rec["end"]]
                sent = sent_b.decode("utf-8")
                if hashlib.sha1(sent_b).hexdigest() != rec["sha1"]:
                    print(f"{path}:{ln}: SHA1 MISMATCH", file=sys.stderr)
                    bad += 1
                    continue
                where = (f"{rec['file']} article {rec['article']}" if rec["source"] == "unifiedfc"
                         else f"FNC-1 body {rec['body_id']}")
                if not args.check:
                    print(f"=== {os.path.basename(path)} #{ln - 1}  [{where}, bytes {rec['start']}-{rec['end']}]")
                    print(sent)
                    if rec.get("none"):
                        print("   (none)")
                for it in rec["items"]:
                    n_items += 1
                    shown = {}
                    for k, v in it.items():
                        if k in SUBSTRING_FIELDS and v is not None:
                            try:
                                shown[k] = cut(sent_b, v)
                            except Exception as ex:  # noqa: BLE001
                                print(f"{path}:{ln}: bad {k} {v}: {ex}", file=sys.stderr)
                                bad += 1
                                shown[k] = "?"
                        elif v is not None or k in ("value", "counted", "place", "holder", "bound_cue"):
                            shown[k] = "null" if v is None else v
                    if not args.check:
                        print("   - " + " | ".join(f"{k}={v}" for k, v in shown.items()))
        print(f"{path}: {n_sent} sentences, {n_items} items, sha1 and offsets checked", file=sys.stderr if not args.check else sys.stdout)
    if bad:
        print(f"{bad} problems", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
