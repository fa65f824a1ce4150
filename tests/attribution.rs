//! Who said it, in the word orders of wire copy: sentences written for these tests, one word
//! order (a class of sentences) each, in English and Arabic. Each test names the class it
//! covers; the speaker is checked by the words the claim says it was read from
//! (`speaker_start..speaker_end`), not by the lexicon's name for it.

use crosscheck::{Checker, Claim, Document, Polarity, date};

fn extract(text: &str, language: &str) -> Vec<Claim> {
    let doc = Document::new("t", text)
        .with_language(language)
        .with_source("Test Outlet")
        .with_published(date(2024, 6, 1));
    let claims = Checker::new().extract(&doc);
    for c in &claims {
        assert_eq!(&text[c.start..c.end], c.text, "spans are byte ranges");
    }
    claims
}

/// The claim whose text holds `words`.
fn claim<'c>(claims: &'c [Claim], words: &str) -> &'c Claim {
    claims
        .iter()
        .find(|c| c.text.contains(words))
        .unwrap_or_else(|| panic!("no claim holds «{words}»: {claims:#?}"))
}

/// The words of `text` the claim's speaker was read from.
fn speaker_words<'t>(text: &'t str, c: &Claim) -> &'t str {
    match (c.speaker_start, c.speaker_end) {
        (Some(s), Some(e)) => &text[s..e],
        _ => "",
    }
}

/// Asserts that the claim holding `content` was said by `speaker` (its words) and holds none of
/// `not`.
fn said(text: &str, language: &str, content: &str, speaker: &str, not: &[&str]) {
    let claims = extract(text, language);
    let c = claim(&claims, content);
    assert_eq!(speaker_words(text, c), speaker, "{c:#?}");
    for w in not {
        assert!(!c.text.contains(w), "«{}» holds «{w}»", c.text);
    }
}

// English.

#[test]
fn according_to_names_a_source_the_lexicon_does_not_know() {
    // Class: an attribution phrase at a clause's edge, before or after the content.
    let text = "According to a statement from the mayor's office, the covered market will reopen on Saturday.";
    said(
        text,
        "en",
        "market will reopen",
        "a statement from the mayor's office",
        &["According"],
    );
    let text = "The covered market will reopen on Saturday, according to local fire officials.";
    said(
        text,
        "en",
        "market will reopen",
        "local fire officials",
        &["according"],
    );
    // Inside a clause the phrase means "in accordance with": no source.
    let claims = extract(
        "The stalls were rebuilt according to plans drawn up by the city in the spring.",
        "en",
    );
    assert!(claims.iter().all(|c| c.speaker.is_outlet()), "{claims:#?}");
}

#[test]
fn a_trailing_verb_with_its_day_or_its_addressee_gives_the_clause_before() {
    // Class: content, then subject and verb, then only the saying's frame: its day, whom it
    // was told to, where it was said.
    let cases = [
        (
            "The harbour will stay closed until Friday, port director Ana Ruiz said on Sunday.",
            "port director Ana Ruiz",
        ),
        (
            "The harbour will stay closed until Friday, port director Ana Ruiz told reporters on Monday.",
            "port director Ana Ruiz",
        ),
        (
            "The harbour will stay closed until Friday, two security sources told Reuters.",
            "two security sources",
        ),
        (
            "The harbour will stay closed until Friday, the port authority said in a statement.",
            "the port authority",
        ),
        (
            "The harbour will stay closed until Friday, the port authority said Thursday.",
            "the port authority",
        ),
    ];
    for (text, speaker) in cases {
        said(
            text,
            "en",
            "harbour will stay closed",
            speaker,
            &["said", "told", "Monday", "Sunday", "Reuters", "statement"],
        );
        let claims = extract(text, "en");
        assert_eq!(claims.len(), 1, "the frame is no claim: {claims:#?}");
    }
}

#[test]
fn a_trailing_verb_then_a_clause_of_its_own_gives_two_speakers() {
    // Class: `X said Thursday, as Y warned …`: two clauses, two speakers.
    let text = "A landslide cut the mountain road near the pass, the county engineer said Tuesday, while hauliers warned of long delays for fuel deliveries.";
    let claims = extract(text, "en");
    let first = claim(&claims, "landslide cut the mountain road");
    assert_eq!(speaker_words(text, first), "the county engineer");
    assert!(!first.text.contains("warned"), "{first:#?}");
    let second = claim(&claims, "long delays");
    assert_eq!(speaker_words(text, second), "hauliers");
}

#[test]
fn a_complementiser_inside_the_content_does_not_open_it() {
    // Class: `X said A and that B`: one claim covering both.
    let text = "The harbour master said two cranes were damaged in the storm and that the container terminal would reopen on Friday.";
    let claims = extract(text, "en");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert!(claims[0].text.starts_with("two cranes"), "{claims:#?}");
    assert!(
        claims[0].text.contains("terminal would reopen"),
        "{claims:#?}"
    );
    // Frame words before the complementiser leave it to open the content.
    said(
        "The port authority said on Monday that the ferries would sail again.",
        "en",
        "ferries would sail",
        "The port authority",
        &["Monday", "that"],
    );
}

#[test]
fn a_quotation_then_said_and_its_speaker_is_that_speakers() {
    // Class: `"…," said X`: the speaker follows the verb; the speaker of the sentence before
    // is not this one.
    let text = "The mayor said the bridge would reopen soon. \"The repairs are finished at last,\" said city engineer Tom Hardy on Friday.";
    said(
        text,
        "en",
        "repairs are finished",
        "city engineer Tom Hardy",
        &["said", "Hardy"],
    );
    // A title in apposition after a comma is not the name.
    let text =
        "\"The water is safe to drink again,\" said Rana Ali, a spokeswoman for the utility.";
    said(text, "en", "water is safe", "Rana Ali", &["said"]);
}

#[test]
fn a_verb_after_the_content_with_its_subject_after_it() {
    // Class: `…, said X on Sunday.`, `…, say nurses working in the clinics.`: the verb follows a
    // comma, its subject follows it, and only the saying's frame comes after.
    said(
        "The ceasefire is holding along the whole border, said UN envoy Maria Lopez on Sunday.",
        "en",
        "ceasefire is holding",
        "UN envoy Maria Lopez",
        &["said", "Sunday"],
    );
    said(
        "Cases of the fever have doubled since the spring, say nurses working in the northern clinics.",
        "en",
        "Cases of the fever have doubled",
        "nurses working in the northern clinics",
        &["say"],
    );
    // A participle with its own object is no saying: the sentence stays the outlet's.
    let claims = extract(
        "The minister arrived at the border post, said nothing to the crowd and left the building.",
        "en",
    );
    assert!(claims.iter().all(|c| c.speaker.is_outlet()), "{claims:#?}");
}

#[test]
fn a_speaker_in_the_middle_of_a_quotation_says_both_parts() {
    // Class: `"A," she said, "B."`: both parts are the speaker's.
    let text = "\"The harvest this year was bad,\" said farmer Ali Musa, \"and the worst in twenty years.\"";
    let claims = extract(text, "en");
    for part in ["harvest this year was bad", "worst in twenty years"] {
        assert_eq!(
            speaker_words(text, claim(&claims, part)),
            "farmer Ali Musa",
            "{claims:#?}"
        );
    }
}

#[test]
fn a_quotation_that_goes_on_in_the_next_sentence_keeps_its_speaker() {
    // Class: a sentence that is all quotation, after a sentence that quoted someone, goes on
    // with that speaker; any other sentence does not.
    let text = "\"We will rebuild every house in this valley,\" Sabrina Singh said. \"The people here deserve nothing less than that.\" The valley was flooded for three weeks in the spring.";
    let claims = extract(text, "en");
    assert_eq!(
        speaker_words(text, claim(&claims, "deserve nothing less")),
        "Sabrina Singh"
    );
    assert!(
        claim(&claims, "flooded for three weeks")
            .speaker
            .is_outlet()
    );
    // With no quotation before, a quoted sentence is no one's continuation.
    let text = "Sabrina Singh said the camp would close. \"The people here deserve nothing less than that.\"";
    let claims = extract(text, "en");
    assert!(claim(&claims, "deserve nothing less").speaker.is_outlet());
}

#[test]
fn subjects_already_read_stay_read() {
    // Class: subject-first orders that read right before this work (`a spokesman for X said`,
    // `X's office said`, `X said in a statement that`): kept as they were.
    for (text, speaker) in [
        (
            "A spokesman for the water authority said the dam was not damaged by the quake.",
            "spokesman for the water authority",
        ),
        (
            "The governor's office said the dam was not damaged by the quake.",
            "The governor's office",
        ),
        (
            "The water authority said in a statement that the dam was not damaged by the quake.",
            "The water authority",
        ),
    ] {
        said(
            text,
            "en",
            "dam was not damaged",
            speaker,
            &["said", "statement"],
        );
    }
}

// Arabic.

#[test]
fn a_denials_nominal_object_is_its_content() {
    // Class: a verb whose content is a noun, not a clause: the subject closes on its definite
    // words and the object that follows is what is denied.
    let text = "ونفت هيئة السكك الحديد توقيف أي قطار في المحطة الشمالية خلال الأسبوع الماضي.";
    let claims = extract(text, "ar");
    let c = claim(&claims, "توقيف أي قطار");
    assert_eq!(speaker_words(text, c), "هيئة السكك الحديد");
    assert!(c.text.starts_with("توقيف"), "{c:#?}");
    assert_eq!(c.polarity, Polarity::Negative);
    // «أعلن» with a nominal object.
    said(
        "وأعلن الدفاع المدني إخماد الحريق في سوق الخضار بعد ساعات من اندلاعه.",
        "ar",
        "إخماد الحريق",
        "الدفاع المدني",
        &["أعلن"],
    );
}

#[test]
fn an_arabic_subject_ends_where_the_verbs_object_begins() {
    // Class: a report noun after the subject is what is denied, not part of who denies.
    let text = "ونفت إدارة المطار الأنباء التي تحدثت عن إلغاء الرحلات المسائية إلى العاصمة.";
    let claims = extract(text, "ar");
    let c = claim(&claims, "إلغاء الرحلات");
    assert_eq!(speaker_words(text, c), "إدارة المطار");
    // After an indefinite head, a report noun is the subject's genitive («وكالة الأنباء»).
    let text = "وقالت وكالة الأنباء المحلية إن القافلة وصلت إلى المدينة صباح اليوم.";
    said(
        text,
        "ar",
        "القافلة وصلت",
        "وكالة الأنباء المحلية",
        &["قالت"],
    );
    // A quotation further on is inside the object, not the content's start.
    let text = "وأعلنت الشرطة ضبط 12 شحنة مهربة في الميناء، أبرزها \"شحنة الأدوية المزورة القادمة من الخارج\".";
    let claims = extract(text, "ar");
    let c = claim(&claims, "شحنة مهربة");
    assert!(c.text.starts_with("ضبط 12"), "{c:#?}");
}

#[test]
fn arabic_attribution_phrases_name_unknown_sources() {
    // Class: «بحسب»، «وفقا لـ» at a clause's edge, with a source the lexicon does not know.
    said(
        "وسقط 12 قتيلا في القصف على البلدة، بحسب مصادر طبية محلية.",
        "ar",
        "وسقط 12 قتيلا",
        "مصادر طبية محلية",
        &["بحسب"],
    );
    said(
        "ووفقا للمصدر الطبي فإن عدد الجرحى بلغ 40 شخصا في الحادث.",
        "ar",
        "عدد الجرحى",
        "للمصدر الطبي",
        &["وفقا"],
    );
    // Inside a clause «وفقا لـ» means "in accordance with": no source.
    let claims = extract(
        "وستوزع المساعدات على الأسر المتضررة وفقا لجدول زمني تضعه البلدية هذا الأسبوع.",
        "ar",
    );
    assert!(claims.iter().all(|c| c.speaker.is_outlet()), "{claims:#?}");
}

#[test]
fn a_relay_is_its_sources_saying() {
    // Class: «نقلت X عن Y أن …»: Y spoke; the relaying outlet did not.
    said(
        "ونقلت صحيفة الشروق عن مصدر أمني أن الشرطة اعتقلت خمسة أشخاص في المدينة.",
        "ar",
        "الشرطة اعتقلت",
        "مصدر أمني",
        &["نقلت", "الشروق"],
    );
    // Without «عن … أن» the verb means "carried": no one's saying.
    let claims = extract(
        "ونقل الدفاع المدني الجرحى إلى المستشفى الميداني في البلدة.",
        "ar",
    );
    assert!(claims.iter().all(|c| c.speaker.is_outlet()), "{claims:#?}");
}

#[test]
fn in_turn_and_for_his_part_continue_the_last_speaker() {
    // Class: «بدوره»، «من جهته»: they point back to a speaker and are never a name.
    let text =
        "وقال رئيس البلدية إن المياه ستعود إلى الأحياء غدا. وقال بدوره إن الطريق سيفتح بعد يومين.";
    said(text, "ar", "الطريق سيفتح", "رئيس البلدية", &["بدوره"]);
}

#[test]
fn a_participle_goes_on_with_the_same_speaker_in_a_claim_of_its_own() {
    // Class: «…، مؤكدا أن …», «مشيرة إلى أن …»: the text joins a second saying of the same
    // speaker; each saying is one claim.
    let text = "وقال مدير المصنع إن الإنتاج سيتوقف الشهر المقبل، مؤكدا أن العمال سيحصلون على تعويضات كاملة.";
    let claims = extract(text, "ar");
    let first = claim(&claims, "الإنتاج سيتوقف");
    let second = claim(&claims, "العمال سيحصلون");
    assert_ne!(first.start, second.start, "{claims:#?}");
    assert!(!first.text.contains("مؤكدا"), "{first:#?}");
    assert_eq!(speaker_words(text, second), "مدير المصنع");
}

#[test]
fn arabic_reporting_verbs_already_read_stay_read() {
    // Class: «أفاد», «صرح» with «بأن» / «أن»: read right before this work, kept as they were.
    said(
        "وأفاد مدير الدفاع المدني بأن الحريق أتى على ثلاثة مخازن للحبوب.",
        "ar",
        "الحريق أتى",
        "مدير الدفاع المدني",
        &["أفاد"],
    );
    said(
        "وصرح رئيس النقابة بأن الإضراب سيستمر حتى نهاية الشهر الجاري.",
        "ar",
        "الإضراب سيستمر",
        "رئيس النقابة",
        &["صرح"],
    );
}
