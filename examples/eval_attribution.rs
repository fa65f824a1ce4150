//! Attribution measured on hand-labelled real news: who speaks in each labelled sentence, and
//! where the said content starts and ends.
//!
//! ```text
//! cargo run --release --example eval_attribution -- \
//!     tests/data/labels/attribution/ar-dev.jsonl tests/data/labels/attribution/en-dev.jsonl \
//!     ../shared/data
//! ```
//!
//! The label files (`tests/data/labels/attribution/README.md`) hold no text: each line names an
//! article (UnifiedFC `claims/FILE`, its `article[i]`; FNC-1 `train_bodies.csv`, its Body ID) and
//! the byte range and SHA-1 of one sentence in it. The text is read back from the data folder
//! (the last argument), the sentence checked against its SHA-1, and the checker's extraction
//! (`Checker::extract`) run over the whole article, as a user's run would read it. Why the whole
//! article: a speaker carried from an earlier sentence, or two sentences merged into one claim,
//! show only there.
//!
//! Each sentence is then scored as the header printed with the figures says; the misses are
//! listed first, the figures per language last. Measure on the held-out files once, at the end
//! of a piece of work, not while tuning.

use crosscheck::{Checker, Claim, Document};
use serde_json::Value;
use std::collections::HashMap;
use std::ops::Range;

/// Words a claim may run past the gold content at either end and still have the right bounds:
/// a complementiser, a quotation's closing words, a time phrase the reader left out.
const SLACK_WORDS: usize = 3;

/// How the figures are defined, printed with them.
const DEFINITIONS: &str = "\
speaker right: a sentence labelled `none` is right when every claim overlapping it is the
  outlet's own (or there is none); a labelled attribution is right when a claim overlapping its
  content has a speaker whose words (the claim's speaker_start..speaker_end) overlap the gold
  speaker span; a carried speaker (pronoun or none) is right when the claim's speaker words or
  name share a word of four letters or more with the reader's note of who it is; a source never
  named is right when the claim is the outlet's. An attribution whose content holds another
  one (a relay: an outlet reporting what an official said) is right with the inner speaker
  too. A sentence is right when all its attributions are.
content right: the claim overlapping the gold content most covers all of its words and runs
  past it by at most SLACK words at either end (a word: a run of letters and digits). Relays
  are scored on the inner content only.";

/// A labelled sentence, as committed.
struct Label {
    /// Where the article comes from: `unifiedfc` or `fnc1`.
    source: String,
    /// Which article: `FILE:i` or the Body ID.
    article: String,
    /// The sentence's byte range in the article.
    sentence: Range<usize>,
    sha1: String,
    /// `None` for a sentence with no speaker but the outlet.
    items: Option<Vec<Item>>,
    /// Its file and line, for the list of misses.
    at: String,
}

/// One labelled attribution, spans in article bytes.
struct Item {
    speaker: Option<Range<usize>>,
    speaker_before: Option<String>,
    content: Range<usize>,
    carried: bool,
    kind: String,
}

fn span(v: &Value, base: usize) -> Option<Range<usize>> {
    let a = v.as_array()?;
    Some(base + a.first()?.as_u64()? as usize..base + a.get(1)?.as_u64()? as usize)
}

fn read_labels(path: &str) -> Result<Vec<Label>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for (n, line) in std::fs::read_to_string(path)?.lines().enumerate() {
        let r: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let field = |k: &str| r.get(k).cloned().unwrap_or(Value::Null);
        let source = field("source").as_str().unwrap_or_default().to_string();
        let article = if source == "fnc1" {
            field("body_id").to_string()
        } else {
            format!(
                "{}:{}",
                field("file").as_str().unwrap_or_default(),
                field("article")
            )
        };
        let start = field("start").as_u64().ok_or("no start")? as usize;
        let end = field("end").as_u64().ok_or("no end")? as usize;
        let items = match field("attribution") {
            Value::Array(items) => Some(
                items
                    .iter()
                    .map(|a| Item {
                        speaker: span(&a["speaker"], start),
                        speaker_before: a["speaker_before"].as_str().map(str::to_string),
                        content: span(&a["content"], start).unwrap_or(start..start),
                        carried: a["carried"].as_bool().unwrap_or(false),
                        kind: a["kind"].as_str().unwrap_or_default().to_string(),
                    })
                    .collect(),
            ),
            _ => None,
        };
        out.push(Label {
            source,
            article,
            sentence: start..end,
            sha1: field("sha1").as_str().unwrap_or_default().to_string(),
            items,
            at: format!("{path}:{}", n + 1),
        });
    }
    Ok(out)
}

/// The articles the labels name, read from the data folder.
struct Data {
    dir: String,
    unifiedfc: HashMap<String, Vec<Option<String>>>,
    fnc1: Option<HashMap<String, String>>,
}

impl Data {
    fn text(&mut self, label: &Label) -> Result<String, Box<dyn std::error::Error>> {
        if label.source == "fnc1" {
            if self.fnc1.is_none() {
                let path = format!("{}/fnc1/train_bodies.csv", self.dir);
                let mut bodies = HashMap::new();
                for r in csv::Reader::from_path(&path)?.records() {
                    let r = r?;
                    bodies.insert(
                        r.get(0).unwrap_or_default().to_string(),
                        r.get(1).unwrap_or_default().to_string(),
                    );
                }
                self.fnc1 = Some(bodies);
            }
            let bodies = self.fnc1.as_ref().ok_or("no bodies")?;
            return Ok(bodies
                .get(&label.article)
                .ok_or_else(|| format!("{}: no body {}", label.at, label.article))?
                .clone());
        }
        let (file, i) = label.article.rsplit_once(':').ok_or("bad article")?;
        if !self.unifiedfc.contains_key(file) {
            let path = format!("{}/unifiedfc/claims/{file}", self.dir);
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
            let articles = v["article"]
                .as_array()
                .map(|a| a.iter().map(|t| t.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            self.unifiedfc.insert(file.to_string(), articles);
        }
        let i: usize = i.parse()?;
        Ok(self.unifiedfc[file]
            .get(i)
            .cloned()
            .flatten()
            .ok_or_else(|| format!("{}: no article {i} in {file}", label.at))?)
    }
}

/// SHA-1 of `data`, hex: the labels name each sentence by it, so a changed data file is caught
/// rather than scored.
fn sha1(data: &[u8]) -> String {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 80];
        for (i, c) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            (e, d, c, b, a) = (d, c, b.rotate_left(30), a, t);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

/// The words (runs of letters and digits) in `text[range]`, clipped to char boundaries.
fn words(text: &str, range: Range<usize>) -> usize {
    if range.start >= range.end {
        return 0;
    }
    let (mut s, mut e) = (range.start.min(text.len()), range.end.min(text.len()));
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    text[s..e]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn speaker_span(c: &Claim) -> Option<Range<usize>> {
    Some(c.speaker_start?..c.speaker_end?)
}

/// Lower-cased words of four letters or more, alef forms folded: what a carried speaker's note
/// and a claim's speaker are compared by.
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(|w| {
            w.to_lowercase()
                .replace(['أ', 'إ', 'آ'], "ا")
                .replace('ة', "ه")
                .replace('ى', "ي")
        })
        .filter(|w| w.chars().count() >= 4)
        .collect()
}

/// Whether claim `c` names the speaker of `item`.
fn speaker_matches(text: &str, item: &Item, c: &Claim) -> bool {
    let got = speaker_span(c);
    match (&item.speaker, item.carried) {
        (Some(gold), false) => got.is_some_and(|g| overlap(&g, gold) > 0),
        (None, false) => c.speaker.is_outlet(),
        (gold, true) => {
            if let (Some(gold), Some(g)) = (gold, &got)
                && overlap(g, gold) > 0
            {
                return true;
            }
            let Some(note) = &item.speaker_before else {
                return false;
            };
            if c.speaker.is_outlet() {
                return false;
            }
            let mut mine = name_words(c.speaker.name.as_deref().unwrap_or_default());
            if let Some(g) = got {
                mine.extend(name_words(text.get(g).unwrap_or_default()));
            }
            let theirs = name_words(note);
            mine.iter().any(|w| theirs.contains(w))
        }
    }
}

/// The verdict on one sentence.
struct Scored {
    speaker_right: bool,
    /// Attributions scored for their speaker, and how many were right.
    items: (usize, usize),
    /// Contents scored for their bounds, and how many were right.
    contents: (usize, usize),
    /// What went wrong, for the list of misses.
    why: Vec<String>,
}

fn score(text: &str, label: &Label, claims: &[Claim]) -> Scored {
    let has_words = |r: Range<usize>| words(text, r) > 0;
    let near: Vec<&Claim> = claims
        .iter()
        .filter(|c| {
            has_words(c.start.max(label.sentence.start)..c.end.min(label.sentence.end))
                && c.start < label.sentence.end
                && c.end > label.sentence.start
        })
        .collect();
    let Some(items) = &label.items else {
        let wrong: Vec<String> = near
            .iter()
            .filter(|c| !c.speaker.is_outlet())
            .map(|c| format!("gold none, got speaker «{}»", show_speaker(text, c)))
            .collect();
        return Scored {
            speaker_right: wrong.is_empty(),
            items: (0, 0),
            contents: (0, 0),
            why: wrong,
        };
    };
    let mut scored = Scored {
        speaker_right: true,
        items: (0, 0),
        contents: (0, 0),
        why: Vec::new(),
    };
    for (i, item) in items.iter().enumerate() {
        // A relay: another attribution's content and speaker lie inside this one's content.
        let inner: Vec<&Item> = items
            .iter()
            .enumerate()
            .filter(|&(j, o)| {
                j != i
                    && item.content.start <= o.content.start
                    && o.content.end <= item.content.end
                    && o.content != item.content
            })
            .map(|(_, o)| o)
            .collect();
        let touching: Vec<&&Claim> = near
            .iter()
            .filter(|c| has_words(c.start.max(item.content.start)..c.end.min(item.content.end)))
            .collect();
        let right = touching.iter().any(|c| {
            speaker_matches(text, item, c) || inner.iter().any(|o| speaker_matches(text, o, c))
        });
        scored.items.0 += 1;
        if right {
            scored.items.1 += 1;
        } else {
            scored.speaker_right = false;
            let gold = match (&item.speaker, &item.speaker_before) {
                (Some(s), _) if !item.carried => text[s.clone()].to_string(),
                (_, Some(b)) => format!("(carried) {b}"),
                _ => "(never named)".into(),
            };
            let got: Vec<String> = touching
                .iter()
                .map(|c| format!("«{}»", show_speaker(text, c)))
                .collect();
            scored.why.push(format!(
                "speaker [{}] gold «{gold}», got {}",
                item.kind,
                if got.is_empty() {
                    "no claim".into()
                } else {
                    got.join(", ")
                }
            ));
        }
        if !inner.is_empty() {
            continue;
        }
        scored.contents.0 += 1;
        let best = touching
            .iter()
            .max_by_key(|c| overlap(&(c.start..c.end), &item.content));
        let g = &item.content;
        let verdict = best.map(|c| {
            let missing =
                words(text, g.start..g.end.min(c.start)) + words(text, g.start.max(c.end)..g.end);
            let before = words(text, c.start..g.start.min(c.end));
            let after = words(text, g.end.max(c.start)..c.end);
            (missing, before, after, c.text.clone())
        });
        match verdict {
            Some((0, b, a, _)) if b <= SLACK_WORDS && a <= SLACK_WORDS => scored.contents.1 += 1,
            Some((m, b, a, t)) => scored.why.push(format!(
                "content gold «{}», got «{t}» ({m} missing, {b} before, {a} after)",
                &text[g.clone()]
            )),
            None => scored
                .why
                .push(format!("content gold «{}», no claim", &text[g.clone()])),
        }
    }
    scored
}

fn show_speaker(text: &str, c: &Claim) -> String {
    if c.speaker.is_outlet() {
        return "outlet".into();
    }
    let words = speaker_span(c)
        .and_then(|r| text.get(r))
        .unwrap_or_default();
    let name = c.speaker.name.as_deref().unwrap_or_default();
    if words == name {
        name.to_string()
    } else {
        format!("{name}» read from «{words}")
    }
}

/// Totals for one language.
#[derive(Default)]
struct Totals {
    sentences: usize,
    right: usize,
    none: (usize, usize),
    items: (usize, usize),
    contents: (usize, usize),
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{n}/{d} ({:.1} %)", 100.0 * n as f64 / d as f64)
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [files @ .., dir] = args.as_slice() else {
        return Err("usage: eval_attribution LABELS.jsonl [LABELS.jsonl ...] DATA_DIR".into());
    };
    if files.is_empty() {
        return Err("usage: eval_attribution LABELS.jsonl [LABELS.jsonl ...] DATA_DIR".into());
    }
    let mut data = Data {
        dir: dir.clone(),
        unifiedfc: HashMap::new(),
        fnc1: None,
    };
    let checker = Checker::new();
    let mut claims_of: HashMap<(String, String), (String, Vec<Claim>)> = HashMap::new();
    let mut totals: Vec<(String, Totals)> = Vec::new();
    let mut misses = 0;
    for file in files {
        for label in read_labels(file)? {
            let key = (label.source.clone(), label.article.clone());
            if !claims_of.contains_key(&key) {
                let text = data.text(&label)?;
                let language = if label.source == "fnc1" { "en" } else { "ar" };
                let doc = Document::new(label.article.clone(), text.clone())
                    .with_language(language)
                    .with_source("outlet");
                claims_of.insert(key.clone(), (text, checker.extract(&doc)));
            }
            let (text, claims) = &claims_of[&key];
            let sentence = text
                .get(label.sentence.clone())
                .ok_or_else(|| format!("{}: the sentence is not in the article", label.at))?;
            if sha1(sentence.as_bytes()) != label.sha1 {
                return Err(format!("{}: the sentence's SHA-1 does not match", label.at).into());
            }
            let s = score(text, &label, claims);
            let language = if label.source == "fnc1" { "en" } else { "ar" };
            let t = match totals.iter().position(|(l, _)| l == language) {
                Some(i) => &mut totals[i].1,
                None => {
                    totals.push((language.to_string(), Totals::default()));
                    &mut totals.last_mut().ok_or("no totals")?.1
                }
            };
            t.sentences += 1;
            t.right += usize::from(s.speaker_right);
            if label.items.is_none() {
                t.none.0 += 1;
                t.none.1 += usize::from(s.speaker_right);
            }
            t.items.0 += s.items.0;
            t.items.1 += s.items.1;
            t.contents.0 += s.contents.0;
            t.contents.1 += s.contents.1;
            if !s.why.is_empty() {
                misses += 1;
                println!("MISS {} ({})\n  {sentence}", label.at, label.article);
                for w in &s.why {
                    println!("  - {w}");
                }
            }
        }
    }
    println!(
        "\n{misses} sentences with a miss.\n\n{}\n",
        DEFINITIONS.replace("SLACK", &SLACK_WORDS.to_string())
    );
    for (language, t) in &totals {
        println!(
            "{language}: {} sentences; speaker right {}; `none` sentences {}; attributions' speaker {}; content bounds {}",
            t.sentences,
            pct(t.right, t.sentences),
            pct(t.none.1, t.none.0),
            pct(t.items.1, t.items.0),
            pct(t.contents.1, t.contents.0),
        );
    }
    Ok(())
}
