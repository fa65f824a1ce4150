//! The judge on pairs of statements written for each rule.

use super::*;
use crate::lexicon::Lexicon;

fn judge(a: &str, b: &str) -> Judgement {
    let l = Lexicon::default();
    let j = Judge::new(&l);
    j.judge(&Statement::new(a, &l), &Statement::new(b, &l))
}

#[test]
fn numbers_that_cannot_both_hold_conflict() {
    let j = judge(
        "يوجد في العراق نحو ألفين وخمسمئة جندي أميركي",
        "ينتشر في العراق عدد لا يتجاوز ألف وخمسمئة عسكري",
    );
    assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
}

#[test]
fn a_figure_and_a_bound_at_that_figure_do_not_conflict() {
    // News rounds: «four months» and «more than four months» tell one battle; a bound away
    // from the figure still conflicts with it.
    let j = judge(
        "سيطرت القوات على المدينة بعد معركة دامت أربعة أشهر",
        "سيطرت القوات على المدينة بعد معركة دامت أكثر من أربعة أشهر",
    );
    assert_ne!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    let j = judge(
        "يوجد في العراق 2500 جندي أميركي",
        "يوجد في العراق أكثر من 3000 جندي أميركي",
    );
    assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    // Two bounds at one figure that cannot both hold still conflict.
    let j = judge(
        "يوجد في العراق ما لا يقل عن 100 جندي أميركي",
        "يوجد في العراق أقل من 100 جندي أميركي",
    );
    assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
}

#[test]
fn numbers_in_different_places_do_not_conflict() {
    let j = judge("يوجد في العراق نحو 3000 جندي", "يوجد في سوريا نحو 700 جندي");
    assert_ne!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
}

#[test]
fn a_statement_negated_as_a_whole_contradicts_its_assertion() {
    let j = judge(
        "المنتخب المغربي تأهل إلى نهائيات كأس العالم",
        "المنتخب المغربي لم يتأهل إلى نهائيات كأس العالم",
    );
    assert_eq!(j.stance, Stance::Contradict, "{j:?}");
    assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
    // A negation about something else is no contradiction.
    let j = judge(
        "المنتخب المغربي تأهل إلى نهائيات كأس العالم",
        "الحكومة لم توافق على رفع أسعار الوقود هذا الشهر",
    );
    assert_ne!(j.stance, Stance::Contradict, "{j:?}");
}

#[test]
fn negated_frame_conflicts_with_asserted_frame() {
    let j = judge(
        "ستضع الحكومة جدولا زمنيا لانسحاب القوات",
        "لا يوجد جدول زمني لانسحاب القوات",
    );
    assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
}

#[test]
fn denial_is_its_own_kind() {
    let j = judge(
        "بدأت مفاوضات حول انسحاب القوات",
        "نفى الوزير وجود مفاوضات حول انسحاب القوات",
    );
    assert_eq!(j.kind, Some(ConflictKind::Denial), "{j:?}");
}

#[test]
fn frames_about_different_objects_do_not_conflict() {
    let j = judge(
        "سيتم وضع جدول زمني لإنهاء مهمة التحالف",
        "تريد توحيد البيشمركة رافضا تحديد جدول زمني لذلك",
    );
    assert_eq!(j.stance, Stance::Unrelated, "{j:?}");
}

#[test]
fn opposite_poles_on_the_same_topic_conflict() {
    let j = judge(
        "يجب إنهاء مهمة التحالف في البلاد",
        "نريد الإبقاء على القوات في البلاد",
    );
    assert_eq!(j.kind, Some(ConflictKind::Antonym), "{j:?}");
}

#[test]
fn general_opposites_of_the_lexicon_conflict() {
    for (a, b) in [
        (
            "الشركة تحقق أرباحا كبيرة في الربع الأول",
            "الشركة تسجل خسائر كبيرة في الربع الأول",
        ),
        (
            "وزارة الخارجية تدين الهجوم على القافلة الإنسانية",
            "وزارة الخارجية ترحب بالهجوم على القافلة الإنسانية",
        ),
        (
            "المصنع يواصل الإنتاج رغم الإضراب",
            "المصنع يوقف الإنتاج بسبب الإضراب",
        ),
    ] {
        let j = judge(a, b);
        assert_eq!(j.kind, Some(ConflictKind::Antonym), "{a} / {b}: {j:?}");
    }
}

#[test]
fn paraphrase_agrees() {
    let j = judge(
        "اتفق الطرفان على إنشاء لجنة فنية مشتركة بين الوزارتين لمتابعة المشروع",
        "الطرفان اتفقا على إنشاء لجنة فنية مشتركة بين الوزارتين لمتابعة المشروع الجديد",
    );
    assert_eq!(j.stance, Stance::Agree, "{j:?}");
}

#[test]
fn a_model_verdict_says_what_moved_it_and_which_words_differ() {
    let l = Lexicon::default();
    let j = Judge::new(&l).with_model(LinearModel::embedded());
    let v = j.judge(
        &Statement::new("المنتخب المصري يفوز بكأس البطولة العربية", &l),
        &Statement::new("المنتخب التونسي يفوز بكأس البطولة العربية", &l),
    );
    // The rules see one shared story; the model sees one word swapped for another.
    assert_eq!(v.stance, Stance::Contradict, "{v:?}");
    assert_eq!(v.kind, Some(ConflictKind::Substitution), "{v:?}");
    assert!(v.explanation.contains("rules said Agree"), "{v:?}");
    assert!(v.explanation.contains("against Agree mostly"), "{v:?}");
    assert!(v.explanation.contains("left over: «مصر» / «تونس»"), "{v:?}");
    assert_eq!(v.cues, ["مصر".to_string(), "تونس".to_string()]);
}

#[test]
fn english_negation_conflicts() {
    let j = judge(
        "The minister said a timeline for the withdrawal of US forces will be drafted",
        "We do not have a timeline for the withdrawal of US forces",
    );
    assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
}

#[test]
fn a_toll_given_as_an_update_supersedes_rather_than_contradicts() {
    let j = judge(
        "ارتفعت حصيلة الزلزال الذي ضرب المدينة إلى 300 قتيل",
        "قتل 120 شخصا في الزلزال الذي ضرب المدينة",
    );
    assert_eq!(j.stance, Stance::Update, "{j:?}");
    assert_eq!(j.kind, None, "{j:?}");
    let j = judge(
        "وكانت حصيلة سابقة أشارت إلى مقتل 61 شخصا في الزلزال",
        "مقتل 129 شخصا في الزلزال الذي ضرب المنطقة الحدودية",
    );
    assert_eq!(j.stance, Stance::Update, "{j:?}");
}

#[test]
fn a_part_of_a_toll_is_no_rival_of_the_total() {
    // «بينهم 7 مدنيين» counts some of the ten killed.
    let j = judge(
        "مقتل 10 أشخاص بينهم 7 مدنيين في قصف على البلدة",
        "مقتل 10 أشخاص في قصف على البلدة",
    );
    assert_ne!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
}

#[test]
fn counts_of_different_roles_are_not_compared() {
    // The killed and the wounded of one attack are two counts.
    let j = judge(
        "مقتل 7 مدنيين في الهجوم على السوق",
        "إصابة 20 مدنيا في الهجوم على السوق",
    );
    assert_ne!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    // The same role, told in other words, is compared.
    let j = judge(
        "مقتل 7 مدنيين في الهجوم على السوق",
        "قتل 25 مدنيا في الهجوم على السوق",
    );
    assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
}

#[test]
fn an_act_denied_of_the_one_it_is_reported_of_is_a_denial() {
    let j = judge(
        "نفت وزارة الداخلية ما تردد عن اعتقال الصحفي كريم الناصري في البصرة",
        "أعلنت الشرطة اعتقال الصحفي كريم الناصري في البصرة",
    );
    assert_eq!(j.stance, Stance::Contradict, "{j:?}");
    assert_eq!(j.kind, Some(ConflictKind::Denial), "{j:?}");
    assert_eq!(j.topic, "role-arrested", "{j:?}");
    // An act negated where it is told is said not to have happened.
    let j = judge(
        "لم يتم اعتراض الطائرة المسيرة فوق ميناء العقبة",
        "تمكنت الدفاعات من اعتراض الطائرة المسيرة فوق ميناء العقبة",
    );
    assert_eq!(j.stance, Stance::Contradict, "{j:?}");
}

#[test]
fn no_truth_in_a_report_denies_it() {
    // «لا صحة لـ…» (there is no truth in …) is how an authority denies a report without «نفى».
    for denial in [
        "وقالت وزارة الداخلية إنه لا صحة للأنباء عن اعتقال الصحفي كريم الناصري في البصرة",
        "وأكدت وزارة الداخلية عدم صحة الأنباء عن اعتقال الصحفي كريم الناصري في البصرة",
    ] {
        let j = judge(denial, "أعلنت الشرطة اعتقال الصحفي كريم الناصري في البصرة");
        assert_eq!(j.stance, Stance::Contradict, "{denial}: {j:?}");
        assert_eq!(j.kind, Some(ConflictKind::Denial), "{denial}: {j:?}");
    }
}

#[test]
fn an_act_denied_of_someone_else_is_no_conflict() {
    let j = judge(
        "نفى الجيش ما تردد عن اعتقال القائد حسين في حلب",
        "أعلنت الوزارة اعتقال مراسل صحفي خلال تغطيته الاشتباكات",
    );
    assert_ne!(j.stance, Stance::Contradict, "{j:?}");
}

#[test]
fn a_denial_reaches_an_act_only_where_the_act_opens_what_is_denied() {
    // The act stands inside another noun: what is denied is the motive, not the arrest.
    let j = judge(
        "نفى النادي أن يكون سبب الخلاف اعتقال مدربه كريم الناصري في البصرة",
        "أعلنت الشرطة اعتقال كريم الناصري في البصرة",
    );
    assert_ne!(j.stance, Stance::Contradict, "{j:?}");
    // A report of the act is not its assertion: the act rule leaves it (a bare statement
    // negated as a whole may still be read against it).
    let j = judge(
        "نشرت الصحيفة خبرا عن اعتقال الصحفي كريم الناصري في البصرة",
        "نفت وزارة الداخلية ما تردد عن اعتقال الصحفي كريم الناصري في البصرة",
    );
    assert_ne!(j.topic, "role-arrested", "{j:?}");
}

#[test]
fn badly_hurt_and_in_good_health_are_opposite_poles() {
    let j = judge(
        "قائد الفصيل سامر الدباغ في حالة حرجة بعد الغارة",
        "قائد الفصيل سامر الدباغ بصحة جيدة بعد الغارة",
    );
    assert_eq!(j.kind, Some(ConflictKind::Antonym), "{j:?}");
    let j = judge(
        "The commander was badly wounded in the strike",
        "The commander is in good health after the strike",
    );
    assert_eq!(j.kind, Some(ConflictKind::Antonym), "{j:?}");
}

/// A statement as a claim of an archive: its event words are the stems of `rare`, each of
/// weight `weight` (in an archive the weight is the word's rarity).
fn corpus_claim(text: &str, l: &Lexicon, rare: &[&str], weight: f32) -> crate::analysis::Features {
    let mut f = Statement::new(text, l).features;
    let rare: Vec<u64> = rare.iter().map(|w| crate::analysis::stem_key(w)).collect();
    f.event = Some(
        f.stem_keys
            .iter()
            .filter(|k| rare.contains(k))
            .map(|&k| (k, weight))
            .collect(),
    );
    f
}

#[test]
fn in_a_corpus_an_act_denied_is_as_sure_as_the_names_it_shares() {
    // Two claims of an archive: the denial and the report share the rare names of whom the act
    // befell (weight 4, two thirds of what two claims of one event share). The names are the
    // rule's evidence of one event: the score is not discounted a second time for it.
    let l = Lexicon::default();
    let judge = Judge::new(&l);
    let corpus_claim = |text: &str| corpus_claim(text, &l, &["سامر", "دباغ"], 2.0);
    let report = corpus_claim("أعلن الجيش مقتل القائد سامر الدباغ في الغارة");
    let denial = corpus_claim("نفت الحركة ما تردد عن مقتل القائد سامر الدباغ");
    let v = judge.verdict(&report, &denial);
    assert_eq!(v.kind, Some(ConflictKind::Denial), "{v:?}");
    assert!(v.score >= 0.65, "{v:?}");
}

#[test]
fn in_a_corpus_poles_with_no_topic_oppose_only_a_denial() {
    // «in a critical condition» and «in good health» have no topic of their own: in an archive
    // they oppose each other only when one claim denies the other (the denial holds the other
    // pole of the one thing it denies); two reports of two people's health do not conflict.
    let l = Lexicon::default();
    let judge = Judge::new(&l);
    let corpus_claim = |text: &str| corpus_claim(text, &l, &["سامر", "دباغ", "غار"], 4.0);
    let report = corpus_claim("أعلن الجيش أن القائد سامر الدباغ في حالة حرجة إثر الغارة");
    let denial = corpus_claim(
        "نفت الحركة ما أعلنه الجيش عن القائد سامر الدباغ في الغارة وأكدت أنه بصحة جيدة",
    );
    let v = judge.verdict(&report, &denial);
    assert_eq!(v.kind, Some(ConflictKind::Antonym), "{v:?}");
    assert!(v.score >= 0.65, "{v:?}");
    let well = corpus_claim("قالت الحركة إن القائد سامر الدباغ بصحة جيدة بعد الغارة");
    let v = judge.verdict(&report, &well);
    assert_ne!(v.kind, Some(ConflictKind::Antonym), "{v:?}");
}

#[test]
fn a_toll_of_a_group_does_not_answer_the_denial_of_one_named_death() {
    // «مليشيا الحوثي وصالح» names the alliance's fighters, of whom 16 were killed: the denial
    // that Saleh himself was killed is not about them. A report of Saleh's own killing is.
    let l = Lexicon::default();
    let judge = Judge::new(&l);
    let corpus_claim = |text: &str| corpus_claim(text, &l, &["صالح", "حوث", "منزل"], 3.0);
    let denial = corpus_claim("نفى مكتب الرئيس السابق ما راج حول مقتل صالح على يد الحوثي");
    let toll = corpus_claim("مقتل 16 شخصا من مليشيا الحوثي وصالح في هجوم للجيش");
    let death = corpus_claim("أعلن الحوثي مقتل الرئيس السابق صالح في صنعاء");
    assert_ne!(
        judge.verdict(&toll, &denial).kind,
        Some(ConflictKind::Denial)
    );
    assert_eq!(
        judge.verdict(&death, &denial).kind,
        Some(ConflictKind::Denial)
    );
    // A toll beside the named death does not hide it.
    let both = corpus_claim("أعلن الحوثي مقتل الرئيس السابق صالح في هجوم قتل فيه 16 شخصا");
    assert_eq!(
        judge.verdict(&both, &denial).kind,
        Some(ConflictKind::Denial)
    );
}

#[test]
fn a_kind_is_named_as_the_json_spells_it() {
    for kind in [
        ConflictKind::Negation,
        ConflictKind::Denial,
        ConflictKind::Numeric,
        ConflictKind::Antonym,
        ConflictKind::Substitution,
    ] {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
    }
}

#[test]
fn a_denial_never_corroborates_what_it_denies() {
    // A denial that points back carries the words of what it denies: in an archive it is as
    // like the report as a reprint is, and must still not be read as saying the same.
    let l = Lexicon::default();
    let judge = Judge::new(&l);
    const REPORT: &str = "أعلن الجيش اعتقال قائد الكتيبة سامر الدباغ في مدينة حلب";
    let rare = ["سامر", "دباغ", "حلب"];
    let report = corpus_claim(REPORT, &l, &rare, 7.0);
    let text = format!("{REPORT}. ونفت الكتيبة ذلك");
    let p = crate::analysis::Prepared::new(&text, &l);
    let at = p.text().find("ونفت").unwrap();
    let mut denial = p.analyse(at..p.text().len(), at..p.text().len(), false);
    let keys: Vec<u64> = rare.iter().map(|w| crate::analysis::stem_key(w)).collect();
    denial.event = Some(
        denial
            .stem_keys
            .iter()
            .filter(|k| keys.contains(k))
            .map(|&k| (k, 7.0))
            .collect(),
    );
    let v = judge.verdict(&report, &denial);
    assert_ne!(v.stance, Stance::Agree, "{v:?}");
    // Without the denial the two say one thing.
    let again = corpus_claim(REPORT, &l, &rare, 7.0);
    assert_eq!(judge.verdict(&report, &again).stance, Stance::Agree);
}

#[test]
fn an_act_word_names_no_one_a_denial_is_about() {
    // The two share an act ("killed") and one more word: only the second may name someone.
    let j = judge(
        "The ministry denied that he had been detained or arrested near the border crossing.",
        "A lorry driver was arrested near the port on Wednesday.",
    );
    assert_eq!(j.kind, None, "{j:?}");
    // Words that name someone, beside the act, make it one.
    let j = judge(
        "The ministry denied that the lorry driver had been arrested near the port.",
        "A lorry driver was arrested near the port on Wednesday.",
    );
    assert_eq!(j.kind, Some(ConflictKind::Denial), "{j:?}");
}

#[test]
fn a_sentence_telling_an_act_and_its_denial_is_no_rival_of_either() {
    // A radio says he was killed and his office denies it, in one sentence: it reports both
    // sides. The office's denial alone is the army's rival.
    let army = "وأعلن الجيش مقتل القيادي سالم القرقني في غارة جوية على الصنوبرات فجر الاثنين.";
    let survey = "قالت إذاعة الزيب إن القيادي سالم القرقني قتل , إلا أن مكتب القرقني نفى ما \
                  وصفه بالشائعات التي راجت حول مقتله في غارة على الصنوبرات.";
    let denial = "ونفى مكتب القرقني الشائعات التي راجت حول مقتله في غارة على الصنوبرات.";
    let j = judge(survey, army);
    assert_ne!(j.kind, Some(ConflictKind::Denial), "{j:?}");
    assert_eq!(judge(denial, army).kind, Some(ConflictKind::Denial));
}

#[test]
fn a_count_of_the_killed_or_wounded_is_no_count_of_the_killed() {
    // One figure for two roles joined as one counts both; a count of the killed alone is no
    // rival of it. Two counts of the killed are.
    let killed = "31 people were killed in the attack on the Kum market";
    let both = "70 people were killed or wounded in the attack on the Kum market";
    let more = "70 people were killed in the attack on the Kum market";
    assert_ne!(judge(killed, both).kind, Some(ConflictKind::Numeric));
    assert_eq!(judge(killed, more).kind, Some(ConflictKind::Numeric));
}

/// A judgement speaks the first claim's language and quotes each cue as its claim writes it:
/// no glossary key, no folded spelling.
#[test]
fn a_judgement_is_written_in_its_claims_language_with_their_spelling() {
    let j = judge(
        "يوجد في العراق نحو ألفين وخمسمئة جندي أميركي",
        "ينتشر في العراق عدد لا يتجاوز ألف وخمسمئة عسكري",
    );
    assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    assert!(j.explanation.contains("في العراق"), "{j:?}");
    assert!(j.explanation.contains("نحو 2500"), "{j:?}");
    assert!(
        !j.explanation.is_ascii() && !j.explanation.contains("iraq"),
        "{j:?}"
    );
    // The folded «ه» of the rules' reading is quoted as the claim's «ة».
    let j = judge(
        "قائد الكتيبة رامي الكومي في حالة حرجة بعد القصف",
        "قائد الكتيبة رامي الكومي بصحة جيدة بعد القصف",
    );
    assert_eq!(j.kind, Some(ConflictKind::Antonym), "{j:?}");
    assert!(j.explanation.contains("«حالة حرجة»"), "{j:?}");
    assert!(j.cues.iter().any(|c| c.contains("حرجة")), "{j:?}");
    assert!(
        j.explanation.is_char_boundary(0) && !j.explanation.contains(" / "),
        "{j:?}"
    );
    let j = judge(
        "The ministry said 40 people were killed in the strike on the market.",
        "The ministry said 12 people were killed in the strike on the market.",
    );
    assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    assert!(j.explanation.contains("one says 40"), "{j:?}");
}

/// An act one statement says did not happen and the other says did, in two scripts that
/// share no word: whatever names they share, they do not agree.
#[test]
fn an_act_negated_in_one_script_and_told_in_the_other_is_no_agreement() {
    let denied = "قال ناطق عسكري إن المقاتلات الكينية لم تقصف أي معسكر قرب بلدة بارديري";
    let told = "Kenyan fighter jets bombed a camp near the town of Bardhere on Saturday";
    for (a, b) in [(denied, told), (told, denied)] {
        let j = judge(a, b);
        assert_ne!(j.stance, Stance::Agree, "{j:?}");
    }
    // Told on both sides, they still agree.
    let told_ar = "قصفت المقاتلات الكينية معسكرا قرب بلدة بارديري يوم السبت";
    assert_eq!(judge(told_ar, told).stance, Stance::Agree);
}

#[test]
fn a_name_with_a_preposition_letter_on_it_is_the_name() {
    // «بمصراتة» (in Misrata) names the town the report names bare: the denial governs the
    // same names, whom and where.
    let j = judge(
        "نفى المتحدث اعتقال ناشطين بمصراتة",
        "اعتقلت قوات الأمن ناشطين في مصراتة",
    );
    assert_eq!(j.kind, Some(ConflictKind::Denial), "{j:?}");
}
