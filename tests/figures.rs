//! Figures with what they count: a standing count (troops present or deployed somewhere) meets
//! another outlet's count of the same country's troops at the same place, in a folder of two
//! articles as in an archive; another country's troops, or a toll of two different incidents,
//! is no rival. Sentences written for these tests.

use crosscheck::{Checker, ConflictKind, Corpus, Document, Report};

fn check(docs: &[(&str, &str, &str)]) -> Report {
    let mut corpus = Corpus::new();
    for (id, language, text) in docs {
        corpus.push(
            Document::new(*id, *text)
                .with_language(*language)
                .with_source(format!("Outlet {id}")),
        );
    }
    Checker::new().check(&corpus)
}

fn numeric(report: &Report) -> usize {
    report
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Numeric)
        .count()
}

#[test]
fn two_outlets_count_one_countrys_troops_at_one_place_differently() {
    let report = check(&[
        (
            "a",
            "en",
            "Roughly 900 French troops are stationed in Chad, a defence ministry spokesman said.",
        ),
        (
            "b",
            "en",
            "No more than 400 French soldiers remain in Chad, a senior officer told the paper.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
}

#[test]
fn a_standing_count_in_arabic_names_its_owner_before_it() {
    let report = check(&[
        (
            "a",
            "ar",
            "وقال مسؤول إن القوات التركية المنتشرة في قطر يبلغ قوامها نحو 5000 جندي.",
        ),
        (
            "b",
            "ar",
            "وذكر مصدر عسكري أن عدد الجنود الأتراك الموجودين في قطر لا يتجاوز ألف جندي.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
}

#[test]
fn another_countrys_troops_at_the_same_place_are_no_rival() {
    let report = check(&[
        (
            "a",
            "en",
            "Roughly 900 French troops are stationed in Chad, a defence ministry spokesman said.",
        ),
        (
            "b",
            "en",
            "About 300 American soldiers are deployed in Chad, a senior officer told the paper.",
        ),
    ]);
    assert_eq!(numeric(&report), 0, "{:#?}", report.conflicts);
}

#[test]
fn tolls_of_two_incidents_in_one_country_are_no_rivals() {
    let report = check(&[
        (
            "a",
            "en",
            "Twelve soldiers were killed when gunmen ambushed a checkpoint outside the village of Tal Hamid in Syria, the army said.",
        ),
        (
            "b",
            "en",
            "Thirty soldiers were killed in an air strike on a convoy near the port of Banias in Syria, a monitor said.",
        ),
    ]);
    assert_eq!(numeric(&report), 0, "{:#?}", report.conflicts);
}

#[test]
fn one_text_with_two_figures_is_a_conflict_not_a_reprint() {
    let report = check(&[
        (
            "a",
            "en",
            "The health ministry said 14 people were wounded in the blast at the market in Kirkuk.",
        ),
        (
            "b",
            "en",
            "Police sources said on Friday that 41 people were wounded in the blast at the market in Kirkuk.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
    assert!(report.corroborations.is_empty());
}

#[test]
fn two_tolls_at_one_named_locality_are_one_incident_however_common_its_name() {
    // The locality's name is no rare word: a toll at it is one incident by the locality noun.
    let report = check(&[
        (
            "a",
            "ar",
            "وقال مسؤول محلي إن 9 أشخاص قتلوا في الانهيار الذي وقع في قرية الجديدة مساء الأحد.",
        ),
        (
            "b",
            "ar",
            "وأفاد مصدر طبي بأن 23 شخصا قتلوا في الانهيار الذي وقع في قرية الجديدة مساء الأحد.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
}

#[test]
fn two_tolls_at_two_named_localities_are_two_incidents() {
    // A rare word around both figures (one family's name) would make them one incident.
    let report = check(&[
        (
            "a",
            "ar",
            "وقال مسؤول محلي إن 9 أشخاص من عائلة الدغيمات قتلوا في غارة على بلدة كفرنبودة.",
        ),
        (
            "b",
            "ar",
            "وأفاد مصدر طبي بأن 23 شخصا من عائلة الدغيمات قتلوا في غارة على بلدة معرشورين.",
        ),
    ]);
    assert_eq!(numeric(&report), 0, "{:#?}", report.conflicts);
}

#[test]
fn an_english_toll_names_its_locality_before_the_noun_or_after_its_of() {
    let report = check(&[
        (
            "a",
            "en",
            "Officials said 12 people were killed in the flooding in the town of Ashford on Sunday.",
        ),
        (
            "b",
            "en",
            "A hospital source said 31 people were killed in the flooding in Ashford town on Sunday.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
}

#[test]
fn a_noun_the_lexicon_does_not_know_is_what_a_figure_counts() {
    // Families are no lexicon unit: the noun right after the figure is what it counts.
    let report = check(&[
        (
            "a",
            "ar",
            "وقالت اللجنة إن 300 عائلة نزحت من قرية المزيرعة بعد القصف الذي طالها أمس.",
        ),
        (
            "b",
            "ar",
            "وذكر ناشطون أن 120 عائلة نزحت من قرية المزيرعة بعد القصف الذي طالها أمس.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
}

#[test]
fn a_figure_that_measures_time_or_money_counts_nothing() {
    let report = check(&[
        (
            "a",
            "ar",
            "وقال رئيس البلدية إن الطريق أغلق منذ 11 عاما في قرية المزيرعة بسبب الحرب.",
        ),
        (
            "b",
            "ar",
            "وأوضح مهندس أن الطريق أغلق منذ 14 عاما في قرية المزيرعة بسبب الحرب.",
        ),
    ]);
    assert_eq!(numeric(&report), 0, "{:#?}", report.conflicts);
}

#[test]
fn a_template_printed_twice_with_other_numbers_is_no_count() {
    let report = check(&[
        (
            "a",
            "ar",
            "النشرة 2 من أصل 7 نشرات في أرشيف جمعية المزارعين والمربين في الأغوار الشرقية.",
        ),
        (
            "b",
            "ar",
            "النشرة 2 من أصل 5 نشرات في أرشيف جمعية المزارعين والمربين في الأغوار الشرقية.",
        ),
    ]);
    assert_eq!(numeric(&report), 0, "{:#?}", report.conflicts);
}

#[test]
fn troops_that_are_still_somewhere_are_a_standing_count() {
    // «لا يزال» (is still): a word of remaining makes a count of troops one that holds there.
    let report = check(&[
        (
            "a",
            "ar",
            "وقال مسؤول إن نحو 900 جندي بريطاني لا يزالون في العراق بعد انتهاء المهمة.",
        ),
        (
            "b",
            "ar",
            "وذكر مصدر عسكري أن 300 جندي بريطاني ما زالوا في العراق حتى الآن.",
        ),
    ]);
    assert_eq!(numeric(&report), 1, "{:#?}", report.conflicts);
}

#[test]
fn one_template_with_two_regions_counts_two_incidents() {
    // A daily report's lines: one text but for the figures and the province.
    let report = check(&[
        (
            "a",
            "ar",
            "وأحصت الشبكة في تقريرها اليومي أنه قضى 6 أشخاص في محافظة حماة، 4 منهم في الاشتباكات مع قوات النظام و2 تحت التعذيب.",
        ),
        (
            "b",
            "ar",
            "وأحصت الشبكة في تقريرها اليومي أنه قضى 9 أشخاص في محافظة حلب، 4 منهم في الاشتباكات مع قوات النظام و2 تحت التعذيب.",
        ),
    ]);
    assert_eq!(numeric(&report), 0, "{:#?}", report.conflicts);
}
