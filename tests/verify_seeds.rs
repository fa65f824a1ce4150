//! Verify on the bundled seeds: the Pentagon's «we do not have a set timetable», given as a
//! claim, finds the Iraqi statements that a timetable will be drafted as disagreeing evidence,
//! and not the timetable for unifying the Peshmerga.

use crosscheck::verify::{DocumentStance, Verifier};
use crosscheck::{Checker, Corpus, LoadOptions, Statement};
use std::path::PathBuf;

fn seeds() -> Corpus {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    Corpus::load(&[root], &LoadOptions::default()).unwrap()
}

#[test]
fn no_set_timetable_is_contradicted_by_a_timetable_to_be_drafted() {
    let checker = Checker::new();
    let claim = Statement::new("ليس لدينا جدول زمني محدد", checker.lexicon());
    let v = Verifier::new(&checker, &seeds()).verify(&claim);
    let disagreeing: Vec<_> = v.with_stance(DocumentStance::Disagree).collect();
    assert!(!disagreeing.is_empty(), "{v:#?}");
    for d in &disagreeing {
        let e = &d.evidence[0];
        assert_eq!(e.stance, DocumentStance::Disagree);
        // Said in the claim's language: the timetable, as the glossary writes it in Arabic.
        assert!(e.explanation.starts_with("جدول زمني"), "{e:#?}");
        assert!(!e.text.contains("البيشمركة"), "{e:#?}");
    }
    // The Peshmerga's timetable is at most discussed.
    for d in &v.documents {
        for e in &d.evidence {
            if e.text.contains("البيشمركة") {
                assert_ne!(e.stance, DocumentStance::Disagree, "{e:#?}");
            }
        }
    }
}
