#!/usr/bin/env python3
"""Helper: turn hand-written labels (work/*.lab, substrings written out) into byte offsets.

Writes work/NAME.labelled.jsonl (with texts, for reading) and the committed NAME.jsonl
(offsets only, no article text) beside this script.

It only locates substrings the reader wrote; every label value comes from the .lab file.
Format of a .lab file:
    ## N            sentence N of the matching work/*.jsonl sample
    -               (figures) no number in the sentence  /  none (states)
    field=value | field=value | ...     one item per line
A substring value may end in @K to take its K-th occurrence (1-based).  Without @K:
figures' span takes the next unused occurrence of that text, counted/place/holder the
occurrence nearest the span, bound_cue the nearest one before it; states' cue the first
occurrence (next unused), holder the nearest to the cue.
"""
import json, re, sys, os, hashlib

FIG_KEYS = {"span": "span", "v": "value", "k": "kind", "vg": "vague", "iso": "iso", "c": "counted",
            "r": "role", "b": "bound", "bc": "bound_cue", "u": "update", "ev": "event", "pl": "place",
            "h": "holder", "note": "note"}
ST_KEYS = {"h": "holder", "hb": "holder_before", "s": "state", "so": "state_other", "c": "cue",
           "p": "polarity", "es": "event_or_state", "note": "note"}
KINDS = {"count", "date", "time", "age", "money", "percent", "measure", "rank_or_ordinal", "identifier", "other"}
ROLES = {"killed", "wounded", "dead_or_wounded", "arrested", "detained_held", "released", "displaced_refugees",
         "missing", "troops_fighters", "attacks_strikes_raids", "vehicles_aircraft_weapons", "buildings_sites",
         "people_other", "other"}
BOUNDS = {"exact", "about", "at_least", "at_most", "more_than", "less_than", "range", "up_to"}
STATES = {"dead", "alive_well", "wounded", "unhurt", "critical", "detained", "free", "controls", "lost_control",
          "open", "closed", "arrived", "absent", "in_office", "resigned", "other"}
POL = {"asserted", "negated", "denied", "hypothetical", "reported_rumour"}
WORDCH = re.compile(r"\w")


def occurrences(text, sub):
    """Char offsets of sub in text, whole-token matches first (then any)."""
    allo = [m.start() for m in re.finditer(re.escape(sub), text)]
    def whole(i):
        a = i == 0 or not WORDCH.match(text[i - 1]) or not WORDCH.match(sub[0])
        j = i + len(sub)
        b = j == len(text) or not WORDCH.match(text[j]) or not WORDCH.match(sub[-1])
        return a and b
    w = [i for i in allo if whole(i)]
    return w if w else allo


def parse_sub(v):
    m = re.match(r"^(.*)@(\d+)$", v)
    return (m.group(1), int(m.group(2))) if m else (v, None)


def locate(text, v, used=None, near=None, before=False, ctx=""):
    sub, k = parse_sub(v)
    if sub == "":
        raise ValueError(f"{ctx}: empty substring")
    occ = [m.start() for m in re.finditer(re.escape(sub), text)] if k else occurrences(text, sub)
    if not occ:
        raise ValueError(f"{ctx}: substring not in sentence: {sub!r}")
    if k:
        i = occ[k - 1]
    elif used is not None:
        # first occurrence not overlapping a span already assigned in this sentence
        taken = used.setdefault("__ranges__", [])
        free = [o for o in occ if not any(o < b and a < o + len(sub) for a, b in taken)]
        if not free:
            raise ValueError(f"{ctx}: no free occurrence of {sub!r}")
        i = free[0]
    elif near is not None:
        cand = [o for o in occ if o < near] if before and any(o < near for o in occ) else occ
        i = min(cand, key=lambda o: abs(o - near))
    else:
        i = occ[0]
    if used is not None:
        used.setdefault("__ranges__", []).append((i, i + len(sub)))
    return i, i + len(sub)


def to_bytes(text, a, b):
    p = len(text[:a].encode()); return [p, p + len(text[a:b].encode())]


def parse_lab(path):
    blocks, cur = {}, None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("## "):
            cur = int(line[3:].split()[0]); blocks[cur] = []; continue
        blocks[cur].append((ln, line.strip()))
    return blocks


def fields(line, keys, ctx):
    out = {}
    for part in line.split(" | "):
        if "=" not in part:
            raise ValueError(f"{ctx}: no '=' in {part!r}")
        k, v = part.split("=", 1)
        k = k.strip()
        if k not in keys:
            raise ValueError(f"{ctx}: unknown key {k!r}")
        out[keys[k]] = v.strip()
    return out


def num(v):
    if v in ("null", "None", ""): return None
    f = float(v); return int(f) if f == int(f) else f


def convert(kind, sample, lab):
    recs = [json.loads(l) for l in open(sample, encoding="utf-8")]
    blocks = parse_lab(lab)
    missing = [r["n"] for r in recs if r["n"] not in blocks]
    if missing:
        raise ValueError(f"{lab}: sentences not labelled: {missing}")
    out = []
    for r in recs:
        t = r["text"]; items = []; used = {}; none = False
        for ln, line in blocks[r["n"]]:
            ctx = f"{lab}:{ln} (## {r['n']})"
            if line in ("-", "none"):
                none = True; continue
            if kind == "figures":
                f = fields(line, FIG_KEYS, ctx)
                a, b = locate(t, f["span"], used=used, ctx=ctx)
                it = {"span": to_bytes(t, a, b), "span_text": t[a:b], "value": num(f.get("value", "null")), "kind": f["kind"]}
                if it["kind"] not in KINDS: raise ValueError(f"{ctx}: kind {it['kind']}")
                if "vague" in f: it["vague"] = f["vague"]
                if "iso" in f: it["iso"] = f["iso"]
                if it["kind"] == "count":
                    for key in ("counted", "place", "holder"):
                        v = f.get(key)
                        if v and v != "null":
                            x, y = locate(t, v, near=a, ctx=ctx); it[key] = to_bytes(t, x, y); it[key + "_text"] = t[x:y]
                        else:
                            it[key] = None
                    it["role"] = f.get("role", "other")
                    if it["role"] not in ROLES: raise ValueError(f"{ctx}: role {it['role']}")
                    it["bound"] = f.get("bound", "exact")
                    if it["bound"] not in BOUNDS: raise ValueError(f"{ctx}: bound {it['bound']}")
                    v = f.get("bound_cue")
                    if v and v != "null":
                        x, y = locate(t, v, near=a, before=True, ctx=ctx); it["bound_cue"] = to_bytes(t, x, y); it["bound_cue_text"] = t[x:y]
                    else:
                        it["bound_cue"] = None
                    it["update"] = f.get("update", "0") in ("1", "true")
                    it["event"] = f.get("event") if f.get("event") not in (None, "null") else None
                else:
                    for key in ("counted", "role", "bound", "bound_cue", "event", "place", "holder"):
                        if key in f: raise ValueError(f"{ctx}: {key} on a non-count")
                if "note" in f: it["note"] = f["note"]
            else:
                f = fields(line, ST_KEYS, ctx)
                a, b = locate(t, f["cue"], used=used, ctx=ctx)
                it = {}
                h = f.get("holder")
                if h and h != "null":
                    x, y = locate(t, h, near=a, ctx=ctx); it["holder"] = to_bytes(t, x, y); it["holder_text"] = t[x:y]
                    it["holder_before"] = None
                else:
                    it["holder"] = None; it["holder_before"] = f.get("holder_before")
                it["state"] = f["state"]
                if it["state"] not in STATES: raise ValueError(f"{ctx}: state {it['state']}")
                it["state_other"] = f.get("state_other") if it["state"] == "other" else None
                it["cue"] = to_bytes(t, a, b); it["cue_text"] = t[a:b]
                it["polarity"] = f.get("polarity", "asserted")
                if it["polarity"] not in POL: raise ValueError(f"{ctx}: polarity {it['polarity']}")
                it["event_or_state"] = f["event_or_state"]
                if it["event_or_state"] not in ("event", "state"): raise ValueError(f"{ctx}: es")
                if "note" in f: it["note"] = f["note"]
            items.append(it)
        if none and items:
            raise ValueError(f"{lab} ## {r['n']}: both none and items")
        if not none and not items:
            raise ValueError(f"{lab} ## {r['n']}: no label")
        out.append((r, items, none))
    return out


def main():
    top = os.path.dirname(os.path.abspath(__file__))
    here = os.path.join(top, "work")
    names = sys.argv[1:] or [f"{k}-{s}" for k in ("figures", "states") for s in ("ar-dev", "ar-holdout", "en-dev", "en-holdout")]
    for name in names:
        lab = os.path.join(here, name + ".lab")
        if not os.path.exists(lab):
            print("skip", name); continue
        kind = name.split("-")[0]
        res = convert(kind, os.path.join(here, name + ".jsonl"), lab)
        with open(os.path.join(here, name + ".labelled.jsonl"), "w", encoding="utf-8") as fw, \
             open(os.path.join(top, name + ".jsonl"), "w", encoding="utf-8") as fc:
            for r, items, none in res:
                assert hashlib.sha1(r["text"].encode()).hexdigest() == r["sha1"]
                fw.write(json.dumps({"n": r["n"], "text": r["text"], "none": none, "items": items}, ensure_ascii=False) + "\n")
                clean = [{k: v for k, v in it.items() if not k.endswith("_text")} for it in items]
                line = {"source": r["source"], "file": r["file"], "article": r["article"], "body_id": r["body_id"],
                        "start": r["start"], "end": r["end"], "sha1": r["sha1"], "items": clean}
                if none: line["none"] = True
                fc.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(name, len(res), "sentences,", sum(len(i) for _, i, _ in res), "items")


if __name__ == "__main__":
    main()
