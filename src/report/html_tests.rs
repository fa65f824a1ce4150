use super::*;
use crate::text::normalize::best_match;
use crate::{Checker, Corpus, Document, date};

fn two_outlets() -> Report {
    let mut corpus = Corpus::new();
    corpus.push(
        Document::new(
            "a",
            "وقال المتحدث باسم البنتاغون إنه لا يوجد جدول زمني لإغلاق القاعدة الجوية.",
        )
        .with_source("Outlet <A>")
        .with_published(date(2030, 3, 1)),
    );
    corpus.push(
        Document::new(
            "b",
            "وأعلن مكتب رئيس الوزراء العراقي أنه سيتم وضع جدول زمني لإغلاق القاعدة الجوية.",
        )
        .with_source("Outlet B")
        .with_published(date(2030, 3, 4)),
    );
    Checker::new().check(&corpus)
}

#[test]
fn a_conflict_shows_both_claims_with_the_cue_marked_right_to_left() {
    let report = two_outlets();
    assert!(!report.conflicts.is_empty(), "{}", report.to_text());
    let page = report.to_html();
    assert!(page.contains("<mark>جدول زمني</mark>"), "{page}");
    assert!(page.contains(r#"lang="ar" dir="rtl""#));
    assert!(page.contains("3 days apart"));
    // Outlets are escaped by the template.
    assert!(page.contains("Outlet &lt;A&gt;"));
    assert!(!page.contains("Outlet <A>"));
}

#[test]
fn marks_cover_each_part_of_a_cue_and_merge_when_they_touch() {
    let report = two_outlets();
    let c = report
        .claims
        .iter()
        .find(|c| c.doc == "a")
        .expect("a claim");
    assert_eq!(
        best_match("في الماليزية لم يعترف", "لم"),
        Some("في الماليزية ".len())
    );
    assert_eq!(best_match("وانسحاب القوات", "انسحاب"), Some("و".len()));
    let m = marks(c, "لا يوجد … جدول زمني", ConflictKind::Negation);
    let shown: Vec<&str> = m.iter().map(|r| &c.text[r.clone()]).collect();
    assert_eq!(shown, ["لا يوجد", "جدول زمني"]);
    assert!(marks(c, "غير موجود", ConflictKind::Negation).is_empty());
}

/// The page's score filter starts at the run's cut-off, not at zero: what it shows at first is
/// what the run kept.
#[test]
fn the_score_filter_starts_at_the_runs_cut_off() {
    let page = two_outlets().to_html();
    assert!(
        page.contains(
            r#"id="min-score" type="number" min="0.65" max="1" step="0.05" value="0.65""#
        ),
        "{page}"
    );
}

/// The why line takes its direction from its own words (Arabic explanations read right to
/// left), each quoted cue is isolated in its own direction, and the dispute's topic is written
/// in words, not as a lexicon key.
#[test]
fn cue_words_in_the_why_line_are_isolated_and_topics_are_words() {
    let report = two_outlets();
    let page = report.to_html();
    let why = page
        .split(r#"<p class="why" dir="auto">"#)
        .nth(1)
        .expect("a why line")
        .split("</p>")
        .next()
        .unwrap();
    assert!(why.contains(r#"«<bdi dir="auto">"#), "{why}");
    assert_eq!(super::super::topic_words("role-killed"), "killed");
    assert_eq!(
        super::super::topic_words("soldiers@syria"),
        "soldiers in syria"
    );
    assert_eq!(super::super::topic_words("people@"), "people");
}
