//! The seed articles against the hand-made gold judgements (`tests/data/seeds-gold.json`), matched
//! the way the team's scorer matches them: a claim matches a gold claim when its byte span
//! overlaps an occurrence of the gold evidence string. Nothing here names a claim id.

use crosscheck::{Checker, Corpus, LoadOptions, Report};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Gold {
    claims: Vec<GoldClaim>,
    conflicts: Vec<GoldConflict>,
    not_conflicts: Vec<GoldPair>,
    corroborations: Vec<GoldPair>,
    boilerplate: Vec<GoldBoilerplate>,
}

#[derive(Deserialize)]
struct GoldClaim {
    id: String,
    doc: String,
    evidence: String,
    side: Option<String>,
}

#[derive(Deserialize)]
struct GoldConflict {
    a: String,
    b: String,
    level: String,
}

#[derive(Deserialize)]
struct GoldPair {
    a: String,
    b: String,
}

#[derive(Deserialize)]
struct GoldBoilerplate {
    doc: String,
    evidence: String,
}

struct Run {
    gold: Gold,
    report: Report,
    texts: HashMap<String, String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        let gold: Gold = serde_json::from_str(
            &std::fs::read_to_string(root().join("tests/data/seeds-gold.json")).unwrap(),
        )
        .unwrap();
        let corpus = Corpus::load(&[root().join("seeds")], &LoadOptions::default()).unwrap();
        let texts = corpus
            .documents
            .iter()
            .map(|d| (d.id.clone(), d.text.clone()))
            .collect();
        let report = Checker::new().check(&corpus);
        Run {
            gold,
            report,
            texts,
        }
    })
}

fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    text.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

impl Run {
    /// Ids of the claims overlapping any occurrence of the gold claim's evidence.
    fn matches(&self, gold_id: &str) -> HashSet<&str> {
        let g = self.gold.claims.iter().find(|c| c.id == gold_id).unwrap();
        let spans = occurrences(&self.texts[&g.doc], &g.evidence);
        assert!(!spans.is_empty(), "evidence of {gold_id} not in {}", g.doc);
        self.report
            .claims
            .iter()
            .filter(|c| c.doc == g.doc && spans.iter().any(|&(s, e)| c.start < e && s < c.end))
            .map(|c| c.id.as_str())
            .collect()
    }

    fn linked(&self, a: &str, b: &str, pairs: &HashSet<(&str, &str)>) -> bool {
        let (ma, mb) = (self.matches(a), self.matches(b));
        ma.iter().any(|x| {
            mb.iter()
                .any(|y| pairs.contains(&(*x, *y)) || pairs.contains(&(*y, *x)))
        })
    }

    fn conflict_pairs(&self) -> HashSet<(&str, &str)> {
        self.report
            .conflicts
            .iter()
            .map(|c| (c.a.as_str(), c.b.as_str()))
            .collect()
    }

    fn corroboration_pairs(&self) -> HashSet<(&str, &str)> {
        self.report
            .corroborations
            .iter()
            .map(|c| (c.a.as_str(), c.b.as_str()))
            .collect()
    }
}

#[test]
fn every_must_conflict_is_flagged() {
    let r = run();
    let pairs = r.conflict_pairs();
    let missed: Vec<String> = r
        .gold
        .conflicts
        .iter()
        .filter(|c| c.level == "must" && !r.linked(&c.a, &c.b, &pairs))
        .map(|c| format!("{} x {}", c.a, c.b))
        .collect();
    assert!(missed.is_empty(), "missed must conflicts: {missed:?}");
}

#[test]
fn most_should_conflicts_are_flagged() {
    let r = run();
    let pairs = r.conflict_pairs();
    let should: Vec<&GoldConflict> = r
        .gold
        .conflicts
        .iter()
        .filter(|c| c.level == "should")
        .collect();
    let hit = should
        .iter()
        .filter(|c| r.linked(&c.a, &c.b, &pairs))
        .count();
    assert!(
        hit >= 3,
        "only {hit} of {} should conflicts flagged",
        should.len()
    );
}

#[test]
fn no_pair_that_must_not_conflict_is_flagged() {
    let r = run();
    let pairs = r.conflict_pairs();
    let wrong: Vec<String> = r
        .gold
        .not_conflicts
        .iter()
        .filter(|c| r.linked(&c.a, &c.b, &pairs))
        .map(|c| format!("{} x {}", c.a, c.b))
        .collect();
    assert!(wrong.is_empty(), "false conflicts: {wrong:?}");
}

#[test]
fn every_gold_claim_is_extracted_with_its_side() {
    let r = run();
    for g in &r.gold.claims {
        let matches = r.matches(&g.id);
        assert!(!matches.is_empty(), "claim not extracted: {}", g.id);
        let sides: Vec<Option<&str>> = r
            .report
            .claims
            .iter()
            .filter(|c| matches.contains(c.id.as_str()))
            .map(|c| c.speaker.side.as_deref())
            .collect();
        assert!(
            sides.contains(&g.side.as_deref()),
            "{}: sides {sides:?}, want {:?}",
            g.id,
            g.side
        );
    }
}

#[test]
fn no_claim_overlaps_boilerplate() {
    let r = run();
    for b in &r.gold.boilerplate {
        for (s, e) in occurrences(&r.texts[&b.doc], &b.evidence) {
            let leak = r
                .report
                .claims
                .iter()
                .find(|c| c.doc == b.doc && c.start < e && s < c.end);
            assert!(
                leak.is_none(),
                "boilerplate leaked into {:?}",
                leak.map(|c| &c.text)
            );
        }
    }
}

#[test]
fn most_corroborations_are_reported() {
    let r = run();
    let pairs = r.corroboration_pairs();
    let hit = r
        .gold
        .corroborations
        .iter()
        .filter(|c| r.linked(&c.a, &c.b, &pairs))
        .count();
    assert!(
        hit >= 2,
        "only {hit} of {} corroborations",
        r.gold.corroborations.len()
    );
}

#[test]
fn the_flagged_list_stays_readable() {
    let r = run();
    let budget = 3 * r.gold.conflicts.len();
    assert!(
        r.report.conflicts.len() <= budget,
        "{} conflicts flagged for {} gold conflicts",
        r.report.conflicts.len(),
        r.gold.conflicts.len()
    );
    for c in &r.report.conflicts {
        assert!(
            !c.explanation.is_empty(),
            "conflict {} x {} has no reason",
            c.a,
            c.b
        );
    }
}

#[test]
fn claim_spans_are_original_byte_ranges() {
    let r = run();
    for c in &r.report.claims {
        let text = &r.texts[&c.doc];
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert_eq!(&text[c.start..c.end], c.text, "{}", c.id);
        for q in &c.quantities {
            assert!(
                c.start <= q.start && q.end <= c.end,
                "{}: quantity outside claim",
                c.id
            );
        }
    }
}

#[test]
fn the_report_is_the_same_whatever_the_thread_count() {
    let corpus = Corpus::load(&[root().join("seeds")], &LoadOptions::default()).unwrap();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| Checker::new().check(&corpus));
    assert_eq!(one.to_json(), run().report.to_json());
}

#[test]
fn seeds_copy_matches_the_manifest() {
    let manifest = std::fs::read_to_string(Path::new(&root()).join("seeds/manifest.json")).unwrap();
    let entries: Vec<serde_json::Value> = serde_json::from_str(&manifest).unwrap();
    assert_eq!(entries.len(), run().report.documents.len());
    assert!(run().report.skipped.is_empty());
}

#[test]
fn streaming_gives_the_same_report() {
    let stream =
        crosscheck::corpus::DocumentStream::open(&[root().join("seeds")], &LoadOptions::default())
            .unwrap();
    let streamed = Checker::new().check_stream(stream, &|_| {}).unwrap();
    assert_eq!(streamed.to_json(), run().report.to_json());
}
