//! The whole pipeline on small corpora written for each case: what the stages decide together.

use super::*;
use crate::date;
use crate::judge::ConflictKind;

/// Two articles that share one sentence and nothing else, from the given outlets.
fn two_articles(first: &str, second: &str) -> Corpus {
    const SHARED: &str =
        "وقال المتحدث باسم الجيش إن 12 جنديا قتلوا في الهجوم على الحاجز قرب مدينة حلب.";
    let mut corpus = Corpus::new();
    corpus.push(
        Document::new(
            "a",
            format!("افتتح وزير الثقافة معرض الكتاب في العاصمة. {SHARED}"),
        )
        .with_source(first),
    );
    corpus.push(
        Document::new(
            "b",
            format!("{SHARED} وفاز المنتخب على ضيفه بهدفين في الملعب البلدي."),
        )
        .with_source(second),
    );
    corpus
}

#[test]
fn an_outlets_narration_meets_a_denial_of_it() {
    // Neither sentence names a speaker the lexicon knows: both are their outlets'. An
    // outlet's narration takes no side against another's, but a denial is someone's.
    let mut corpus = Corpus::new();
    corpus.push(
        Document::new(
            "a",
            "أصيب قائد الفصيل سامر الدباغ بجروح بليغة في الغارة الجوية على بلدة كفرنبل.",
        )
        .with_source("site-a"),
    );
    corpus.push(
        Document::new(
            "b",
            "نفت الحركة إصابة قائد الفصيل سامر الدباغ في الغارة الجوية على بلدة كفرنبل، \
             وأكدت أنه بصحة جيدة.",
        )
        .with_source("site-b"),
    );
    corpus.push(
        Document::new(
            "c",
            "قائد الفصيل سامر الدباغ بصحة جيدة بعد الغارة الجوية على بلدة كفرنبل.",
        )
        .with_source("site-c"),
    );
    let report = Checker::new().check(&corpus);
    let pairs: Vec<(&str, &str)> = report
        .conflicts
        .iter()
        .map(|c| (c.a.as_str(), c.b.as_str()))
        .collect();
    assert!(
        pairs
            .iter()
            .any(|p| p.0.starts_with('a') && p.1.starts_with('b')),
        "{:?}",
        report.conflicts
    );
    assert!(
        !pairs
            .iter()
            .any(|p| p.0.starts_with('a') && p.1.starts_with('c')),
        "{:?}",
        report.conflicts
    );
}

/// `n` short documents of everyday words from as many sites: an archive, where claims meet
/// only through rare words.
fn background(n: usize) -> Vec<Document> {
    (0..n)
        .map(|i| {
            let text = crate::test_support::everyday_words(i).join(" ");
            Document::new(format!("bg{i:03}"), text).with_source(format!("bg{i}"))
        })
        .collect()
}

/// An archive: sixty background documents and `docs` (`(id, text)`), each from a site of
/// its own.
fn archive(docs: &[(&str, &str)]) -> Corpus {
    let mut corpus = Corpus::new();
    for d in background(60) {
        corpus.push(d);
    }
    for (id, text) in docs {
        corpus.push(Document::new(*id, *text).with_source(format!("site-{id}")));
    }
    corpus
}

#[test]
fn in_an_archive_a_denial_holding_the_other_state_is_a_conflict() {
    // A report that the commander is badly hurt, in one outlet's words, and the movement's
    // denial that he is, holding that he is well: poles with no topic of their own meet in
    // an archive through the denial (blocking proposes the pair, the judge flags it).
    let corpus = archive(&[
        (
            "a",
            "قائد الفصيل سامر الدباغ في حالة حرجة بعد الغارة الجوية على بلدة كفرنبل الليلة.",
        ),
        (
            "b",
            "ونفت الحركة ما أعلنه الجيش، وأكدت أن قائد الفصيل سامر الدباغ بصحة جيدة بعد \
             الغارة الجوية على بلدة كفرنبل الليلة.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    assert!(
        report.claims.iter().all(|c| c.features.event.is_some()),
        "an archive measures rarity"
    );
    assert!(
        report.conflicts.iter().any(|c| c.a.starts_with('a')
            && c.b.starts_with('b')
            && c.kind == ConflictKind::Antonym),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn in_an_archive_a_denial_naming_whom_it_denies_of_meets_a_terse_report() {
    // The movement denies what the army announced (told one sentence before) and holds
    // that he is well; another outlet says in a few words of its own that he was badly
    // hurt. The two share little but his name, which the denial governs.
    // c and d: a denial is no state its denier holds: «نفى» is no rival of another's «أكد».
    let corpus = archive(&[
        (
            "a",
            "تواصلت الغارات الجوية على بلدة كفرنبل. وفي الثالث من الشهر أصيب سامر الدباغ \
             بجروح بليغة.",
        ),
        (
            "b",
            "أعلن الجيش إصابة قائد الفصيل سامر الدباغ في غارة جوية على بلدة كفرنبل. \
             ونفت الحركة مساء الأربعاء ما أعلنه الجيش، وشددت على أنه بصحة جيدة ويتابع عمله.",
        ),
        (
            "c",
            "وقالت الوزارة إن صورا أكدت أن المسلحين استخدموا غازات سامة في هجوم بلدة كفرنبل.",
        ),
        (
            "d",
            "ونفى الفصيل أي استخدام لغازات سامة في بلدة كفرنبل، واتهم المسلحين بتخزينها.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    let antonyms: Vec<(&str, &str)> = report
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Antonym)
        .map(|c| (&c.a[..1], &c.b[..1]))
        .collect();
    assert!(antonyms.contains(&("a", "b")), "{:?}", report.conflicts);
    assert!(!antonyms.contains(&("c", "d")), "{:?}", report.conflicts);
}

#[test]
fn what_a_denial_confirms_is_no_rival_of_anothers_denial() {
    // The tour "confirmed" that a report is untrue: its confirming is the denial, not a
    // state it holds against the other outlet, which says the same people deny it (in
    // words that do not make that outlet's sentence a denial: no relative before the
    // subject, so only the confirm / deny poles could set the two against each other).
    let corpus = archive(&[
        (
            "e",
            "The golfer's agent released a statement, saying, “These claims are completely \
             false. The tour has confirmed that there is no truth to these claims about \
             Marlowe Quimby.”",
        ),
        (
            "f",
            "Marlowe Quimby has been suspended for a month by the tour, a claim the \
             tour and the golfer's agent vehemently deny.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    assert!(
        !report
            .conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::Antonym),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn in_an_archive_a_frame_one_side_announces_and_the_other_negates_is_a_conflict() {
    // One government says a timetable for ending the mission will be set; the other's
    // ministry says it has none. In an archive a frame negated near another's assertion is
    // read only between speakers on opposite sides.
    let corpus = archive(&[
        (
            "a",
            "وقال مكتب رئيس الوزراء العراقي إن اللجنة المشتركة ستضع جدولا زمنيا محددا \
             لإنهاء مهمة التحالف في البلاد خلال الأشهر المقبلة.",
        ),
        (
            "b",
            "وقالت وزارة الدفاع الأميركية إننا لا نملك جدولا زمنيا محددا لإنهاء مهمة التحالف \
             في البلاد.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    let sides: Vec<Option<&str>> = report
        .claims
        .iter()
        .filter(|c| !c.doc.starts_with("bg"))
        .map(|c| c.speaker.side.as_deref())
        .collect();
    assert!(
        sides.contains(&Some("IQ")) && sides.contains(&Some("US")),
        "{sides:?}"
    );
    assert!(
        report.conflicts.iter().any(|c| c.a.starts_with('a')
            && c.b.starts_with('b')
            && c.kind == ConflictKind::Negation),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn two_sides_quoted_in_one_article_are_of_its_event_whatever_words_they_share() {
    // The words the two share are in a third of the archive: no evidence of one event but
    // the article quoting both (and no digest: each claim is in the article's story only).
    let mut docs: Vec<(String, String)> = (0..30)
        .map(|i| {
            let words = crate::test_support::everyday_words(i).join(" ");
            (
                format!("w{i:02}"),
                format!("{words} مفاوضات على انسحاب القوات الأمريكية."),
            )
        })
        .collect();
    docs.push((
        "x".into(),
        "وقال وزير الدفاع العراقي إن المحادثات الجارية تشمل مفاوضات على انسحاب القوات \
         الأمريكية. وقالت وزارة الدفاع الأميركية إنه لا توجد مفاوضات على انسحاب القوات \
         الأمريكية."
            .into(),
    ));
    let docs: Vec<(&str, &str)> = docs.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let report = Checker::new().check(&archive(&docs));
    let ours: Vec<&Claim> = report.claims.iter().filter(|c| c.doc == "x").collect();
    assert!(
        ours.iter()
            .all(|c| c.speaker.side.is_some() && c.stories.len() == 1),
        "{ours:#?}"
    );
    assert!(
        report.conflicts.iter().any(|c| c.a.starts_with('x')
            && c.b.starts_with('x')
            && c.kind == ConflictKind::Negation),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn each_stage_is_announced_once_in_order() {
    let stages = std::sync::Mutex::new(Vec::new());
    Checker::new().check_with_progress(&two_articles("site-a", "site-b"), &|p| {
        if !matches!(p, Progress::Extracted { .. }) {
            stages.lock().unwrap().push(p);
        }
    });
    let stages = stages.into_inner().unwrap();
    assert!(
        matches!(
            stages[..],
            [
                Progress::Grouping { documents: 2 },
                Progress::Pairing { claims: 1.. },
                Progress::Judging { candidates: 1.. },
                Progress::Done
            ]
        ),
        "{stages:?}"
    );
}

#[test]
fn a_passage_dated_in_its_own_words_is_about_the_story_of_that_date() {
    // A December page on a book fair recalls a bombing of March in one sentence. Counted
    // from the page's date, the March story is months away; counted from the date the
    // sentence gives, it is the story of that day.
    let mut corpus = Corpus::new();
    for d in background(60) {
        corpus.push(d);
    }
    let march = [
        "انفجار عبوة ناسفة في حافلة نقل ركاب بحي الورود في مدينة طرطوس يقتل سبعة ركاب. \
         وقال محافظ طرطوس سليم الخوري إن العبوة زرعت تحت مقعد في الحافلة.",
        "مقتل سبعة ركاب في تفجير حافلة في حي الورود بطرطوس. وأوضح الخوري أن الحافلة \
         كانت تنقل عمالا حين انفجرت العبوة.",
    ];
    for (i, text) in march.iter().enumerate() {
        corpus.push(
            Document::new(format!("march{i}"), *text)
                .with_source(format!("site-{i}"))
                .with_published(date(2017, 3, 1)),
        );
    }
    corpus.push(
        Document::new(
            "digest",
            "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة مئات دور النشر. وقال \
             الوزير إن المعرض يستقبل الزوار حتى نهاية الشهر، وإن دور النشر العربية تعرض \
             آلاف العناوين الجديدة في الرواية والشعر وكتب الأطفال. وتقام على هامش المعرض \
             ندوات عن الترجمة والنشر الرقمي وحقوق المؤلفين. وكان سبعة ركاب قتلوا في تفجير \
             حافلة بحي الورود في طرطوس في 1 آذار الماضي حين انفجرت عبوة زرعت تحت مقعد \
             وسط الزحام.",
        )
        .with_source("site-d")
        .with_published(date(2017, 12, 20)),
    );
    corpus.push(
        Document::new(
            "fair",
            "معرض الكتاب في العاصمة يستقبل الزوار بمشاركة مئات دور النشر العربية. وتعرض \
             الدور آلاف العناوين في الرواية والشعر وكتب الأطفال، مع ندوات عن الترجمة \
             والنشر الرقمي وحقوق المؤلفين.",
        )
        .with_source("site-f")
        .with_published(date(2017, 12, 19)),
    );
    let report = Checker::new().check(&corpus);
    let story_of = |doc: &str| {
        let d = report.documents.iter().find(|d| d.id == doc).unwrap();
        d.story.clone().unwrap()
    };
    assert_ne!(story_of("digest"), story_of("march0"));
    let recalled = report
        .claims
        .iter()
        .find(|c| c.doc == "digest" && c.text.contains("آذار"))
        .expect("the digest's sentence is a claim");
    assert_eq!(recalled.event_date, Some(date(2017, 3, 1)));
    assert!(
        recalled.stories.contains(&story_of("march0")),
        "{:?}, not {}",
        recalled.stories,
        story_of("march0")
    );
}

#[test]
fn an_outlet_repeating_itself_corroborates_nothing() {
    let checker = Checker::new();
    let two_outlets = checker.check(&two_articles("site-a", "site-b"));
    assert!(!two_outlets.corroborations.is_empty(), "{two_outlets:?}");
    let one_outlet = checker.check(&two_articles("site-a", "site-a"));
    assert!(
        one_outlet.corroborations.is_empty(),
        "{:?}",
        one_outlet.corroborations
    );
}

#[test]
fn a_holder_named_past_a_title_is_dead_in_one_report_and_alive_in_another() {
    // The killing of a commander, his name after his title and unit; another outlet: he
    // survived. A third supposes his death only («إذا تأكد مقتله»), asserting nothing.
    let corpus = archive(&[
        (
            "a",
            "أعلن الجيش مقتل قائد ميداني من كتائب الفجر المسلحة العقيد ناصر الحمداني بإحدى الغارات على بلدة الرملة.",
        ),
        (
            "b",
            "وقالت مصادر محلية إن العقيد ناصر الحمداني نجا من الغارة على بلدة الرملة وأصيب بجروح طفيفة.",
        ),
        (
            "c",
            "وقال محللون إنه إذا تأكد مقتل العقيد ناصر الحمداني فإن كتائب الفجر ستفقد أبرز قادتها.",
        ),
        (
            "d",
            "وأفاد ناشطون بأن المذيع نجا من إطلاق النار وتتم معالجته بإحدى المستشفيات في بلدة الرملة.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    let between = |x: &str, y: &str| !kinds_between(&report, x, y).is_empty();
    assert!(between("a", "b"), "{:#?}", report.conflicts);
    assert!(!between("b", "c"), "{:#?}", report.conflicts);
    // Another man survived: «بإحدى» (in one of) names no holder, however rare its form.
    assert!(!between("a", "d"), "{:#?}", report.conflicts);
}

#[test]
fn an_article_quoting_two_voices_is_its_own_account_two_outlets_are_a_dispute() {
    const POLICE: &str =
        "وقال مصدر في الشرطة إن 12 شخصا قتلوا في انفجار سوق الرملة الشعبي مساء الجمعة.";
    const MEDICS: &str = "وقال مسعفون إن 30 شخصا قتلوا في انفجار سوق الرملة الشعبي مساء الجمعة.";
    let numeric = |corpus: &Corpus| {
        Checker::new()
            .check(corpus)
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Numeric)
            .count()
    };
    let one = archive(&[
        ("a", &format!("{POLICE} {MEDICS}")),
        ("b", "وافتتح الوزير معرض الكتاب."),
    ]);
    assert_eq!(numeric(&one), 0, "one article's two voices");
    let two = archive(&[("a", POLICE), ("b", MEDICS)]);
    assert_eq!(numeric(&two), 1, "two outlets' figures");
}

#[test]
fn a_run_of_items_with_no_sentence_break_is_no_proposition_a_denial_reads() {
    // A ticker: items with no full stop between them, one of them a denial. Its acts meet a
    // report's by chance; the short denial of the same arrest meets it by its names.
    const REPORT: &str = "اعتقلت قوات الأمن الناشط مراد الهلالي في مدينة القصرين فجر الاثنين.";
    let ticker = "عاجل نفت وزارة الداخلية اعتقال الناشط مراد الهلالي في القصرين انفجار عبوة \
                  قرب سوق الخضار في المدينة القديمة ارتفاع أسعار الوقود للمرة الثالثة هذا العام \
                  وصول وفد برلماني إلى العاصمة لبحث ملف المياه افتتاح معرض الكتاب الدولي بمشاركة \
                  ناشرين من عشرين دولة إغلاق الطريق السريع بسبب الضباب الكثيف صباح اليوم فوز \
                  المنتخب الوطني على ضيفه بثلاثة أهداف تراجع الصادرات الزراعية خلال الربع الأول \
                  إضراب المعلمين يدخل يومه الخامس في الجنوب";
    let denial = "ونفت وزارة الداخلية اعتقال الناشط مراد الهلالي في مدينة القصرين.";
    let denials = |text: &str| {
        let corpus = archive(&[("a", REPORT), ("b", text)]);
        Checker::new()
            .check(&corpus)
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Denial)
            .count()
    };
    assert_eq!(denials(denial), 1, "a denial of the arrest");
    assert_eq!(denials(ticker), 0, "a ticker is no one proposition");
}

/// Two outlets' articles, one sentence each, checked.
fn two_outlets(first: &str, second: &str) -> Report {
    let mut corpus = Corpus::new();
    corpus.push(Document::new("a", first).with_source("site-a"));
    corpus.push(Document::new("b", second).with_source("site-b"));
    Checker::new().check(&corpus)
}

/// The report on two articles from two outlets, each in its language.
fn two_languages((first, la): (&str, &str), (second, lb): (&str, &str)) -> Report {
    let mut corpus = Corpus::new();
    corpus.push(
        Document::new("a", first)
            .with_source("site-a")
            .with_language(la),
    );
    corpus.push(
        Document::new("b", second)
            .with_source("site-b")
            .with_language(lb),
    );
    Checker::new().check(&corpus)
}

/// Asserts that `report` flags a conflict of `kind` between documents `a` and `b`; `what`
/// names the case in the message.
fn assert_flagged(report: &Report, kind: ConflictKind, what: &str) {
    assert!(
        kinds_between(report, "a", "b").contains(&kind),
        "{what}: {:#?}",
        report.conflicts
    );
}

/// The kinds of the conflicts flagged between documents `x` and `y`, either way round.
fn kinds_between(report: &Report, x: &str, y: &str) -> Vec<ConflictKind> {
    let doc = |claim: &str| claim.split('#').next().unwrap_or_default().to_string();
    report
        .conflicts
        .iter()
        .filter(|c| {
            let (p, q) = (doc(&c.a), doc(&c.b));
            (p == x && q == y) || (p == y && q == x)
        })
        .map(|c| c.kind)
        .collect()
}

/// True when the report flags a conflict of this kind.
fn flags(report: &Report, kind: ConflictKind) -> bool {
    report.conflicts.iter().any(|c| c.kind == kind)
}

#[test]
fn an_act_is_read_in_every_person_of_its_verb() {
    // «قتلا» (the two were killed): a partitive count takes what its verb says befell them.
    let report = two_outlets(
        "وقال الناطق باسم الجيش إن الضربة أسفرت عن مقتل أربعة من مرافقي الحردوبي.",
        "وذكرت مصادر محلية أن اثنين من مرافقي الحردوبي قتلا في الضربة.",
    );
    assert!(
        report
            .conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::Numeric),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn a_denial_of_responsibility_does_not_deny_the_act() {
    // The coalition denies who shelled the town, not that anyone was killed there.
    let first = "وقال مسعفون إن 26 شخصا قتلوا في قصف استهدف بلدة الحصوية الخميس.";
    let denies_the_doer =
        "ونفى التحالف الدولي مسؤوليته عن قصف بلدة الحصوية الذي أودى بحياة 26 شخصا.";
    let report = two_outlets(first, denies_the_doer);
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
    // Denying the killing itself is a conflict.
    let denies_the_act = "ونفى التحالف الدولي مقتل 26 شخصا في قصف بلدة الحصوية.";
    let report = two_outlets(first, denies_the_act);
    assert!(!report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn an_english_denial_of_a_clause_denies_its_predicate() {
    let report = |first: &str, second: &str| {
        let mut corpus = Corpus::new();
        corpus.push(
            Document::new("a", first)
                .with_source("site-a")
                .with_language("en"),
        );
        corpus.push(
            Document::new("b", second)
                .with_source("site-b")
                .with_language("en"),
        );
        Checker::new().check(&corpus)
    };
    let told =
        "Medics said 26 people were killed when shelling hit the town of Hasawiya on Thursday.";
    // The killing is the predicate of the clause the coalition denies.
    let denied =
        "The coalition denied that 26 people were killed in the shelling of the town of Hasawiya.";
    let r = report(told, denied);
    assert!(
        r.conflicts.iter().any(|c| c.kind == ConflictKind::Denial),
        "{:#?}",
        r.conflicts
    );
    // Denying involvement in the shelling is no denial of the dead.
    let doer = "The coalition denied any involvement in the shelling of the town of Hasawiya.";
    let r = report(told, doer);
    assert!(r.conflicts.is_empty(), "{:#?}", r.conflicts);
}

#[test]
fn without_an_act_is_its_negation_not_a_bound() {
    // «دون» bounds a number («دون 18 عاما»); before an act it is "without": two outlets that
    // both say no one was hurt agree.
    let report = two_outlets(
        "وأطلقت الجماعة صاروخا على المدينة، واستطاعت الدفاعات إسقاطه في الجو دون وقوع إصابات.",
        "ونفت وسائل إعلام رسمية وقوع أي إصابات أو أضرار جراء اعتراض الصاروخ فوق المدينة.",
    );
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn two_outlets_counts_of_one_group_in_one_story_conflict() {
    // «حراسه» (his guards): whose group is counted, only the sentence before says; the two
    // reports are one story, and each counts the group in its lead.
    let army = "أعلن الجيش مقتل القائد الميداني سالم القرقني في ضربة بطائرة مسيرة قرب بلدة \
                الصنوبرات. وأسفرت الضربة أيضا عن مقتل خمسة من حراسه.";
    let sources = "قالت مصادر ميدانية إن القائد الميداني سالم القرقني نجا من ضربة بطائرة مسيرة \
                   قرب بلدة الصنوبرات. وأضافت المصادر أن اثنين من حراسه قتلا في الغارة.";
    let numeric = |r: &Report| flags(r, ConflictKind::Numeric);
    let report = two_outlets(army, sources);
    assert!(numeric(&report), "{:#?}", report.conflicts);
    // One outlet giving two figures is its update, or two days' reports: no conflict.
    let mut corpus = Corpus::new();
    corpus.push(Document::new("a", army).with_source("site-a"));
    corpus.push(Document::new("b", sources).with_source("site-a"));
    let report = Checker::new().check(&corpus);
    assert!(!numeric(&report), "{:#?}", report.conflicts);
}

#[test]
fn a_count_of_an_earlier_event_is_no_rival_of_the_reports_own() {
    let numeric = |r: &Report| flags(r, ConflictKind::Numeric);
    let sunday = "عقد مجلس النواب جلسته يوم الأحد بحضور 143 نائبا لمناقشة قانون المراعي الجبلية.";
    // Another outlet's count of the same session.
    let other = "وقال بيان للمجلس إن جلسة الأحد لمناقشة قانون المراعي الجبلية عقدت بحضور 196 نائبا.";
    let report = two_outlets(sunday, other);
    assert!(numeric(&report), "{:#?}", report.conflicts);
    // The pluperfect tells an earlier session: its count is background.
    let earlier =
        "وكان المجلس قد عقد جلسة الاثنين الماضي بحضور 120 نائبا لمناقشة قانون المراعي الجبلية.";
    let report = two_outlets(sunday, earlier);
    assert!(!numeric(&report), "{:#?}", report.conflicts);
}

#[test]
fn an_arabic_and_an_english_toll_of_one_story_conflict() {
    // One strike told in two languages, joined as one story by the names both write; the
    // English total is told with a part of it ("including three women").
    let report = two_languages(
        (
            "قصفت طائرات حربية فجر الخميس منزلا في قرية الزيب بريف الكوم الشرقي. وقتل في \
             الغارة سبعة أشخاص بينهم طفلان.",
            "ar",
        ),
        (
            "Warplanes struck a house in the village of Zeib in the eastern Kum countryside \
             early on Thursday. Ten people were killed, including three women.",
            "en",
        ),
    );
    assert!(
        flags(&report, ConflictKind::Numeric),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn tolls_of_two_weekdays_are_no_rivals() {
    // Both published on Sunday: «الخميس» is three days before «الأحد».
    let sunday: Date = "2024-04-07".parse().unwrap();
    let report = |first: &str, second: &str| {
        let mut corpus = Corpus::new();
        corpus.push(
            Document::new("a", first)
                .with_source("site-a")
                .with_published(sunday),
        );
        corpus.push(
            Document::new("b", second)
                .with_source("site-b")
                .with_published(sunday),
        );
        Checker::new().check(&corpus)
    };
    let numeric = |r: &Report| flags(r, ConflictKind::Numeric);
    let on_sunday = "قتل سبعة أشخاص في قصف استهدف سوق قرية الزيب يوم الأحد.";
    let r = report(
        on_sunday,
        "وقال مسعفون إن 12 شخصا قتلوا الأحد في قصف على سوق قرية الزيب.",
    );
    assert!(numeric(&r), "{:#?}", r.conflicts);
    let r = report(
        on_sunday,
        "وقال مسعفون إن 12 شخصا قتلوا الخميس في قصف على سوق قرية الزيب.",
    );
    assert!(!numeric(&r), "{:#?}", r.conflicts);
}

#[test]
fn an_act_told_and_denied_in_the_leads_of_one_story_conflict() {
    // Whom the arrest befell stands far after the verb (a time adverbial and the subject
    // between): the story and the names both claims hold are the evidence.
    let told = "اعتقلت وحدات أمنية، فجر الثلاثاء، القيادي في حزب الوفاق الأخضر سالم القرقني من \
                منزله في بلدة الصنوبرات، بحسب ما أفادت به زوجته.";
    let denied = "لا صحة لما تتناقله صفحات على الإنترنت عن إيقاف سالم القرقني.";
    let denial = |r: &Report| flags(r, ConflictKind::Denial);
    let report = two_outlets(told, denied);
    assert!(denial(&report), "{:#?}", report.conflicts);
    // Denying the arrest of someone else in the same town is no denial of this one.
    let other = "لا صحة لما تتناقله صفحات على الإنترنت عن إيقاف رئيس بلدية الصنوبرات.";
    let report = two_outlets(told, other);
    assert!(!denial(&report), "{:#?}", report.conflicts);
}

#[test]
fn an_english_report_and_an_arabic_denial_of_one_story_conflict() {
    let report = two_languages(
        (
            "Turkish warplanes struck a house in the village of Zeib in the eastern Kum \
             countryside early on Thursday, local residents said.",
            "en",
        ),
        (
            "نفى مصدر عسكري تركي قيام سلاح الجو التركي بتنفيذ أي غارة على قرية الزيب في ريف \
             الكوم الشرقي.",
            "ar",
        ),
    );
    assert!(
        flags(&report, ConflictKind::Denial),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn states_dated_years_apart_are_no_conflict() {
    let held = "وقالت منظمة حقوقية إن المدون سالم القرقني لا يزال موقوفا في سجن الصنوبرات المركزي \
                منذ 7 مايو 2008.";
    let freed_then = "وأطلق سراح المدون سالم القرقني في 7 مايو 2008 من سجن الصنوبرات المركزي.";
    // The same day, the two states of one man conflict.
    let report = two_outlets(held, freed_then);
    assert!(!report.conflicts.is_empty(), "{:#?}", report.conflicts);
    // Years apart, they are two events of his life.
    let freed = "وأطلق سراح المدون سالم القرقني في 11 أبريل 2011 من سجن الصنوبرات المركزي.";
    let report = two_outlets(held, freed);
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn a_state_told_of_a_pronoun_is_of_whom_its_sentence_names() {
    // "He is in good health": who is, the rest of the sentence says.
    let report = two_languages(
        (
            "أعلنت القوات الحكومية مقتل القائد الميداني العقيد سالم القرقني في غارة جوية قرب \
             بلدة الصنوبرات.",
            "ar",
        ),
        (
            "\"He is in good health,\" a rebel officer told our reporter on Friday, after \
             government radio said Colonel Salem Qarqani died in an air raid near Sanawbarat.",
            "en",
        ),
    );
    assert!(
        flags(&report, ConflictKind::Antonym),
        "{:#?}",
        report.conflicts
    );
    // With no name in the sentence, a pronoun is no one's state to set against the report.
    let report = two_languages(
        (
            "أعلنت القوات الحكومية مقتل القائد الميداني العقيد سالم القرقني في غارة جوية قرب \
             بلدة الصنوبرات.",
            "ar",
        ),
        (
            "\"He is in good health,\" a rebel officer told our reporter on Friday.",
            "en",
        ),
    );
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn a_denied_detention_meets_a_report_that_he_is_still_held() {
    // «إنه لا يزال محتجزا»: the man held is the one the reporting sentence names.
    let report = two_outlets(
        "قالت الشرطة إنه لا صحة لما يتداول عن احتجاز الصحفي سالم القرقني في سجن الصنوبرات.",
        "وقالت شقيقة الصحفي سالم القرقني للإذاعة إنه لا يزال محتجزا منذ أسبوع.",
    );
    assert!(!report.conflicts.is_empty(), "{:#?}", report.conflicts);
    let report = two_outlets(
        "قالت الشرطة إنه لا صحة لما يتداول عن احتجاز الصحفي سالم القرقني في سجن الصنوبرات.",
        "وقالت شقيقة الطالب مراد الزيبي للإذاعة إنه لا يزال محتجزا منذ أسبوع.",
    );
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn a_denial_verb_before_its_subject_denies_the_act_after_it() {
    // VSO: «نفت الشرطة اعتقال …», the police denied the arrest, in a sentence whose later
    // verb of saying the extractor takes for its cue.
    let arrested = "اعتقلت قوات الأمن الصحفي سالم القرقني في بلدة الصنوبرات فجر الخميس.";
    let report = two_outlets(
        arrested,
        "نفت الشرطة اعتقال الصحفي سالم القرقني في الصنوبرات ووصفت الرواية بأنها كاذبة.",
    );
    assert!(
        flags(&report, ConflictKind::Denial),
        "{:#?}",
        report.conflicts
    );
    // Deep in a clause the words before the act are the verb's own object or adverbs, and what
    // it denies is not read past them: a forecast that the police will deny denies nothing.
    let report = two_outlets(
        arrested,
        "وقال الناشط إن الشرطة ستنفي كعادتها اعتقال الصحفي سالم القرقني في الصنوبرات.",
    );
    assert!(
        !flags(&report, ConflictKind::Denial),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn the_words_of_a_state_name_no_holder_of_it() {
    // One man assassinated; another survived an attempt on his life: «اغتيال» stands beside
    // both, and the state's own word is no name they share.
    let corpus = archive(&[
        (
            "a",
            "اغتيال الرئيس اليمني السابق سالم القرقني في الصنوبرات.",
        ),
        (
            "b",
            "وفي اليمن , نجا مراد الزيبي محافظ الكوم من محاولة اغتيال على يد مسلحين.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn tolls_in_the_one_province_each_claim_names_are_of_two_incidents() {
    // Each toll's province stands past a comma, the only one its claim names: two provinces,
    // two bombings, however alike their words.
    let corpus = archive(&[
        (
            "a",
            "قتل نحو 30 مدنيا , بينهم أطفال , اليوم الجمعة , في تفجير سيارة مفخخة استهدف تجمعا \
             للنازحين في ريف الصنوبرات.",
        ),
        (
            "b",
            "قتل قرابة 90 مدنيا , بينهم نساء , في تفجير سيارة مفخخة استهدف تجمعا للنازحين في \
             محافظة الكوم.",
        ),
        (
            "c",
            "قتل 12 مدنيا في تفجير سيارة مفخخة استهدف تجمعا للنازحين في محافظة الكوم.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    let numeric = |x: &str, y: &str| kinds_between(&report, x, y).contains(&ConflictKind::Numeric);
    // One province, two tolls: a conflict, as before.
    assert!(numeric("b", "c"), "{:#?}", report.conflicts);
    assert!(!numeric("a", "b"), "{:#?}", report.conflicts);
    assert!(!numeric("a", "c"), "{:#?}", report.conflicts);
}

#[test]
fn a_denial_pointing_back_denies_what_the_sentence_before_says_befell_someone() {
    let wounded = "أصيب الصحفي سالم القرقني بجروح في قصف على بلدة الصنوبرات، وفق مصادر طبية.";
    let report = two_outlets(
        wounded,
        "نشرت صفحات محلية خبرا عن حادث سير في الكوم. وقالت مصادر إن الصحفي \
         سالم القرقني أصيب في قصف على الصنوبرات. ونفت الشرطة ذلك.",
    );
    assert!(
        flags(&report, ConflictKind::Denial),
        "{:#?}",
        report.conflicts
    );
    // What it points back at is the sentence right before: an earlier one is not denied.
    let report = two_outlets(
        wounded,
        "وقالت مصادر إن الصحفي سالم القرقني أصيب في قصف على الصنوبرات. ونشرت صفحات محلية \
         خبرا عن إغلاق طريق الكوم. ونفت الشرطة ذلك.",
    );
    assert!(
        !flags(&report, ConflictKind::Denial),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn a_kind_of_holder_is_not_one_holder() {
    // A spy freed in one report, a man held and called a spy in another: «جاسوس» is a word of
    // the lexicon's (a kind of person), no name the two share.
    let report = two_outlets(
        "أفرج عن الجاسوسة المحترفة في عملية لتبادل السجناء مع الكوم , لتبدأ بعدها العمل في \
         الصنوبرات مذيعة.",
        "وقال الرئيس إن صحفيا أجنبيا موقوفا في بلاده هو انفصالي و \" جاسوس \" في الوقت نفسه.",
    );
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}

#[test]
fn a_month_two_claims_name_is_no_one_they_share() {
    // A denial that a raid in March killed civilians in one market, a report that a gas attack
    // killed villagers in another village in March: the month names no one either befell.
    // The same market's killing told by another outlet is what the denial denies.
    let corpus = archive(&[
        (
            "a",
            "ونفى الناطق ما تردد من أن قصف سوق الكوم في آذار / مارس الماضي أدى إلى مقتل \
             عشرين مدنيا من رواد السوق.",
        ),
        (
            "b",
            "وقالت المنظمة إن هجوما بغاز سام على قرية الزيب في أواخر آذار / مارس أسفر عن \
             مقتل أكثر من ستين شخصا.",
        ),
        (
            "c",
            "وقال شهود إن قصف سوق الكوم أدى إلى مقتل عشرين مدنيا من رواد السوق.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    let ab = kinds_between(&report, "a", "b");
    assert!(ab.is_empty(), "{:?}", report.conflicts);
    assert!(
        kinds_between(&report, "a", "c").contains(&ConflictKind::Denial),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn fleeing_a_place_is_no_release_from_custody() {
    // A town in the gunmen's grip, and people fleeing it: fleeing is said of fighting and of
    // the displaced, not of a detainee set free. A man held and then freed is.
    let report = two_outlets(
        "وكانت بلدة الزيب في قبضة المسلحين منذ الربيع بحسب سكان البلدة.",
        "ووصل مئات النازحين الفارين من بلدة الزيب إلى المخيم بحسب سكان البلدة.",
    );
    assert!(
        !flags(&report, ConflictKind::Antonym),
        "{:?}",
        report.conflicts
    );
    let report = two_outlets(
        "وقال محامي سالم القرقني إن موكله لا يزال محتجزا لدى الشرطة في بلدة الزيب.",
        "وقالت الشرطة إنها أفرجت عن سالم القرقني في بلدة الزيب مساء أمس.",
    );
    assert!(
        flags(&report, ConflictKind::Antonym),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn a_sentence_that_tells_an_act_and_its_denial_asserts_neither() {
    // One outlet surveys both sides in one sentence: a site says he was killed, his office
    // denies it. Another outlet's report of the killing is no rival of that outlet; the
    // office's own denial, told alone, is.
    let survey = "روايتان عن مصير القيادي سالم القرقني ذكر موقع مقرب من البلدية , الذي يديره \
                  أنصار المجلس في الزيب , مساء أمس , أن القيادي سالم القرقني قتل , غير أن \
                  مكتب القرقني نفى ما وصفه بـ \" الشائعات \" التي راجت حول مقتله في غارة على \
                  الصنوبرات .";
    let report = "وأعلن الجيش مقتل القيادي سالم القرقني في غارة جوية على الصنوبرات فجر اليوم.";
    let denial = "ونفى مكتب القيادي سالم القرقني الشائعات التي راجت حول مقتله في غارة على \
                  الصنوبرات.";
    let report = Checker::new().check(&archive(&[("a", survey), ("b", report), ("c", denial)]));
    assert!(
        kinds_between(&report, "a", "b").is_empty(),
        "{:?}",
        report.conflicts
    );
    assert!(
        kinds_between(&report, "b", "c").contains(&ConflictKind::Denial),
        "{:?}",
        report.conflicts
    );
}

#[test]
fn one_outlets_two_tallies_are_its_update_not_a_dispute() {
    // An outlet's daily tally, two days' pages with no date: its own figures differ from day
    // to day. Another outlet's figure for the same tally is a rival.
    let first = "وقضى 4 أشخاص في محافظة الكوم , 3 منهم في الاشتباكات و 1 تحت التعذيب .";
    let second = "وقضى 7 أشخاص في محافظة الكوم , 6 منهم في الاشتباكات و 1 تحت التعذيب .";
    // The two pages from `sources`, published on `dates` when given.
    let checked = |sources: [&str; 2], dates: [Option<&str>; 2]| {
        let mut corpus = Corpus::new();
        for (((id, text), source), date) in [("a", first), ("b", second)]
            .into_iter()
            .zip(sources)
            .zip(dates)
        {
            let mut doc = Document::new(id, text).with_source(source);
            if let Some(date) = date {
                doc = doc.with_published(date.parse().expect("a date"));
            }
            corpus.push(doc);
        }
        Checker::new().check(&corpus)
    };
    let one = checked(["site-a", "site-a"], [None, None]);
    assert!(!flags(&one, ConflictKind::Numeric), "{:?}", one.conflicts);
    // Dated a year apart, its two accounts are ordered: the figure it gave then and now.
    let dated = checked(
        ["site-a", "site-a"],
        [Some("2023-03-01"), Some("2024-03-01")],
    );
    assert!(flags(&dated, ConflictKind::Numeric));
    let two = checked(["site-a", "site-b"], [None, None]);
    assert!(flags(&two, ConflictKind::Numeric), "{:?}", two.conflicts);
}

#[test]
fn an_act_told_by_a_word_of_its_root_is_the_act_its_verb_names() {
    // A denied killing is told by «المقتول» (the slain), a word of its root the lexicon does
    // not list; fighting («القتال») shares the root and is another act, and the wreckage of
    // a plane is no plane's fall. An arrest denied as «إلقاء القبض» is told by «قبضت».
    let corpus = archive(&[
        (
            "a",
            "ونفى مكتب القيادي سالم القرقني الشائعات التي راجت حول مقتله في غارة على \
             الصنوبرات.",
        ),
        (
            "b",
            "ووصل جثمان القيادي المقتول سالم القرقني إلى الصنوبرات حيث شيعه المئات.",
        ),
        (
            "c",
            "وشهدت الصنوبرات قتالا عنيفا بين مقاتلي القيادي سالم القرقني وقوات الجيش.",
        ),
        (
            "d",
            "ونفى الجيش سقوط طائرة تابعة له فوق بلدة الزيب مساء الأحد.",
        ),
        (
            "e",
            "وعثر سكان بلدة الزيب على حطام للطائرة قرب المدرسة مساء الأحد.",
        ),
        (
            "f",
            "ونفى محامي الممثل رامي الكومي ما أشيع عن إلقاء القبض على موكله في مطعم بحي المراعي.",
        ),
        (
            "g",
            "وكانت الشرطة قد قبضت على الممثل رامي الكومي في مطعم بحي المراعي ليلة الجمعة.",
        ),
    ]);
    let report = Checker::new().check(&corpus);
    assert_flagged(&report, ConflictKind::Denial, "the denial of the arrest");
    assert!(
        kinds_between(&report, "a", "c").is_empty(),
        "{:?}",
        report.conflicts
    );
    assert!(
        kinds_between(&report, "d", "e").is_empty(),
        "{:?}",
        report.conflicts
    );
    // Past the support word that carries it: «إلقاء القبض» is told by «قبضت».
    assert!(
        kinds_between(&report, "f", "g").contains(&ConflictKind::Denial),
        "{:?}",
        report.conflicts
    );
    // The explanation quotes the denial verb as the page writes it.
    let fg = report
        .conflicts
        .iter()
        .find(|c| c.a.starts_with('f') || c.b.starts_with('f'));
    let explanation = &fg.expect("a conflict").explanation;
    assert!(explanation.contains("«نفى»"), "{explanation}");
}

#[test]
fn an_act_demanded_is_not_told() {
    // Residents demand that a factory be closed, or hold it a condition; the mayor says it
    // will not be: a demand is no telling that it was. An announcement that it was is.
    let negated = "وقال رئيس البلدية إنه لن يتم إغلاق مصنع الإسمنت في الكوم.";
    let demanded = "وقال المتحدث إن السكان طالبوا بإغلاق مصنع الإسمنت في الكوم \
                    قبل أي حوار.";
    let told = "وقال المتحدث إن المحكمة أعلنت إغلاق مصنع الإسمنت في الكوم.";
    let condition = "وقال المتحدث إن إغلاق مصنع الإسمنت في الكوم ما زال شرطا \
                     لأي حوار.";
    for wanted in [demanded, condition] {
        let report = two_outlets(wanted, negated);
        assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    }
    assert!(!two_outlets(told, negated).conflicts.is_empty());
}

#[test]
fn a_denier_named_before_the_denial_denies_the_sentence_before() {
    // «إلا أن ضابطا … نفى ذلك»: the words before the cue are the denier's, not what is denied;
    // what is denied is the arrest the sentence before reported, which another outlet tells.
    let report = two_outlets(
        "أعلنت الشرطة، الأحد، اعتقال الناشط رامي الكومي في بلدة الزيب بعد مداهمة منزله.",
        "تحدثت مواقع محلية الأحد عن اعتقال الناشط رامي الكومي في بلدة الزيب. إلا أن ضابطا \
         بمديرية الشرطة في البلدة نفى ذلك.",
    );
    assert_flagged(&report, ConflictKind::Denial, "a denial pointing back");
}

#[test]
fn a_passive_act_denied_in_english_meets_its_report_in_arabic() {
    // "denied that the airport was hit by …": the passive is the predicate the denial
    // denies, the targeting the other outlet reports in Arabic.
    let report = two_languages(
        (
            "قالت جماعة مسلحة إنها استهدفت مطار تكريت العسكري قرب سامراء بثلاث طائرات مسيرة \
             يوم الأحد.",
            "ar",
        ),
        (
            "An army spokesman denied that the Tikrit military airport near Samarra was hit by \
             two rockets on Sunday.",
            "en",
        ),
    );
    assert_flagged(&report, ConflictKind::Denial, "an English denial");
}

#[test]
fn an_arabic_act_after_its_particle_is_what_a_denial_denies() {
    // «نفت … أن يكون X قد اعتقل»: the act after «قد» is what the clause tells, as an English
    // act after its auxiliary is; the other outlet reports the arrest. The conflict is the
    // denied clause's, not the next one's («وقالت إنه في منزله» denies nothing).
    let report = two_outlets(
        "أعلنت الشرطة يوم الأحد اعتقال الناشط رامي الكومي في بلدة الصنوبرات بعد مداهمة منزله.",
        "ونفت عائلة الناشط أن يكون رامي الكومي قد اعتقل في الصنوبرات، وقالت إنه في منزله.",
    );
    let denied: Vec<&Conflict> = report
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Denial)
        .collect();
    assert!(!denied.is_empty(), "{:?}", report.conflicts);
    for c in denied {
        let b = if c.a.starts_with("b#") { &c.a } else { &c.b };
        let text = &report.claims.iter().find(|x| &x.id == b).unwrap().text;
        assert!(text.contains("اعتقل"), "{text}: {:?}", report.conflicts);
    }
}

#[test]
fn a_denied_act_that_names_no_one_is_of_whom_its_sentence_names() {
    // «نفى محامي X أن يكون موكله قد اعتقل»: the clause names no one but by a pronoun (his
    // client); X, named before the denial, is whom the arrest the other outlet reports befell.
    let report = two_outlets(
        "أعلنت الشرطة يوم الأحد اعتقال الناشط رامي الكومي في بلدة الصنوبرات بعد مداهمة منزله.",
        "ونفى محامي الناشط رامي الكومي أن يكون موكله قد اعتقل، وقال إنه في منزله.",
    );
    let denied: Vec<&Conflict> = report
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Denial)
        .collect();
    assert!(!denied.is_empty(), "{:?}", report.conflicts);
    for c in denied {
        let b = if c.a.starts_with("b#") { &c.a } else { &c.b };
        let text = &report.claims.iter().find(|x| &x.id == b).unwrap().text;
        assert!(text.contains("اعتقل"), "{text}: {:?}", report.conflicts);
    }
}

#[test]
fn a_place_said_to_reopen_and_said_to_stay_closed_conflict() {
    // Reopening ends a closure: a crossing that "will reopen on Tuesday" and one that stays
    // closed to the end of the week are a state and its opposite, in either language.
    for (closed, reopens) in [
        (
            "قال مسؤول في الهيئة إن معبر الصنوبرات الحدودي سيبقى مغلقا حتى نهاية الأسبوع.",
            "أعلنت الهيئة أنه سيعاد فتح معبر الصنوبرات الحدودي يوم الثلاثاء أمام المسافرين.",
        ),
        (
            "An official at the authority said the Sanawbarat border crossing remains closed.",
            "The authority said the Sanawbarat border crossing reopens on Tuesday for travellers.",
        ),
    ] {
        let report = two_outlets(closed, reopens);
        assert_flagged(
            &report,
            ConflictKind::Antonym,
            &format!("{closed} / {reopens}"),
        );
    }
}

#[test]
fn a_denied_death_denies_a_killing() {
    // A killing is a death (concepts `entails`): the family's denial of his death, in either
    // language, meets a report that he was killed.
    for (killed, denied) in [
        (
            "قالت مصادر محلية إن الناشط رامي الكومي قتل في قصف على بلدة الصنوبرات يوم الأحد.",
            "ونفت عائلة الناشط رامي الكومي نبأ وفاة رامي الكومي في قصف الصنوبرات.",
        ),
        (
            "Local sources said the activist Salem Qarqani was killed in shelling on Sanawbarat.",
            "His family denied that the activist Salem Qarqani had died in the Sanawbarat shelling.",
        ),
    ] {
        let report = two_outlets(killed, denied);
        assert_flagged(&report, ConflictKind::Denial, denied);
    }
}

/// A bound written after the count or its noun («30 شخصا على الأقل», "30 people at least")
/// bounds it as one before does: at least 30 holds with 35 and not with 25.
#[test]
fn a_bound_after_the_count_bounds_it() {
    let at_least = "قالت مصادر طبية إن غارة جوية على سوق بلدة الهبيط أسفرت عن مقتل 30 شخصا على الأقل يوم الثلاثاء.";
    let more = "وقال الدفاع المدني إن الغارة الجوية على سوق بلدة الهبيط أسفرت عن مقتل 35 شخصا يوم الثلاثاء.";
    let fewer = "وقال الدفاع المدني إن الغارة الجوية على سوق بلدة الهبيط أسفرت عن مقتل 25 شخصا يوم الثلاثاء.";
    let numeric = |r: &Report| {
        r.conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Numeric)
            .count()
    };
    assert_eq!(numeric(&two_outlets(at_least, more)), 0);
    assert_eq!(numeric(&two_outlets(at_least, fewer)), 1);
    let en_at_least =
        "A strike on the market in Kafr Hamra killed 30 people at least on Tuesday, medics said.";
    let en_more =
        "The strike on the market in Kafr Hamra killed 35 people on Tuesday, civil defence said.";
    assert_eq!(numeric(&two_outlets(en_at_least, en_more)), 0);
}
