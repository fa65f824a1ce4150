//! Verification on documents written for it.

use super::*;
use crate::Document;
use crate::verify::stance_model::StanceFit;

/// The stance found for document `id`.
fn stance_of(v: &Verification, id: &str) -> DocumentStance {
    verdict_of(v, id).stance
}

/// The verdict on document `id`.
fn verdict_of<'v>(v: &'v Verification, id: &str) -> &'v DocumentVerdict {
    v.documents.iter().find(|d| d.id == id).unwrap()
}

fn corpus(docs: &[(&str, &str)]) -> Corpus {
    let mut c = Corpus::new();
    for (id, text) in docs {
        c.push(Document::new(*id, *text));
    }
    c
}

#[test]
fn a_denial_disagrees_a_report_agrees_and_an_other_story_is_unrelated() {
    let c = corpus(&[
        (
            "denial",
            "نفت وزارة الداخلية ما تردد عن اعتقال الصحفي كريم الناصري في البصرة.",
        ),
        (
            "report",
            "قالت مصادر أمنية إن الشرطة اعتقلت الصحفي كريم الناصري في البصرة أمس.",
        ),
        (
            "other",
            "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة بمشاركة واسعة.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "أعلنت الشرطة اعتقال الصحفي كريم الناصري في البصرة",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &c).verify(&claim);
    let stance = |id: &str| stance_of(&v, id);
    assert_eq!(stance("denial"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Unrelated, "{v:#?}");
    assert_eq!(stance("other"), DocumentStance::Unrelated, "{v:#?}");
    // Evidence spans are byte ranges of the original text.
    let d = v.documents.iter().find(|d| d.id == "denial").unwrap();
    let e = &d.evidence[0];
    assert_eq!(&c.documents[0].text[e.start..e.end], e.text);
}

#[test]
fn an_index_is_built_once_and_answers_many_claims() {
    let c = corpus(&[
        (
            "a",
            "أعلن الجيش مقتل خمسة جنود في هجوم على قاعدة قرب الموصل.",
        ),
        (
            "b",
            "ارتفعت أسعار النفط في الأسواق العالمية اليوم بنسبة كبيرة.",
        ),
    ]);
    let checker = Checker::new();
    let verifier = Verifier::with_index(&checker, ClaimIndex::build(&c, checker.lexicon()));
    let on = |text: &str| {
        let v = verifier.verify(&Statement::new(text, checker.lexicon()));
        v.documents
            .iter()
            .filter(|d| d.stance != DocumentStance::Unrelated)
            .map(|d| d.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(on("هجوم على قاعدة قرب الموصل"), ["a"]);
    assert_eq!(on("أسعار النفط في الأسواق العالمية"), ["b"]);
}

#[test]
fn a_sentence_calling_the_claim_a_hoax_disagrees() {
    let c = corpus(&[
        (
            "hoax",
            "Reports that a giant spider was found in a Sydney kitchen are a hoax made with photo editing software.",
        ),
        (
            "report",
            "A giant spider was found in a Sydney kitchen on Monday, the family told local television.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new("Giant spider found in Sydney kitchen", checker.lexicon());
    let v = Verifier::new(&checker, &c).verify(&claim);
    let stance = |id: &str| stance_of(&v, id);
    assert_eq!(stance("hoax"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Disagree, "{v:#?}");
}

#[test]
fn an_arabic_refuting_word_counts_with_its_clitics_and_plural() {
    // «بالشائعات» is listed neither with «ب» nor «ال» nor as a plural: its stem is.
    let c = corpus(&[
        (
            "rumour",
            "وسخرت الوزارة مما وصفته بالشائعات عن بيع مصفاة الشمال لشركة أجنبية.",
        ),
        (
            "report",
            "قالت مصادر إن الحكومة باعت مصفاة الشمال لشركة أجنبية الشهر الماضي.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new("بيع مصفاة الشمال لشركة أجنبية", checker.lexicon());
    let v = Verifier::new(&checker, &c).verify(&claim);
    let stance = |id: &str| stance_of(&v, id);
    assert_eq!(stance("rumour"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Disagree, "{v:#?}");
}

#[test]
fn a_person_said_to_be_alive_disagrees_with_their_reported_death() {
    let c = corpus(&[
        (
            "alive",
            "وأكدت مصادر مقربة من العائلة أن رجل الأعمال سامر الدباغ ما زال على قيد الحياة في المستشفى.",
        ),
        (
            "other",
            "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة بمشاركة واسعة.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "مقتل رجل الأعمال سامر الدباغ في انفجار سيارة مفخخة",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &c).verify(&claim);
    let stance = |id: &str| stance_of(&v, id);
    assert_eq!(stance("alive"), DocumentStance::Disagree, "{v:#?}");
}

#[test]
fn a_sentence_calling_a_hoax_what_the_claim_calls_a_hoax_agrees() {
    let c = corpus(&[
        (
            "debunk",
            "Experts said the story of a talking parrot elected mayor of Springfield is a hoax started on a satire site.",
        ),
        (
            "other",
            "The city council approved the new budget for road repairs on Tuesday.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "Talking parrot elected mayor of Springfield is a hoax",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &c).verify(&claim);
    let stance = |id: &str| stance_of(&v, id);
    assert_eq!(stance("debunk"), DocumentStance::Agree, "{v:#?}");
}

/// Three English articles on one claim, written for this test: one reports it plainly and
/// vouches for it, one holds it at arm's length, one calls it false.
fn three_english_articles() -> Corpus {
    corpus(&[
        (
            "confirms",
            "The city council confirmed on Monday that the old stone bridge over the river will be \
             closed for repairs from next month. Officials said the closure was announced after an \
             inspection. The mayor confirmed the bridge will reopen in the spring.",
        ),
        (
            "hedges",
            "The old stone bridge over the river will reportedly be closed for repairs, according \
             to unverified posts on social media. Residents claim the council may close it next \
             month. The report could not be confirmed and the closure appears to be speculation.",
        ),
        (
            "refutes",
            "Posts saying the old stone bridge over the river will be closed for repairs are false, \
             the city council said. The council denied any plan to close the bridge and called the \
             claim a hoax.",
        ),
    ])
}

#[test]
fn the_english_stance_model_reads_vouching_hedging_and_refuting_articles() {
    let checker = Checker::new();
    let claim = Statement::new(
        "Old stone bridge over the river to be closed for repairs",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &three_english_articles()).verify(&claim);
    let of = |id: &str| verdict_of(&v, id);
    assert_eq!(of("confirms").stance, DocumentStance::Agree, "{v:#?}");
    assert_eq!(of("hedges").stance, DocumentStance::Discuss, "{v:#?}");
    assert_eq!(of("refutes").stance, DocumentStance::Disagree, "{v:#?}");
    // The model reads the two the rules find no contradiction in; the denial the rules read
    // stands as they read it.
    assert!(of("confirms").by_model && of("hedges").by_model, "{v:#?}");
    assert!(!of("refutes").by_model, "{v:#?}");
    // The sentence that says what the document was found to say comes first.
    assert!(
        of("refutes").evidence[0].stance == DocumentStance::Disagree,
        "{v:#?}"
    );
}

#[test]
fn without_a_stance_model_the_rules_decide_and_arabic_claims_never_meet_the_english_model() {
    let lexicon = crate::Lexicon::default();
    let judge = Judge::new(&lexicon);
    let index = ClaimIndex::build(&three_english_articles(), &lexicon);
    let claim = Statement::new(
        "Old stone bridge over the river to be closed for repairs",
        &lexicon,
    );
    let rules = verify(&judge, &VerifyConfig::DEFAULT, &[], &claim, &index);
    assert!(rules.documents.iter().all(|d| !d.by_model));
    // The rules read one sentence: the plain report is at most "agree" by that sentence, and
    // the hedged one is no worse than discuss.
    let arabic = Statement::new("إغلاق الجسر الحجري القديم للصيانة", &lexicon);
    let v = verify(
        &judge,
        &VerifyConfig::DEFAULT,
        bundled_stance_models(),
        &arabic,
        &index,
    );
    assert!(v.documents.iter().all(|d| !d.by_model), "{v:#?}");
}

#[test]
fn a_model_fitted_on_signals_learns_which_signal_means_which_stance() {
    // Documents whose sentences hedge discuss; whose sentences refute disagree; the rest agree.
    let at = |name: &str| STANCE_FEATURES.iter().position(|f| *f == name).unwrap();
    let row = |feature: Option<&str>, stance| {
        let mut x = [0.0; STANCE_FEATURES.len()];
        x[0] = 1.0;
        if let Some(f) = feature {
            x[at(f)] = 1.0;
        }
        (x, stance)
    };
    let mut rows = Vec::new();
    for _ in 0..20 {
        rows.push(row(Some("read_hedging"), DocumentStance::Discuss));
        rows.push(row(Some("read_refuting"), DocumentStance::Disagree));
        rows.push(row(None, DocumentStance::Agree));
    }
    let model = StanceModel::fit(&rows, &StanceFit::default(), "en", "a test");
    for (x, stance) in &rows[..3] {
        assert_eq!(model.decide(x).0, *stance);
    }
    // Written and read back, it is the same model; a model for other signals is refused.
    let read = StanceModel::from_json(&model.to_json()).unwrap();
    assert_eq!(
        (&read.features, &read.trained_on),
        (&model.features, &model.trained_on)
    );
    for (a, b) in read
        .weights
        .iter()
        .flatten()
        .zip(model.weights.iter().flatten())
    {
        assert!((a - b).abs() < 1e-12);
    }
    let mut other = model.clone();
    other.features.pop();
    let err = StanceModel::from_json(&serde_json::to_string(&other).unwrap()).unwrap_err();
    assert!(err.contains("signals"), "{err}");
}

#[test]
fn cue_words_are_counted_with_their_clitics_and_plurals() {
    let lexicon = crate::Lexicon::default();
    let cues = TextCues::of(
        "It was reportedly a hoax, the ministry confirmed.",
        &lexicon,
    );
    assert_eq!(
        (cues.words, cues.refuting, cues.hedging, cues.confirming),
        (8, 1, 1, 1)
    );
    let arabic = TextCues::of(
        "وسخرت الوزارة مما وصفته بالشائعات وأكد المتحدث ذلك",
        &lexicon,
    );
    assert_eq!((arabic.refuting, arabic.confirming), (1, 1));
}

#[test]
fn a_negated_sentence_counts_apart_under_a_negated_claim() {
    let at = |name: &str| STANCE_FEATURES.iter().position(|f| *f == name).unwrap();
    let cues = TextCues::default();
    let read = [SentenceRead {
        relevance: 0.8,
        stance: DocumentStance::Discuss,
        score: 0.8,
        cues,
        negated: true,
    }];
    let signals = |claim_negated| DocumentSignals {
        claim: &cues,
        claim_asks: false,
        claim_negated,
        rules: (DocumentStance::Discuss, 0.8),
        read: &read,
        body: &cues,
        lead: &cues,
    };
    let asserted = signals(false).features();
    assert!(asserted[at("read_negated")] > 0.0);
    assert_eq!(asserted[at("read_negated_as_claim_is")], 0.0);
    let negated = signals(true).features();
    assert_eq!(negated[at("read_negated")], 0.0);
    assert!(negated[at("read_negated_as_claim_is")] > 0.0);
    assert_eq!(negated[at("claim_negated")], 1.0);
}

/// A folder of three short articles: which of a claim's words are rare (a name) and which are
/// the words of all news (the day, "security forces") is told by the lexicon's background of
/// news, not by the three articles alone, where every word is as rare as any other.
#[test]
fn in_a_small_folder_a_claims_rare_names_decide_what_is_about_it() {
    let c = corpus(&[(
        "lawyer",
        "نفى مصدر في وزارة الداخلية صحة ما نشرته صفحات عن توقيف المهندس وليد القاسمي.\n\
         وأوضح أن الجلسة المقبلة للنظر في قضية الأرض المتنازع عليها حددت في الشهر المقبل.\n\
         وأشار إلى أن الوزارة ستلاحق من ينشر الأخبار الكاذبة.",
    )]);
    let checker = Checker::new();
    let claim = Statement::new(
        "اعتقلت قوات الأمن فجر الثلاثاء المهندس وليد القاسمي من منزله في حي الرمال بالمدينة",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &c).verify(&claim);
    let d = verdict_of(&v, "lawyer");
    assert_eq!(d.stance, DocumentStance::Disagree, "{v:#?}");
    assert!(d.evidence[0].text.contains("توقيف"), "{v:#?}");
}

/// A claim in one script and an article in the other share no word: the article is found by
/// the names both write and the acts and things both name.
#[test]
fn an_article_in_the_other_script_is_found_by_its_names_and_acts() {
    let c = corpus(&[
        (
            "ar",
            "أعلنت مديرية الشرطة في الموصل اعتقال المهندس وليد القاسمي بتهمة التزوير.\n\
             وقالت إن التحقيق معه جار.",
        ),
        (
            "other",
            "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة بمشاركة واسعة.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "Police in Mosul arrested engineer Walid al-Qasimi on forgery charges",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &c)
        .stance_models(Vec::new())
        .verify(&claim);
    assert_ne!(stance_of(&v, "ar"), DocumentStance::Unrelated, "{v:#?}");
    assert_eq!(stance_of(&v, "other"), DocumentStance::Unrelated, "{v:#?}");
}

/// A claim of many words an English article could never hold (who told the media, when) and
/// a few it can (the country, the act, the place): the article is weighed on those few, and
/// its denial disagrees with the claim.
#[test]
fn an_article_in_the_other_script_is_weighed_on_the_words_it_could_hold() {
    let c = corpus(&[(
        "en",
        "Jordan's army denied that its warplanes had struck a farm in southern Syria on \
         Thursday.\nAn army statement said the reports were false.",
    )]);
    let checker = Checker::new();
    let claim = Statement::new(
        "ذكرت مصادر مطلعة في تصريحات خاصة لوسائل الإعلام المحلية مساء الخميس أن الطيران \
         الأردني قصف مزرعة في ريف سوريا الجنوبي",
        checker.lexicon(),
    );
    let v = Verifier::new(&checker, &c)
        .stance_models(Vec::new())
        .verify(&claim);
    assert_eq!(stance_of(&v, "en"), DocumentStance::Disagree, "{v:#?}");
}
