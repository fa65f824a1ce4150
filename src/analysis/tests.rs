//! The analysis on sentences written for each piece.

use super::Prepared;
use crate::lexicon::{Bound, Lexicon, NegationKind};

fn features(text: &str) -> super::Features {
    Prepared::new(text, &Lexicon::default()).analyse_statement()
}

/// The first mention of the concept `id` in `text` analysed as one statement, if any.
fn mention(text: &str, id: &str) -> Option<super::ConceptMention> {
    let l = Lexicon::default();
    let f = Prepared::new(text, &l).analyse_statement();
    f.mentions
        .into_iter()
        .find(|m| l.concepts()[m.concept].id == id)
}

#[test]
fn an_adjective_pole_binds_to_its_noun_through_other_adjectives_only() {
    let poles = |text: &str| {
        let f = features(text);
        f.poles
            .iter()
            .filter(|p| p.surface.starts_with("دائم"))
            .count()
    };
    // «دائمة» describes the partnership, after two other adjectives of it.
    assert_eq!(poles("تسعى الحكومتان إلى شراكة اقتصادية ثنائية دائمة"), 1);
    // Here it describes the peace, not the presence two words before it.
    assert_eq!(poles("البرلمان يدعم الوجود لسلام دائم"), 0);
}

#[test]
fn years_are_kept_apart_from_quantities() {
    let f = features("افتتاح المعرض عام 2018 بحضور 300 زائر");
    assert_eq!(f.years, vec![2018]);
    assert_eq!(f.quantities.len(), 1);
    // A number of troops in the years' range counts troops.
    let f = features("نشر 2000 جندي في المنطقة");
    assert!(f.years.is_empty());
    assert_eq!(f.quantities[0].value, 2000.0);
}

#[test]
fn reads_bounds_before_numbers() {
    let bound = |t: &str| features(t).quantities[0].bound;
    assert_eq!(bound("ويوجد نحو 2500 جندي في العراق"), Bound::Approx);
    assert_eq!(bound("بعدد لا يتجاوز ألفي موظف"), Bound::AtMost);
    assert_eq!(bound("شنت أكثر من 150 هجوماً"), Bound::Above);
    assert_eq!(bound("ما لا يقل عن 30 قتيلا"), Bound::AtLeast);
    assert_eq!(bound("أقل من 10 جنود"), Bound::Below);
    assert_eq!(bound("no more than 2,000 troops"), Bound::AtMost);
    assert_eq!(bound("قتل 12 شخصا"), Bound::Exact);
}

#[test]
fn a_bound_is_not_a_negation() {
    assert!(!features("بعدد لا يتجاوز ثلاثة آلاف زائر").is_negative());
}

#[test]
fn dates_and_years_are_not_quantities() {
    assert!(
        features("في 31 ديسمبر 2021 أعلن العراق")
            .quantities
            .is_empty()
    );
    assert!(
        features("البرنامج الذي أطلقته الوزارة عام 2016")
            .quantities
            .is_empty()
    );
}

#[test]
fn quantities_know_their_unit_and_place() {
    let f = features("ويوجد في الأردن نحو 1800 جندي بينما ينتشر في لبنان زهاء 600 جندي");
    let q: Vec<(f64, Option<&str>, Option<&str>)> = f
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref(), q.place.as_deref()))
        .collect();
    assert_eq!(
        q,
        [
            (1800.0, Some("soldiers"), Some("jordan")),
            (600.0, Some("soldiers"), Some("lebanon"))
        ]
    );
    // «Two» written as a word follows what it counts, and a number is never another's noun.
    let f = features("وقال مسؤول إن مسعفين اثنين وخمسة جنود بالجيش قتلوا");
    let q: Vec<(f64, Option<&str>)> = f
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, 2.0);
    assert!(q[0].1.is_some_and(|u| u.starts_with("مسعف")), "{q:?}");
    assert_eq!(q[1].0, 5.0);
    assert_ne!(q[1].1, q[0].1);
    // A verb before «two» is no noun, nor is an English word; «من» after it points forward.
    for (text, unit) in [
        ("قتل اثنان من الجنود", "soldiers"),
        ("وأصيب اثنان من الجنود", "soldiers"),
        ("قتل واحد من الجنود", "soldiers"),
        ("Turkey sent two battalions", "battalion"),
    ] {
        let f = features(text);
        let u = f.quantities.first().and_then(|q| q.unit.clone());
        assert!(
            u.as_deref().is_some_and(|u| u.starts_with(unit)),
            "{text}: {u:?}"
        );
    }
    // Countries beyond the Middle East are places too: a toll in Nigeria is not one in Syria.
    let f = features("قتل 9 جنود في الهجوم الذي تنفذه القوات التي دخلت إلى نيجيريا");
    assert_eq!(f.quantities[0].place.as_deref(), Some("nigeria"));
}

#[test]
fn negation_is_scoped_and_has_exceptions() {
    let negated = |t: &str, id: &str| mention(t, id).map(|m| m.negated);
    assert_eq!(
        negated("ليس لدى الوزارة جدول زمني واضح", "timetable"),
        Some(Some(NegationKind::Negation))
    );
    assert_eq!(
        negated("لا تزال المفاوضات مستمرة", "negotiation"),
        Some(None)
    );
    assert_eq!(
        negated("غير أن المفاوضات مستمرة", "negotiation"),
        Some(None)
    );
    // the clause mark ends the negator's reach
    assert_eq!(
        negated("لم يتحدد الموعد، لكن الانسحاب سيتم", "withdrawal"),
        Some(None)
    );
    assert_eq!(
        negated("رافضاً وضع جدول زمني لذلك", "timetable"),
        Some(Some(NegationKind::Refusal))
    );
    // The plural refuses too: a claim that «they refused» is no assertion against «he refused».
    assert_eq!(
        negated("إن المقاتلين رفضوا وضع جدول زمني للانسحاب", "timetable"),
        Some(Some(NegationKind::Refusal))
    );
}

#[test]
fn objects_follow_their_frame_and_anaphors_take_the_sentence() {
    let l = Lexicon::default();
    let objects = |t: &str| {
        let f = Prepared::new(t, &l).analyse_statement();
        let m = f
            .mentions
            .iter()
            .find(|m| l.concepts()[m.concept].id == "timetable")
            .unwrap();
        m.objects
            .iter()
            .map(|&o| l.concepts()[o].id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        objects("جدول زمني لسحب قوات التحالف"),
        ["coalition", "forces"]
    );
    assert_eq!(
        objects("دمج البيشمركة في الجيش رافضاً وضع جدول زمني لذلك"),
        ["peshmerga"]
    );
    assert!(objects("ليس لدى الوزارة جدول زمني واضح").is_empty());
}

#[test]
fn a_count_of_people_takes_the_role_a_word_near_it_names() {
    let unit = |t: &str| features(t).quantities[0].unit.clone();
    assert_eq!(
        unit("أسفر القصف عن مقتل 7 مدنيين").as_deref(),
        Some("killed")
    );
    assert_eq!(unit("وأسفر عن إصابة 12 شخصا").as_deref(), Some("wounded"));
    assert_eq!(
        unit("اعتقال 5 أشخاص في المدينة").as_deref(),
        Some("arrested")
    );
    assert_eq!(unit("وصل 300 شخص إلى المخيم").as_deref(), Some("people"));
}

#[test]
fn a_count_of_people_takes_the_role_of_the_verb_heading_its_clause_or_of_its_group() {
    let unit = |t: &str| features(t).quantities[0].unit.clone();
    // Verb, then where and when, then whom: the count is the verb's subject.
    assert_eq!(
        unit("وأصيب في القصف الذي طال السوق مساء الجمعة 9 أشخاص").as_deref(),
        Some("wounded")
    );
    // A number between them has the verb; the next count is of people.
    let f = features("اعتقل في المداهمة 4 أشخاص وفر 30 شخصا من البلدة");
    let units: Vec<Option<&str>> = f.quantities.iter().map(|q| q.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("arrested"), Some("people")]);
    // A part of a group no unit names, counted by what befell it.
    assert_eq!(
        unit("ثلاثة من حراسه أصيبوا في الهجوم").as_deref(),
        Some("wounded")
    );
    // Lives lost, in the idiom's words.
    assert_eq!(
        unit("أودى الانفجار بحياة 11 شخصا").as_deref(),
        Some("killed")
    );
}

#[test]
fn a_day_of_a_month_is_a_date_only_next_to_its_month() {
    let values = |t: &str| -> Vec<f64> { features(t).quantities.iter().map(|q| q.value).collect() };
    // After a comma the number opens a clause of its own.
    assert_eq!(values("وقع الانفجار فجر 12 آذار، 8 قتلى"), vec![8.0]);
    // A month after its own day dates nothing after it.
    assert_eq!(
        values("ضربت العاصفة في 5 مايو بحياة عشرة أشخاص"),
        vec![10.0]
    );
    assert!(values("وصلت القافلة في 14 أبريل").is_empty());
}

#[test]
fn a_standing_count_knows_whose_it_is() {
    let q = |t: &str| features(t).quantities[0].clone();
    let deployed = q("وتنتشر في النيجر قرابة 1500 جندي فرنسي");
    assert!(deployed.standing);
    assert_eq!(deployed.owner.as_deref(), Some("france"));
    let before = q("القوات البريطانية الموجودة في الأردن يبلغ عددها 800 جندي");
    assert!(before.standing);
    assert_eq!(before.owner.as_deref(), Some("uk"));
    // A toll is no standing count.
    assert!(!q("قتل 12 جنديا في الهجوم").standing);
}

#[test]
fn a_count_that_names_nothing_counts_what_befell_those_the_word_before_it_names() {
    let units = |t: &str| -> Vec<(f64, Option<String>)> {
        features(t)
            .quantities
            .iter()
            .map(|q| (q.value, q.unit.clone()))
            .collect()
    };
    let of = |v: f64, u: &str| (v, Some(u.to_string()));
    assert_eq!(
        units("قتل 6 أشخاص وأصيب 11 آخرون في انفجار السوق"),
        [of(6.0, "killed"), of(11.0, "wounded")]
    );
    assert_eq!(units("وأصيب أكثر من 140 في البلدة"), [of(140.0, "wounded")]);
    assert_eq!(
        units("أسفر الهجوم عن مقتل 20 وجرح 40 غيرهم"),
        [of(20.0, "killed"), of(40.0, "wounded")]
    );
    // A noun of its own after the count is what it counts: four reporters are not any four
    // wounded.
    assert_eq!(units("إصابة أربعة مراسلين في الانفجار"), [of(4.0, "مراسل")]);
}

#[test]
fn parts_and_updates_are_marked() {
    let f = features("قتل 10 أشخاص بينهم 7 مدنيين");
    let parts: Vec<(f64, bool)> = f.quantities.iter().map(|q| (q.value, q.part)).collect();
    assert_eq!(parts, [(10.0, false), (7.0, true)]);
    assert!(features("ارتفعت حصيلة الضحايا إلى 40 قتيلا").update);
    assert!(features("وكانت حصيلة أولية تحدثت عن 12 قتيلا").update);
    assert!(!features("قتل 40 شخصا في الانفجار").update);
}

#[test]
fn a_denial_after_a_relative_word_denies_what_came_before_it() {
    let role = |t: &str| mention(t, "role-arrested").map(|m| m.negated);
    assert_eq!(
        role("تداولت مواقع خبر اعتقال المدرب في الملعب , وهو ما نفاه النادي"),
        Some(Some(NegationKind::Denial))
    );
    // Without the relative word the denial reaches forward only.
    assert_eq!(
        role("تداولت مواقع خبر اعتقال المدرب في الملعب ثم نفاه النادي"),
        Some(None)
    );
    // «ما» a few words before the denial is no relative of it: «ما زال ينفي» (still denies)
    // reaches forward, to what it denies.
    assert_eq!(
        role("وقال المدرب في الملعب إن النادي ما زال ينفي اعتقال اللاعب"),
        Some(Some(NegationKind::Denial))
    );
    let l = Lexicon::default();
    let f =
        Prepared::new("وصل المدرب إلى الملعب وما زال ينفي اعتقال اللاعب", &l).analyse_statement();
    assert!(
        !f.negated.iter().any(|w| w.starts_with("ملعب")),
        "{:?}",
        f.negated
    );
}

#[test]
fn an_english_relative_before_its_subject_and_denial_denies_what_came_before_it() {
    let l = Lexicon::default();
    let read = |t: &str| {
        let f = Prepared::new(t, &l).analyse_statement();
        (f.denial, f.negated.iter().any(|w| w.starts_with("suspend")))
    };
    // The subject stands between the relative and its verb.
    assert_eq!(
        read("The golfer was suspended by the tour, a claim that the tour and his agent deny."),
        (true, true)
    );
    assert_eq!(
        read("The golfer was suspended by the tour, which the tour flatly denied."),
        (true, true)
    );
    // A denial not made denies nothing.
    assert_eq!(
        read("The golfer was suspended by the tour, a claim that the tour hasn't denied."),
        (false, false)
    );
    // No reporting verb, other negator or clause mark between the relative and its verb.
    assert_eq!(
        read("The golfer was suspended by the tour, a claim that no one at the tour has denied."),
        (false, false)
    );
    assert_eq!(
        read("The golfer was suspended by the tour, which surprised fans, and his agent denied."),
        (false, false)
    );
    assert_eq!(
        read(
            "The golfer was suspended by the tour, which officials confirmed and his agent denied."
        ),
        (false, false)
    );
    // A denial with an object of its own denies that, not what came before.
    assert_eq!(
        read("The golfer was suspended, and there were reports that the agent denied the charges."),
        (true, false)
    );
    // A relative right before an English verb is its subject.
    assert_eq!(
        read("The golfer was suspended, said a statement which denied the reports of a fine."),
        (true, false)
    );
    // Typographic apostrophes read as the lexicon's.
    assert_eq!(
        read("The golfer was suspended by the tour, a claim that the tour hasn\u{2019}t denied."),
        (false, false)
    );
    // «that» after a verb is no relative: the denial reaches forward only.
    assert_eq!(
        read("The golfer was suspended, and officials said that the tour denied wrongdoing."),
        (true, false)
    );
}

#[test]
fn a_denial_stops_where_a_joined_reporting_verb_opens_a_statement_of_its_own() {
    let l = Lexicon::default();
    let negated = |t: &str| Prepared::new(t, &l).analyse_statement().negated;
    let f = negated("ونفت الشركة ما نشرته الصحف عن إفلاسها , وأكدت أنها حققت أرباحا كبيرة");
    assert!(f.iter().any(|w| w.starts_with("افلاس")), "{f:?}");
    assert!(!f.iter().any(|w| w.starts_with("ارباح")), "{f:?}");
    // Without the joined verb the denial reaches on, past the comma.
    let f = negated("ونفت الشركة ما نشرته الصحف عن إفلاسها , أنها حققت أرباحا كبيرة");
    assert!(f.iter().any(|w| w.starts_with("ارباح")), "{f:?}");
}

#[test]
fn a_denial_does_not_reach_into_a_relative_clause_that_describes_a_place() {
    let l = Lexicon::default();
    let negated = |t: &str| Prepared::new(t, &l).analyse_statement().negated;
    let f = negated(
        "ونفت الوزارة أنباء عن سيطرة المسلحين على بلدة كفرنبل , التي تعد أكبر بلدات الريف \
         الجنوبي , والتي شهدت معارك عنيفة",
    );
    assert!(f.iter().any(|w| w.starts_with("كفرنبل")), "{f:?}");
    assert!(!f.iter().any(|w| w.starts_with("بلدات")), "{f:?}");
    assert!(!f.iter().any(|w| w.starts_with("معارك")), "{f:?}");
    // A comma alone does not end it: what is denied may follow its speaker's words, and «ما»
    // (what) after a comma is what is denied, not a description.
    let f = negated("ونفت الوزارة الأنباء , عن سيطرة المسلحين على بلدة كفرنبل");
    assert!(f.iter().any(|w| w.starts_with("كفرنبل")), "{f:?}");
    let f = negated("ونفت الوزارة , ما تردد عن سيطرة المسلحين على بلدة كفرنبل");
    assert!(f.iter().any(|w| w.starts_with("كفرنبل")), "{f:?}");
    // A relative clause closed by a comma is read through: what is denied follows it.
    let f = negated("نفى الجيش أن جنوده , الذين انتشروا في البلدة , أطلقوا النار على المحتجين");
    assert!(f.iter().any(|w| w.starts_with("محتج")), "{f:?}");
    let f = negated(
        "The army denied that its soldiers, who were deployed to the town, shot at protesters",
    );
    assert!(f.iter().any(|w| w.starts_with("protester")), "{f:?}");
    // Reports, and the clause that tells what they said, are what is denied.
    let f = negated("ونفت الوزارة الأنباء , التي تحدثت عن سيطرة المسلحين على بلدة كفرنبل");
    assert!(f.iter().any(|w| w.starts_with("كفرنبل")), "{f:?}");
}

#[test]
fn a_confirmation_of_an_act_reports_it_rather_than_asserting_it() {
    let reported = |t: &str| mention(t, "role-killed").map(|m| m.reported);
    assert_eq!(
        reported("قال التحالف إنه لا يستطيع حتى هذه اللحظة تأكيد مقتل القائد سامر الدباغ"),
        Some(true)
    );
    assert_eq!(reported("أعلن الجيش مقتل القائد سامر الدباغ"), Some(false));
    // Evidence of an act is a report of it, past one word that qualifies the noun.
    assert_eq!(
        reported("بوادر الضعف لا تعطي دليلا حاسما على تصفية القائد سامر الدباغ"),
        Some(true)
    );
    assert_eq!(
        reported("كشفت معلومات جديدة عن مقتل القائد سامر الدباغ"),
        Some(true)
    );
    // A name between the report noun and the act is no qualifier: the ministry of Gaza's
    // health announces the killing.
    assert_eq!(
        reported("أعلنت وزارة صحة غزة مقتل القائد سامر الدباغ"),
        Some(false)
    );
    // Two content words back is too far: the army announced it.
    assert_eq!(
        reported("أعلن الجيش العراقي مقتل القائد سامر الدباغ"),
        Some(false)
    );
}

#[test]
fn a_conditional_states_no_negated_fact_and_a_denial_not_made_denies_nothing() {
    let killed = |t: &str| {
        let negated = mention(t, "role-killed").map(|m| m.negated);
        (negated, features(t).denial)
    };
    // «ما لم» is "unless": the longest cue is read, and it negates nothing.
    assert_eq!(
        killed("هدده بقتل عائلته ما لم يعترف باغتيال الرجل"),
        (Some(None), false)
    );
    assert_eq!(
        killed("لم يعترف باغتيال الرجل"),
        (Some(Some(NegationKind::Negation)), false)
    );
    // "has not moved to deny the reports of his death": no denial of the death.
    assert_eq!(
        killed("ولم يبادر حتى اللحظة إلى نفي معلومات مقتله"),
        (Some(None), false)
    );
    assert_eq!(
        killed("وسارع التنظيم إلى نفي معلومات مقتله"),
        (Some(Some(NegationKind::Denial)), true)
    );
    // Near enough for «لم» to reach it, the killing is neither denied nor negated.
    assert_eq!(killed("ولم ينف التنظيم مقتله"), (Some(None), false));
    assert_eq!(killed("لم يبادر إلى نفي مقتله"), (Some(None), false));
}

/// The analysis of the sentence of `text` that starts with `start`, as an extracted claim's.
fn sentence_features(text: &str, start: &str) -> super::Features {
    claim_features(text, start, start)
}

/// The analysis of the claim of `text` that starts with `claim` (folded), in the sentence that
/// starts with `sentence`.
fn claim_features(text: &str, sentence: &str, claim: &str) -> super::Features {
    let lexicon = Lexicon::default();
    let p = Prepared::new(text, &lexicon);
    let at = |s: &str| p.text().find(s).expect("the text holds it");
    let end = p.text().len();
    p.analyse(at(claim)..end, at(sentence)..end, false)
}

/// True when a word of `words` begins with `prefix`.
fn any_starts_with(words: &[String], prefix: &str) -> bool {
    words.iter().any(|w| w.starts_with(prefix))
}

#[test]
fn a_denial_of_it_denies_what_the_sentence_before_said() {
    const REPORT: &str = "أعلن الجيش اعتقال قائد الكتيبة في مدينة حلب أمس. ";
    for denial in [
        "ونفت الكتيبة ذلك , وأكدت أن قائدها حر",
        "ونفت الكتيبة هذه الأنباء",
        "ونفت الكتيبة ما أعلنه الجيش",
        // The denier named before the cue, with no clause before it to deny: what is denied
        // is still the sentence before, whatever the denier's name holds.
        "غير أن ضابطا في قيادة الكتيبة بالمنطقة الشمالية نفى ذلك",
        "لكن مصدرا مسؤولا في الكتيبة نفى هذه الأنباء",
    ] {
        let text = format!("{REPORT}{denial}");
        let opening = denial.split_whitespace().next().unwrap();
        let f = sentence_features(&text, opening);
        assert!(f.denial, "{denial}");
        for word in ["اعتقال", "حلب"] {
            assert!(
                f.negated.iter().any(|w| w == word),
                "{denial}: {:?}",
                f.negated
            );
            assert!(f.stems.iter().any(|w| w == word), "{denial}: {:?}", f.stems);
        }
    }
    // A denial that tells what it denies denies that, not the sentence before.
    let text = format!("{REPORT}ونفت الكتيبة الأنباء عن اعتقال قائدها في مدينة حمص");
    let f = sentence_features(&text, "ونفت");
    assert!(f.negated.iter().any(|w| w == "حمص"), "{:?}", f.negated);
    assert!(!f.negated.iter().any(|w| w == "حلب"), "{:?}", f.negated);
    // A denial inside its sentence denies what the sentence said before it, not its denier.
    let text = "احتلت الدولة الجزيرة عام 2009. وتتهم الحكومة جارتها بإرسال أسلحة ثقيلة إلى مناطق المتمردين , ولكن القصر ينفي ذلك";
    let f = sentence_features(text, "وتتهم");
    assert!(f.negated.iter().any(|w| w == "اسلح"), "{:?}", f.negated);
    assert!(!any_starts_with(&f.negated, "قصر"), "{:?}", f.negated);
    assert!(!any_starts_with(&f.stems, "جزير"), "{:?}", f.stems);
    // So does one after a contrast word with no comma, in English too.
    let text = "احتلت الدولة الجزيرة عام 2009. وتتهم الحكومة جارتها بإرسال أسلحة ثقيلة إلى مناطق المتمردين ولكن القصر ينفي ذلك";
    let f = sentence_features(text, "وتتهم");
    assert!(f.negated.iter().any(|w| w == "اسلح"), "{:?}", f.negated);
    assert!(!any_starts_with(&f.stems, "جزير"), "{:?}", f.stems);
    let text = "The bridge opened in 2009. The government accuses its neighbour of sending heavy weapons to the rebels but the palace denies it";
    let f = sentence_features(text, "the government");
    assert!(any_starts_with(&f.negated, "weapon"), "{:?}", f.negated);
    assert!(!any_starts_with(&f.stems, "bridge"), "{:?}", f.stems);
    // A first sentence has nothing before it to deny: its words are its own.
    let f = sentence_features("ونفت الكتيبة ذلك", "ونفت");
    assert_eq!(f.stems, features("ونفت الكتيبة ذلك").stems);
    // Reported speech opens where its words start: the battalion's denial still points back.
    let text = format!("{REPORT}وقال مصدر عسكري إن الكتيبة نفت ذلك");
    let f = claim_features(&text, "وقال", "الكتيبه نفت");
    assert!(f.negated.iter().any(|w| w == "حلب"), "{:?}", f.negated);
    // A denial that goes on to say what it denies does not point back, in English either.
    let text = "Russian forces entered Kharkiv on Monday. Moscow denied it had sent troops.";
    let f = sentence_features(text, "moscow");
    assert!(!any_starts_with(&f.negated, "kharkiv"), "{:?}", f.negated);
    // Nor does a denial after a line of page furniture reach into it.
    let text = "اقرأ أيضا: أسعار الذهب اليوم\nونفت الكتيبة ذلك";
    let f = sentence_features(text, "ونفت");
    assert!(!any_starts_with(&f.negated, "ذهب"), "{:?}", f.negated);
    // Headlines of a ticker end at their bars.
    let text = "منتخب الكرة يفوز بالبطولة | ارتفاع أسعار الذهب في الأسواق | ونفت الكتيبة ذلك";
    let f = sentence_features(text, "ونفت");
    assert!(!any_starts_with(&f.negated, "منتخب"), "{:?}", f.negated);
}

#[test]
fn the_words_of_a_denied_sentence_leave_a_mentions_context_pointing_at_its_own_words() {
    const DENIAL: &str = "ونفت الحكومة ذلك وقالت إن 12 جنديا قتلوا في هجوم على حاجز قرب الرقة";
    let alone = sentence_features(DENIAL, "ونفت");
    let text = format!("قالت المعارضة إن القصف أصاب مستشفى في إدلب. {DENIAL}");
    let after = sentence_features(&text, "ونفت");
    assert!(
        after.stems.len() > alone.stems.len(),
        "the sentence before was added"
    );
    let words = |f: &super::Features, context: &[u16]| -> Vec<String> {
        context
            .iter()
            .map(|&i| f.stems[usize::from(i)].clone())
            .collect()
    };
    assert!(!alone.mentions.is_empty() && !alone.quantities.is_empty());
    for (a, b) in alone.mentions.iter().zip(&after.mentions) {
        assert_eq!(words(&alone, &a.context), words(&after, &b.context));
    }
    for (a, b) in alone.quantities.iter().zip(&after.quantities) {
        assert_eq!(words(&alone, &a.context), words(&after, &b.context));
    }
}

#[test]
fn a_prepared_texts_folded_ranges_map_back_to_the_original() {
    let lexicon = Lexicon::default();
    let text = "قال الوزير إن نحو 2500 جندي يوجدون في العراق.";
    let prepared = Prepared::new(text, &lexicon);
    let features = prepared.analyse_statement();
    assert_eq!(features.quantities[0].value, 2500.0);
    let number = prepared
        .normalized()
        .original_range(features.quantities[0].range.clone());
    assert_eq!(&text[number], "نحو 2500");
}

#[test]
fn a_predicate_of_falsity_denies_the_report_before_it() {
    let denied = |t: &str| {
        let f = features(t);
        (f.denial, f.negated)
    };
    // The report is the clause's subject and the predicate closes it.
    let (denial, negated) = denied("ما تداولته صفحات محلية عن اعتقال الصحفي عار عن الصحة.");
    assert!(denial);
    assert!(negated.iter().any(|s| s == "صحف"), "{negated:?}");
    let (denial, negated) = denied("Reports that the minister resigned are baseless.");
    assert!(denial);
    assert!(
        negated.iter().any(|s| s.starts_with("resign")),
        "{negated:?}"
    );
    // The same words opening a report deny nothing: «مزاعم عن …» tells the allegations.
    assert!(!denied("مزاعم عن استخدام الأسلحة الكيماوية في الغوطة.").0);
    assert!(!denied("The baseless reports spread quickly.").0);
    // Nor does a false thing that is no report, nor a quoted word going on into a clause.
    assert!(!denied("The alarm was false.").0);
    assert!(!denied("وتحدث الوزير عن \"الشائعات\" التي نشرتها الصحف أمس.").0);
}

#[test]
fn a_refusing_verb_denies_only_a_report_with_its_conjunction_or_not() {
    let lexicon = Lexicon::default();
    let content = |text: &str, from: &str| {
        let p = Prepared::new(text, &lexicon);
        let at = p.text().find(from).expect("the text holds it");
        let end = p.text().len();
        p.analyse(at..end, 0..end, true).denial
    };
    // Rejecting pressure (a stance) denies no fact, whether the verb carries «و» or not.
    for verb in ["رفض", "ورفض"] {
        let text = format!("{verb} أعضاء الوفد ما سموه بالضغوط الاقتصادية على البلاد");
        assert!(!content(&text, "الوفد"), "{text}");
    }
    // Rejecting the reports of an event denies them.
    let text = "ورفض المتحدث الأنباء عن اعتقال قائد الكتيبة في المدينة";
    assert!(content(text, "الانباء"), "{text}");
}

#[test]
fn an_act_in_what_reports_say_is_reported_not_asserted() {
    let killing = |text: &str| {
        let f = features(text);
        let lexicon = Lexicon::default();
        f.mentions
            .iter()
            .find(|m| lexicon.concepts()[m.concept].id == "role-killed")
            .map(|m| m.reported)
    };
    // The reports' clause, opened by a complementiser after the report noun and its verb.
    assert_eq!(
        killing("الوزارة تدقق بالتقارير التي تشير إلى أن القائد حامد الزبيدي قتل في غارة"),
        Some(true)
    );
    assert_eq!(
        killing("checking the reports that the commander was killed in a strike"),
        Some(true)
    );
    // Told by the claim itself.
    assert_eq!(
        killing("الوزارة تؤكد أن القائد حامد الزبيدي قتل في غارة"),
        Some(false)
    );
}

#[test]
fn a_bound_and_a_noun_make_a_number_in_the_years_range_a_count() {
    // «أكثر من 3000 عائلة»: families, more than three thousand; no year is «more than».
    let f = features("أكثر من 3000 عائلة نزحت من قراها في سهل الكوم");
    assert!(f.years.is_empty(), "{:?}", f.years);
    let q = &f.quantities[0];
    assert_eq!((q.value, q.bound), (3000.0, Bound::Above));
    assert_eq!(q.counted.as_deref(), Some("families"));
    // Until a year, it stays a year.
    let f = features("استمرت الهدنة حتى 2019 في المنطقة");
    assert_eq!(f.years, vec![2019]);
}

#[test]
fn a_letter_after_a_number_abbreviates_and_counts_nothing() {
    // «1438 ه»: the Hijri year.
    let f = features("نشر في 18 ه بتوقيت مكة");
    assert!(
        f.quantities.iter().all(|q| q.unit.is_none()),
        "{:?}",
        f.quantities
    );
}

#[test]
fn a_count_of_new_ones_is_an_increment_not_a_total() {
    let f = features("وقعت الشركة 8 عقود توريد جديدة اليوم");
    assert!(f.quantities[0].part, "{:?}", f.quantities);
    let f = features("وقعت الشركة 8 عقود توريد اليوم");
    assert!(!f.quantities[0].part, "{:?}", f.quantities);
}

#[test]
fn a_part_of_a_group_counts_what_the_group_is() {
    // «ثلاثة من حراسه»: killed, and what is counted is his guards.
    let f = features("أسفرت الضربة عن مقتل ثلاثة من حراسه");
    let q = &f.quantities[0];
    assert_eq!(q.unit.as_deref(), Some("killed"));
    assert!(q.of_group);
    assert!(q.counted.is_some());
    let f = features("أسفرت الضربة عن مقتل أربعة مدنيين");
    assert_eq!(f.quantities[0].counted.as_deref(), Some("people"));
    assert!(!f.quantities[0].of_group);
}

#[test]
fn a_pluperfect_opening_tells_an_earlier_event() {
    assert!(features("وكان قصف مماثل قد طال بلدة الصنوبرات الأسبوع الماضي").anterior);
    assert!(!features("استهدفت غارة بلدة الصنوبرات فجر اليوم").anterior);
    // «كان» with no particle after it is no pluperfect.
    assert!(!features("كان القائد في موكبه حين استهدفته الغارة").anterior);
}

#[test]
fn an_english_detention_is_read_as_one_whatever_its_verb() {
    for text in [
        "He has been held against his will at the prison since February.",
        "The activist is still being held at the police station.",
        "Two journalists remain in custody in the capital.",
    ] {
        assert!(mention(text, "role-arrested").is_some(), "{text}");
    }
    // Talks held are no one held.
    assert!(mention("Talks were held in the capital on Monday.", "role-arrested").is_none());
}

#[test]
fn an_act_is_read_in_the_feminine_past_of_its_verb() {
    // A force, a family, a raid told as she: «نزحت», «قتلت», «جرحت» tell the act of «نزح»,
    // «قتل», «جرح», and the count beside it counts what befell them.
    assert!(mention("نزحت نحو 300 أسرة من قرى الوادي", "role-displaced").is_some());
    assert!(mention("وقتلت الغارة خمسة من حراس القرقني", "role-killed").is_some());
    assert!(mention("وجرحت الشظايا ثلاثة مارة في السوق", "role-wounded").is_some());
    let f = features("نزحت نحو 300 أسرة من قرى الوادي");
    assert_eq!(f.quantities.len(), 1);
    // Only after a consonant: «لقوات» is "for the forces", not «لقوا» (they met their death)
    // with the ending.
    assert!(
        mention(
            "أرسلت الوزارة تعزيزات لقوات الأمن في بلدة الزيب",
            "role-killed"
        )
        .is_none()
    );
}

#[test]
fn a_noun_as_often_as_a_verb_is_no_pole_by_itself() {
    // "fire" is a blaze far more often than a dismissal; "fired" and "sacked" still dismiss.
    let dismissals = |text: &str| {
        let l = Lexicon::default();
        let f = Prepared::new(text, &l).analyse_statement();
        f.poles
            .iter()
            .filter(|p| l.antonyms()[p.antonym].name == "appoint / dismiss")
            .count()
    };
    assert_eq!(
        dismissals("Firefighters said the fire was put out within the hour."),
        0
    );
    assert_eq!(
        dismissals("The board fired the port director on Monday."),
        1
    );
}
