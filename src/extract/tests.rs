//! Attribution forms, on sentences written for the tests.

use crate::claim::{Claim, Polarity};
use crate::corpus::Document;
use crate::extract::Extractor;
use crate::lexicon::Lexicon;

/// The claims of a document published in January 2024, when the lexicon's office-holders
/// held their offices.
fn claims(text: &str) -> Vec<Claim> {
    claims_on(text, Some("2024-01-27"))
}

fn claims_on(text: &str, published: Option<&str>) -> Vec<Claim> {
    let lexicon = Lexicon::default();
    let mut doc = Document::new("t", text).with_source("Test Outlet");
    doc.published = published.map(|d| d.parse().unwrap());
    Extractor::new(&lexicon).extract(&doc)
}

fn speaker_of<'a>(claims: &'a [Claim], words: &str) -> &'a Claim {
    claims
        .iter()
        .find(|c| c.text.contains(words))
        .unwrap_or_else(|| panic!("no claim holds «{words}»: {claims:#?}"))
}

/// The name of the speaker of the claim of `text` that holds `words`.
fn speaker_name(text: &str, words: &str) -> Option<String> {
    speaker_of(&claims(text), words).speaker.name.clone()
}

fn actor(c: &Claim) -> Option<&str> {
    c.speaker.actor.as_deref()
}

#[test]
fn verb_then_named_speaker() {
    let c = claims("قال وزير الخارجية العراقي فؤاد حسين إن الحكومة ستضع جدولاً زمنياً للمحادثات.");
    let claim = speaker_of(&c, "الحكومة ستضع");
    assert_eq!(actor(claim), Some("iq-fm"));
    assert_eq!(claim.speaker.side.as_deref(), Some("IQ"));
    assert_eq!(claim.cue.as_deref(), Some("قال"));
    assert!(
        !claim.text.contains("قال"),
        "content excludes the cue: {}",
        claim.text
    );
}

#[test]
fn speaker_before_its_verb() {
    let c = claims("لكن البنتاغون، أكد اليوم أن القوات ستبقى في قواعدها الحالية.");
    assert_eq!(actor(speaker_of(&c, "ستبقى")), Some("us-dod"));
}

#[test]
fn title_then_name_in_apposition() {
    let c = claims(
        "وقالت المتحدثة باسم البنتاغون، سابرينا سينغ: \"لا نية لدينا لسحب القوات من البلاد\".",
    );
    let claim = speaker_of(&c, "لا نية");
    assert_eq!(actor(claim), Some("us-singh"));
    assert_eq!(claim.polarity, Polarity::Negative);
}

#[test]
fn attribution_phrase_at_the_end_and_at_the_start() {
    let c = claims("ستنسحب القوات الأجنبية من القاعدة خلال عام، بحسب مسؤول أمني عراقي.");
    let claim = speaker_of(&c, "ستنسحب");
    assert_eq!(claim.speaker.side.as_deref(), Some("IQ"));
    assert!(!claim.text.contains("بحسب"), "{}", claim.text);

    let c = claims("ووفقاً لبيان مشترك، فإن الجانبين سيواصلان التعاون العسكري في مجال التدريب.");
    let claim = speaker_of(&c, "سيواصلان");
    assert_eq!(actor(claim), Some("joint-statement"));
    assert_eq!(claim.speaker.side, None);
}

#[test]
fn continuation_takes_the_last_speaker_of_its_gender() {
    let c = claims(
        "قالت السفيرة الأميركية إن الحوار بدأ بشكل جيد. وقال وزير الدفاع العراقي إن القوات العراقية جاهزة تماماً. وأضافت أن واشنطن ملتزمة بالشراكة مع بغداد.",
    );
    assert_eq!(
        actor(speaker_of(&c, "واشنطن ملتزمة")),
        Some("us-ambassador")
    );
    assert_eq!(
        actor(speaker_of(&c, "القوات العراقية جاهزة")),
        Some("iq-mod")
    );
}

#[test]
fn the_statement_refers_to_its_issuer() {
    let c = claims(
        "أعلنت وزارة الخارجية العراقية في بيان أن المحادثات ستبدأ الأسبوع المقبل في بغداد. وأكد البيان أن الجدول الزمني سيعلن لاحقاً بعد المشاورات.",
    );
    assert_eq!(actor(speaker_of(&c, "الجدول الزمني سيعلن")), Some("iq-mfa"));
}

#[test]
fn anonymous_official_keeps_side_and_words() {
    let c = claims("وقال مسؤول دفاعي أميركي إن القوات لن تنسحب قبل نهاية العام.");
    let claim = speaker_of(&c, "لن تنسحب");
    assert_eq!(claim.speaker.side.as_deref(), Some("US"));
    assert_eq!(claim.speaker.name.as_deref(), Some("مسؤول دفاعي أميركي"));
    assert_eq!(claim.polarity, Polarity::Negative);
}

#[test]
fn unattributed_number_is_the_outlets_claim() {
    let c = claims("ويوجد في سوريا نحو 900 جندي أميركي ضمن التحالف.");
    let claim = speaker_of(&c, "900");
    assert!(claim.speaker.is_outlet());
    assert_eq!(claim.speaker.name.as_deref(), Some("Test Outlet"));
    assert_eq!(claim.quantities.len(), 1);
    assert_eq!(claim.quantities[0].value, 900.0);
    assert_eq!(claim.quantities[0].place.as_deref(), Some("syria"));
}

#[test]
fn unknown_subject_is_named_by_its_words() {
    let c = claims("وأعلنت الشركة الوطنية أن أسعار الوقود سترتفع الشهر المقبل.");
    let claim = speaker_of(&c, "أسعار الوقود");
    assert_eq!(claim.speaker.name.as_deref(), Some("الشركة الوطنية"));
    assert_eq!(claim.speaker.side, None);
}

#[test]
fn denial_verb_negates_its_content() {
    let c = claims("ونفى المتحدث باسم الحكومة العراقية وجود مفاوضات حول انسحاب القوات.");
    let claim = speaker_of(&c, "مفاوضات");
    assert_eq!(claim.polarity, Polarity::Negative);
    assert_eq!(claim.speaker.side.as_deref(), Some("IQ"));
}

#[test]
fn verbs_inside_quotations_do_not_start_claims() {
    let c = claims("وقال وزير الدفاع العراقي: \"لقد أكد لنا الشركاء التزامهم بالعمل معاً\".");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(actor(&c[0]), Some("iq-mod"));
}

#[test]
fn related_article_lists_yield_no_claims() {
    let c = claims(
        "وقال الوزير العراقي إن المحادثات مستمرة مع جميع الأطراف.\nاقرأ أيضاً:\nقال مسؤول أميركي إن القوات باقية\nالعراق يعلن موعد الانتخابات",
    );
    assert!(c.iter().all(|c| !c.text.contains("باقية")), "{c:#?}");
}

#[test]
fn english_attribution() {
    let c = claims("The Pentagon said it has no timetable for the withdrawal of US troops.");
    let claim = speaker_of(&c, "timetable");
    assert_eq!(actor(claim), Some("us-dod"));
    assert_eq!(claim.polarity, Polarity::Negative);
}

#[test]
fn spans_point_into_the_original_text() {
    let text = "وقالت الخارجية العراقیة إنّ مھمة التحالف ستنتهي خلال ٢٠٢٥ بشكل كامل.";
    let c = claims(text);
    assert!(!c.is_empty());
    for claim in &c {
        assert_eq!(&text[claim.start..claim.end], claim.text);
    }
    assert!(c[0].text.contains("مھمة"), "{}", c[0].text);
}

#[test]
fn attribution_reaching_past_a_segment_does_not_panic() {
    // Found by the property tests: the attribution phrase's speaker ran past the segment end.
    let text = "بحسب مسؤول أمني عراقي، وأضاف: \"";
    let c = claims(text);
    for claim in &c {
        assert_eq!(&text[claim.start..claim.end], claim.text);
    }
    claims("بحسب مسؤول أمني عراقي، بحسب مسؤول أمني عراقي، ، اقرأ أيضاً:\nبحسب مسؤول أمني");
}

#[test]
fn a_title_names_its_holder_only_during_the_term() {
    let text = "قال رئيس الوزراء العراقي إن الحكومة ماضية في الحوار مع التحالف الدولي.";
    let in_term = claims_on(text, Some("2024-01-27"));
    let claim = speaker_of(&in_term, "الحكومة ماضية");
    assert_eq!(actor(claim), Some("iq-pm"));
    assert_eq!(claim.speaker.name.as_deref(), Some("محمد شياع السوداني"));
    // Years before the term, and undated: the office speaks, no person is named.
    for published in [Some("2016-05-01"), None] {
        let c = claims_on(text, published);
        let claim = speaker_of(&c, "الحكومة ماضية");
        assert_eq!(actor(claim), None, "{published:?}");
        assert_eq!(claim.speaker.name.as_deref(), Some("رئيس الوزراء العراقي"));
        assert_eq!(claim.speaker.side.as_deref(), Some("IQ"));
        assert!(claim.speaker.role.is_some());
    }
    // A term that ended: the US president of 2016 is not the one the lexicon knows.
    let c = claims_on(
        "وقال الرئيس الأميركي إن بلاده لن ترسل قوات برية إلى سوريا.",
        Some("2016-03-01"),
    );
    assert_eq!(actor(speaker_of(&c, "لن ترسل")), None);
    // The person's name after the title names them whatever the date.
    let c = claims_on(
        "قال وزير الخارجية العراقي فؤاد حسين إن الحكومة ستضع جدولاً زمنياً للمحادثات.",
        None,
    );
    assert_eq!(actor(speaker_of(&c, "الحكومة ستضع")), Some("iq-fm"));
}

#[test]
fn offsets_in_code_points_slice_the_same_text_as_byte_offsets() {
    let text = "🇮🇶 عاجل — قال وزير الخارجية العراقي فؤاد حسين إن الحكومة ستضع جدولاً زمنياً للمحادثات. \
                وأكدت وزارة الدفاع الأميركية أن السفارة ستفتح أبوابها الأسبوع المقبل.";
    let c = claims(text);
    assert!(c.len() >= 2, "{c:#?}");
    for claim in &c {
        let by_chars: String = text
            .chars()
            .skip(claim.char_start)
            .take(claim.char_end - claim.char_start)
            .collect();
        assert_eq!(by_chars, claim.text);
        assert_eq!(&text[claim.start..claim.end], claim.text);
        assert!(claim.char_start < claim.start, "multi-byte text before it");
    }
}

#[test]
fn an_anaphor_with_nothing_before_it_is_named_by_its_words() {
    // «البيان» (the statement) and «المتحدث» (the spokesman) refer back to a speaker; with none
    // before, the words still say who speaks, and the verb is not the outlet's content.
    let c = claims("وقال البيان إن القوات أفرجت عن 40 رهينة خلال الهجوم على المنشأة.");
    let claim = speaker_of(&c, "القوات أفرجت");
    assert_eq!(claim.speaker.name.as_deref(), Some("البيان"), "{claim:#?}");
    assert!(!claim.text.contains("قال"), "{}", claim.text);
    assert_eq!(
        speaker_name(
            "وقال المتحدث باسم وزارة الري إن مشروع القناة يشمل قرى الجنوب كلها.",
            "مشروع القناة"
        )
        .as_deref(),
        Some("المتحدث باسم وزارة الري")
    );
}

#[test]
fn a_continuation_follows_the_last_speaker_even_one_the_lexicon_does_not_know() {
    let c = claims(
        "قال وزير الخارجية العراقي فؤاد حسين إن الحكومة ستضع جدولاً زمنياً للمحادثات. \
         وقال مدير المرصد إن القصف استهدف ثلاث قرى في ريف المدينة. \
         وأضاف أن عشرات العائلات نزحت من القرى خلال الليل.",
    );
    assert_eq!(actor(speaker_of(&c, "الحكومة ستضع")), Some("iq-fm"));
    let added = speaker_of(&c, "عشرات العائلات");
    assert_eq!(actor(added), None, "{added:#?}");
    assert_eq!(added.speaker.name.as_deref(), Some("مدير المرصد"));
}

#[test]
fn a_verb_joined_to_one_with_an_unread_subject_takes_no_earlier_speaker() {
    // «ونفت الحركة ما أعلنه الجيش، وأكدت أن…»: the subject of «أكدت» is the movement, which the
    // denial does not name where it can be read; the spokeswoman of the sentence before is not
    // it, and «أنه» is what was confirmed, not what was denied.
    let c = claims(
        "وقالت المتحدثة باسم الصليب الأحمر إن القافلة وصلت إلى المدينة صباح اليوم. \
         ونفت الحركة ما أعلنه الجيش في بيانه الأخير، وأكدت أنه بصحة جيدة ويتابع عمله.",
    );
    assert_eq!(
        speaker_of(&c, "القافلة وصلت").speaker.name.as_deref(),
        Some("المتحدثة باسم الصليب الأحمر")
    );
    let confirmed = speaker_of(&c, "بصحة جيدة");
    assert_ne!(
        confirmed.speaker.name.as_deref(),
        Some("المتحدثة باسم الصليب الأحمر"),
        "{confirmed:#?}"
    );
    // «أنه» opens what was confirmed, not what was denied: the good health is no denial's
    // content.
    assert_ne!(confirmed.cue.as_deref(), Some("نفت"), "{confirmed:#?}");
}

#[test]
fn a_verb_inside_what_is_said_leaves_the_next_verb_its_speaker() {
    // «تعلن» is what the minister said, not a verb of the sentence's own: «وأضاف» is his.
    let c = claims(
        "قال وزير الخارجية العراقي فؤاد حسين إن الحكومة لم تعلن أي قرار بشأن المحادثات، \
         وأضاف أن المحادثات ستستمر الأسبوع المقبل في بغداد.",
    );
    let added = speaker_of(&c, "ستستمر");
    assert_eq!(actor(added), Some("iq-fm"));
    assert_eq!(added.cue.as_deref(), Some("أضاف"), "{added:#?}");
    // «رفض الكشف عن هويته» (declined to give his name) is part of the speaker, not a denial.
    let c =
        claims("وقال مصدر أمني رفض الكشف عن هويته إن المسلحين هاجموا الحاجز ليلا وقتلوا جنديين.");
    let claim = speaker_of(&c, "هاجموا الحاجز");
    assert_eq!(claim.cue.as_deref(), Some("قال"), "{claim:#?}");
    assert_ne!(claim.polarity, Polarity::Negative, "{claim:#?}");
}

#[test]
fn an_english_subject_opens_on_its_article() {
    let text = "The ministry said on Monday that the bridge collapsed after the heavy rain.";
    assert_eq!(
        speaker_name(text, "bridge collapsed").as_deref(),
        Some("The ministry")
    );
    let text = "Some 300 soldiers were sent to the border near the river, the ministry said.";
    assert_eq!(
        speaker_name(text, "300 soldiers").as_deref(),
        Some("the ministry")
    );
}

#[test]
fn whom_a_saying_was_told_to_is_not_its_speaker() {
    let text = "وقال المهندس سامر حداد للصحفيين إن الجسر مغلق منذ الليلة الماضية.";
    assert_eq!(
        speaker_name(text, "الجسر مغلق").as_deref(),
        Some("المهندس سامر حداد")
    );
    let text = "وقال مصدر في إدارة الميناء لوكالة الأنباء إن السفينة غادرت فجرا.";
    assert_eq!(
        speaker_name(text, "السفينة غادرت").as_deref(),
        Some("مصدر في إدارة الميناء")
    );
    // «جاء فيه» points into a text: «فيه» names no one.
    let text = "ونشرت البلدية بيانا جاء فيه أن المياه ستعود إلى الأحياء الشرقية غدا.";
    assert_ne!(speaker_name(text, "المياه ستعود").as_deref(), Some("فيه"));
}

#[test]
fn an_unnamed_speaker_ends_at_a_comma_and_is_no_adverbial() {
    let text = "وقال سمير حداد، المتحدث باسم شرطة الولاية، إن المشتبه به فر نحو الطريق السريع.";
    assert_eq!(
        speaker_name(text, "المشتبه به").as_deref(),
        Some("سمير حداد")
    );
    let text = "وأكد الجيش الثلاثاء 12 مارس 2019 أن القائد في حالة حرجة إثر الغارة.";
    assert_eq!(speaker_name(text, "حالة حرجة").as_deref(), Some("الجيش"));
    // «خلال زيارته العاصمة» says when he spoke, not who: no speaker is read from it.
    let text = "وأوضح خلال زيارته العاصمة أن مشروع السد سيكتمل قبل نهاية العام المقبل.";
    assert_ne!(
        speaker_name(text, "مشروع السد").as_deref(),
        Some("خلال زيارته العاصمة")
    );
}

/// A one-word name that is also an adjective of origin («السوداني», the Sudanese) names no
/// one right after a definite noun it qualifies: «الجيش السوداني» is the Sudanese army, not
/// the politician of that name, who is named by the word alone after a verb.
#[test]
fn an_adjective_of_origin_after_a_noun_is_no_person() {
    let c = claims("وأكد الجيش السوداني في بيان مساء أمس أن بلدة الحصوية آمنة بالكامل.");
    let claim = speaker_of(&c, "بلدة الحصوية");
    assert_eq!(actor(claim), None, "{:?}", claim.speaker);
    let c = claims("وقال السوداني إن الحكومة ستضع جدولا زمنيا لانسحاب القوات.");
    assert_eq!(actor(speaker_of(&c, "الحكومة ستضع")), Some("iq-pm"));
}

#[test]
fn a_reporting_verb_after_a_determiner_is_a_noun_and_cues_no_one() {
    let text = "The port's director said on Tuesday that he saw no truth to claims made by \
                two dock unions that the harbour depot had burned down.";
    let all = claims(text);
    let c = speaker_of(&all, "harbour depot");
    assert_eq!(c.cue.as_deref(), Some("said"), "{c:#?}");
    assert!(c.text.contains("no truth to claims"), "{c:#?}");
    // As a verb it cues its speaker.
    let text = "One dock union claims that the harbour depot had burned down.";
    let all = claims(text);
    let c = speaker_of(&all, "harbour depot");
    assert_eq!(c.cue.as_deref(), Some("claims"), "{c:#?}");
}

#[test]
fn a_relative_clause_between_an_english_subject_and_its_verb_of_telling() {
    // The verb right after the clause's comma: its subject stands before the relative clause,
    // and whom it told stands after it.
    for verb in ["told Radio Zeib that", "said that"] {
        let text = format!(
            "Salem Qarqani, who was working near the market, {verb} he saw a man running \
             with a rifle."
        );
        assert_eq!(
            speaker_name(&text, "running with a rifle").as_deref(),
            Some("Salem Qarqani"),
            "{text}"
        );
    }
}

#[test]
fn a_relative_clause_between_an_arabic_subject_and_what_it_said() {
    // Verb, subject, a relative clause and a time set off by commas, then «إن»: the subject
    // before the clause speaks, and what follows «إن» is what it said.
    let text = "وقال موقع مقرب من البلدية , الذي يديره أنصار المجلس في بلدة الزيب منذ \
                عامين , اليوم الاثنين , إن القيادي سالم القرقني قتل في الغارة على الصنوبرات .";
    let c = claims(text);
    let claim = speaker_of(&c, "سالم القرقني قتل");
    assert_eq!(
        claim.speaker.name.as_deref(),
        Some("موقع مقرب من البلدية"),
        "{c:?}"
    );
    assert!(claim.text.starts_with("القيادي سالم"), "{}", claim.text);
}

#[test]
fn time_words_set_off_by_commas_stand_between_a_subject_and_its_nominal_object() {
    // «أعلنت الشرطة، الأحد، اعتقال …»: the day, between commas, ends neither the subject nor
    // what was announced; the act is the police's, not the outlet's.
    for text in [
        "أعلنت الشرطة، الأحد، اعتقال الناشط رامي الكومي في بلدة الزيب.",
        "أعلنت الشرطة , اليوم الأحد , اعتقال الناشط رامي الكومي في بلدة الزيب.",
        "أعلنت الشرطة، الأحد اعتقال الناشط رامي الكومي في بلدة الزيب.",
    ] {
        let c = claims(text);
        let claim = speaker_of(&c, "الكومي");
        assert_eq!(
            claim.speaker.name.as_deref(),
            Some("الشرطة"),
            "{text}: {c:#?}"
        );
        assert!(claim.text.starts_with("اعتقال"), "{text}: {}", claim.text);
    }
    // A comma after the subject and no time word: an apposition or a clause, not the object.
    let c = claims("أعلنت الشرطة، التي تطارد المهربين منذ شهر، اعتقال الناشط رامي الكومي.");
    assert_ne!(
        speaker_of(&c, "الكومي").text.split_whitespace().next(),
        Some("اعتقال"),
        "{c:#?}"
    );
}

#[test]
fn a_day_between_an_english_subject_and_its_verb_is_when_not_who() {
    for (text, who) in [
        (
            "The port authority on Tuesday denied that the ferry had sunk near Kum.",
            "The port authority",
        ),
        (
            "The interior ministry yesterday said that 14 protesters had been arrested in Kum.",
            "The interior ministry",
        ),
    ] {
        let c = claims(text);
        assert_eq!(
            c.first().and_then(|c| c.speaker.name.as_deref()),
            Some(who),
            "{c:#?}"
        );
    }
    // A month is a name as often: it stays.
    let c = claims("Prime Minister Theresa May said the talks in Kum would resume next week.");
    assert!(
        c.iter().any(|c| c
            .speaker
            .name
            .as_deref()
            .is_some_and(|n| n.ends_with("May"))),
        "{c:#?}"
    );
}

#[test]
fn his_saying_after_a_relayed_source_ends_its_name() {
    // «نقلت الوكالة عن مصدر عسكري قوله إن …»: «قوله» (his saying) is not part of who said it.
    let c =
        claims("ونقلت وكالة الأنباء الرسمية عن مصدر عسكري قوله إن الجيش استعاد السيطرة على التلال.");
    let claim = speaker_of(&c, "التلال");
    assert_eq!(claim.speaker.name.as_deref(), Some("مصدر عسكري"), "{c:#?}");
}

#[test]
fn a_body_named_by_annexation_alone_ends_where_the_act_it_denies_begins() {
    // «نفت قيادة شرطة ميسان اعتقال …»: no article marks where the subject ends; the act the
    // lexicon knows opens what was denied, whatever follows in the sentence.
    for (text, speaker) in [
        (
            "نفت قيادة شرطة ميسان اعتقال الصحفي رامز العبيدي، وقالت إنه لم يوقف في العمارة.",
            "قيادة شرطة ميسان",
        ),
        (
            "أعلنت مديرية أمن كركوك اعتقال ثلاثة مطلوبين في حي الواسطي.",
            "مديرية أمن كركوك",
        ),
    ] {
        let c = claims(text);
        let claim = c
            .iter()
            .find(|c| c.text.starts_with("اعتقال"))
            .unwrap_or_else(|| panic!("{text}: {c:#?}"));
        assert_eq!(
            claim.speaker.name.as_deref(),
            Some(speaker),
            "{text}: {c:#?}"
        );
    }
}

/// A denial in a relative clause that points back at what the sentence reported («…، الأمر
/// الذي نفته …», «…، وهو ما نفاه …») is its denier's claim, of what was reported; the report
/// stays its reporter's, asserted. A relative that describes a noun («التي ترفض …») denies
/// nothing said before it.
#[test]
fn a_denial_in_a_relative_clause_is_its_deniers() {
    let c = claims("واتهمت الحكومة جارتها بإرسال مسلحين عبر الحدود، الأمر الذي نفته الجارة بشدة.");
    let accusation = c
        .iter()
        .find(|c| c.speaker.name.as_deref() == Some("الحكومة"))
        .unwrap_or_else(|| panic!("{c:#?}"));
    assert_eq!(accusation.polarity, Polarity::Positive, "{c:#?}");
    assert!(!accusation.text.contains("نفته"), "{c:#?}");
    let denial = c
        .iter()
        .find(|c| c.speaker.name.as_deref() == Some("الجارة"))
        .unwrap_or_else(|| panic!("{c:#?}"));
    assert_eq!(denial.polarity, Polarity::Negative, "{c:#?}");
    assert!(denial.text.contains("بإرسال مسلحين"), "{c:#?}");

    // After the page's own report, the report stays the page's.
    let c = claims(
        "وكانت صحف محلية قد تحدثت عن اعتقال المغني رامز الحلو في المطار، وهو ما نفاه مدير أعماله.",
    );
    assert!(
        c.iter()
            .any(|c| c.speaker.is_outlet() && c.polarity == Polarity::Positive),
        "{c:#?}"
    );
    assert!(
        c.iter()
            .any(|c| c.speaker.name.as_deref() == Some("مدير أعماله")
                && c.polarity == Polarity::Negative),
        "{c:#?}"
    );

    let c = claims("وقال الكاتب إن التيارات اليمينية تتنامى في أوروبا، التي ترفض المهاجرين.");
    assert!(
        c.iter()
            .all(|c| c.speaker.name.as_deref() != Some("المهاجرين")),
        "{c:#?}"
    );
}
