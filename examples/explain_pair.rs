//! Why two claims of a corpus were or were not flagged: their stories, what they share, and the
//! judge's verdict on the pair.
//!
//! ```sh
//! cargo run --release --example explain_pair -- DIR CLAIM_ID CLAIM_ID
//! ```

use crosscheck::lab::features_of;
use crosscheck::lab::lexicon::{antonym_name, concept_id};
use crosscheck::{Checker, Corpus, LoadOptions};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, a, b] = args.as_slice() else {
        return Err("usage: explain_pair DIR CLAIM_ID CLAIM_ID".into());
    };
    let corpus = Corpus::load(&[PathBuf::from(dir)], &LoadOptions::default())?;
    let checker = Checker::new();
    let report = checker.check(&corpus);
    let find = |id: &str| {
        report
            .claims
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| format!("no claim {id}"))
    };
    let (a, b) = (find(a)?, find(b)?);
    for c in [a, b] {
        println!("{} {:?} — {:?}", c.id, c.stories, c.speaker.name);
        println!("  «{}»", c.text);
        let f = features_of(c);
        println!(
            "  negators {:?} negated {:?} denial {} update {} quantities {:?}",
            f.negators,
            f.negated,
            f.denial,
            f.update,
            f.quantities
                .iter()
                .map(|q| {
                    let (unit, place, owner) = (&q.unit, &q.place, &q.owner);
                    let (part, standing) = (q.part, q.standing);
                    let context: Vec<String> = q
                        .context
                        .iter()
                        .map(|&i| {
                            let s = &f.stems[i as usize];
                            format!("{s}:{:.1}", f.rarity(s).unwrap_or(0.0))
                        })
                        .collect();
                    format!(
                        "{} {unit:?}@{place:?} part={part} standing={standing} owner={owner:?} \
                         context {context:?}",
                        q.value
                    )
                })
                .collect::<Vec<_>>()
        );
        for m in &f.mentions {
            println!(
                "  mention {} «{}» negated {:?} by {:?} headed {} reported {}",
                concept_id(checker.lexicon(), m.concept),
                m.surface,
                m.negated,
                m.negator,
                m.headed,
                m.reported
            );
        }
        for pole in &f.poles {
            println!(
                "  pole of «{}»: {:?}",
                antonym_name(checker.lexicon(), pole.antonym),
                pole
            );
        }
        println!("  event words {}", f.event.as_ref().map_or(0, Vec::len));
    }
    let (fa, fb) = (features_of(a), features_of(b));
    let shared = match (&fa.event, &fb.event) {
        (Some(x), Some(y)) => x
            .iter()
            .filter(|k| y.iter().any(|o| o.0 == k.0))
            .map(|k| f64::from(k.1))
            .sum::<f64>(),
        _ => 0.0,
    };
    println!("shared event weight: {shared:.1}");
    for (x, y) in [(a, b), (b, a)] {
        let (fx, fy) = (features_of(x), features_of(y));
        let held: Vec<String> = fx
            .negated
            .iter()
            .filter(|s| fy.stems.binary_search(s).is_ok())
            .map(|s| format!("{s}:{:.1}", fx.rarity(s).unwrap_or(0.0)))
            .collect();
        println!("{}'s negated words the other holds: {held:?}", x.id);
        let all: Vec<String> = fx
            .negated
            .iter()
            .map(|s| format!("{s}:{:.1}", fx.rarity(s).unwrap_or(0.0)))
            .collect();
        println!(
            "  all its negated words: {all:?}; event day {:?}",
            fx.event_day
        );
    }
    let j = checker.judge().judge_claims(a, b);
    println!(
        "{:?} {:?} {:.3}: {}",
        j.stance, j.kind, j.score, j.explanation
    );
    Ok(())
}
