//! Stories on documents written for them.

use super::*;
use crate::analysis::{DocumentProfile, Prepared};
use crate::lexicon::Lexicon;

fn profiles(texts: &[&str]) -> Vec<DocumentProfile> {
    let lexicon = Lexicon::default();
    texts
        .iter()
        .map(|t| {
            let p = Prepared::new(t, &lexicon);
            let sentences: Vec<_> =
                crate::text::segment::sentences(p.text(), &lexicon.grammar().abbreviations)
                    .into_iter()
                    .map(|s| s.range)
                    .collect();
            DocumentProfile::new(&p, t, &sentences)
        })
        .collect()
}

fn stories(texts: &[&str], dates: &[Option<&str>]) -> Stories {
    stories_of_sites(texts, dates, &[])
}

/// Stories of documents with their sites (`sources[i]`, none past its end).
fn stories_of_sites(texts: &[&str], dates: &[Option<&str>], sources: &[&str]) -> Stories {
    let profiles = profiles(texts);
    let dated: Vec<DatedProfile> = profiles
        .iter()
        .zip(dates)
        .enumerate()
        .map(|(i, (p, d))| DatedProfile {
            profile: p,
            published: d.map(|d| d.parse().unwrap()),
            source: sources.get(i).copied(),
        })
        .collect();
    group(
        &dated,
        &StoryConfig::default(),
        Lexicon::default().background(),
    )
}

/// Two bus bombings told in the same words, in two cities months apart, each reported twice;
/// and two unrelated reports. The cities are ones the lexicon's background of news does not
/// hold: a name found in one article of ten there (as a Syrian city is, in Syrian war news)
/// names no event.
const BUS_MARCH: &str = "انفجار عبوة ناسفة في حافلة نقل ركاب بحي الصنوبرات في مدينة سوسة يقتل سبعة ركاب. \
    وقال والي سوسة منير القرقني إن العبوة زرعت تحت مقعد في الحافلة التي كانت تقل عمالا إلى حي الصنوبرات.";
const BUS_MARCH_AGAIN: &str = "مقتل سبعة ركاب في تفجير حافلة في حي الصنوبرات بسوسة. \
    وأوضح القرقني أن الحافلة كانت تنقل عمالا حين انفجرت العبوة في حي الصنوبرات صباحا.";
const BUS_DECEMBER: &str = "قتل ثمانية أشخاص بانفجار حافلة صغيرة في مدينة بنزرت الساحلية. \
    وأفادت قيادة شرطة بنزرت بأن عبوة ألصقت بالحافلة انفجرت قرب محطة عجلون.";
const BUS_DECEMBER_AGAIN: &str = "ثمانية قتلى في تفجير استهدف حافلة قرب محطة عجلون في بنزرت. \
    وقالت شرطة بنزرت إن التحقيق جار في الانفجار الذي هز المدينة الساحلية.";
const FOOTBALL: &str = "منتخب البرازيل يفوز على الأرجنتين بهدفين في نهائي كأس القارات. \
    وسجل المهاجم الهدفين في الشوط الثاني أمام جماهير غفيرة في الملعب.";
const BOOKS: &str = "افتتاح معرض الكتاب الدولي في العاصمة بمشاركة مئات دور النشر. \
    وقال وزير الثقافة إن المعرض يستقبل الزوار حتى نهاية الشهر.";

#[test]
fn reports_of_one_event_are_one_story() {
    let s = stories(
        &[BUS_MARCH, BUS_MARCH_AGAIN, FOOTBALL, BOOKS],
        &[
            Some("2017-03-01"),
            Some("2017-03-02"),
            Some("2017-03-01"),
            None,
        ],
    );
    assert_eq!(s.of_document[0], s.of_document[1]);
    assert_ne!(s.of_document[0], s.of_document[2]);
    let story = &s.stories[s.of_document[0] as usize];
    assert_eq!(story.first_published, Some(jiff::civil::date(2017, 3, 1)));
    assert_eq!(story.last_published, Some(jiff::civil::date(2017, 3, 2)));
    // Titled in the words as written, not their stems («صنوبر»), and without the
    // prepositions written onto them («بحي»).
    assert!(
        story.label.iter().any(|w| w == "الصنوبرات"),
        "{:?}",
        story.label
    );
    for w in &story.label {
        assert!(
            BUS_MARCH.contains(w.as_str()) || BUS_MARCH_AGAIN.contains(w.as_str()),
            "{w} is not written in the reports"
        );
    }
}

/// Background documents for a corpus where the words of a bombing report are common, as in a
/// war archive large enough for its own counts to outweigh the lexicon's background: `n` short texts of everyday words, a third of them with two words of the
/// bombing vocabulary.
fn background(n: usize) -> Vec<String> {
    const BOMBING: &[&str] = &[
        "انفجار",
        "عبوة",
        "ناسفة",
        "حافلة",
        "ركاب",
        "يقتل",
        "تفجير",
        "العبوة",
    ];
    (0..n)
        .map(|i| {
            let mut words = crate::test_support::everyday_words(i);
            if i % 3 == 0 {
                words.push(BOMBING[i % BOMBING.len()]);
                words.push(BOMBING[(i + 3) % BOMBING.len()]);
            }
            words.join(" ")
        })
        .collect()
}

#[test]
fn two_events_in_the_same_words_stay_apart() {
    let background = background(80);
    let mut texts = vec![BUS_MARCH, BUS_MARCH_AGAIN, BUS_DECEMBER, BUS_DECEMBER_AGAIN];
    texts.extend(background.iter().map(String::as_str));
    let dated = [
        Some("2017-03-01"),
        Some("2017-03-01"),
        Some("2017-12-12"),
        Some("2017-12-13"),
    ];
    for with_dates in [true, false] {
        let dates: Vec<Option<&str>> = (0..texts.len())
            .map(|i| {
                if with_dates {
                    dated.get(i).copied().flatten()
                } else {
                    None
                }
            })
            .collect();
        let s = stories(&texts, &dates);
        let of = &s.of_document;
        assert_eq!(of[0], of[1], "dated: {with_dates}");
        assert_eq!(of[2], of[3], "dated: {with_dates}");
        assert_ne!(of[0], of[2], "dated: {with_dates}");
    }
}

#[test]
fn a_reprint_is_one_report() {
    let reprint = format!("{BUS_MARCH} (رويترز)");
    let s = stories(
        &[BUS_MARCH, &reprint, BUS_MARCH_AGAIN],
        &[Some("2017-03-01"), Some("2017-03-01"), Some("2017-03-01")],
    );
    assert_eq!(s.reprint_of, [0, 0, 2]);
    let story = &s.stories[s.of_document[0] as usize];
    assert_eq!(story.reprint_groups, [vec![0, 1]]);
}

#[test]
fn a_sites_page_template_makes_no_story_of_its_pages() {
    // One site's newsletter box tops each of its five pages, whose news is of four events; its
    // words are also in other sites' news, so they are not a template of every site.
    const BOX: &str =
        "اشترك في رسالتنا الأسبوعية المجانية لتصلك أحدث المقالات إلى صندوق بريدك فور نشرها. ";
    let site_pages: Vec<String> = [BUS_MARCH, BUS_DECEMBER, FOOTBALL, BOOKS, BUS_MARCH]
        .iter()
        .map(|t| format!("{BOX}{t}"))
        .collect();
    let mut texts: Vec<String> = site_pages;
    texts.push(BUS_MARCH_AGAIN.to_string());
    texts.push(BUS_DECEMBER_AGAIN.to_string());
    for (i, b) in background(53).into_iter().enumerate() {
        // Seven pages of other sites use the box's words in their own sentences.
        if i < 7 {
            texts.push(format!(
                "{b} اشترك رسالتنا الأسبوعية المجانية أحدث المقالات صندوق بريدك"
            ));
        } else {
            texts.push(b);
        }
    }
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let dates: Vec<Option<&str>> = (0..texts.len()).map(|_| None).collect();
    let mut sources = vec!["news.example"; 5];
    sources.extend(["other.example", "other.example"]);
    let s = stories_of_sites(&texts, &dates, &sources);
    let of = &s.of_document;
    assert_eq!(of[0], of[5], "the site's March bombing is the other site's");
    assert_eq!(
        of[1], of[6],
        "the site's December bombing is the other site's"
    );
    assert_ne!(of[0], of[1]);
    assert_ne!(of[2], of[3], "football and a book fair share only the box");
    assert_ne!(of[2], of[0]);
}

#[test]
fn two_reports_of_one_quake_are_one_story_and_a_football_final_another() {
    let lexicon = Lexicon::default();
    let profile = |text: &str| {
        let p = Prepared::new(text, &lexicon);
        let whole = std::iter::once(0..p.text().len()).collect::<Vec<_>>();
        DocumentProfile::new(&p, text, &whole)
    };
    let docs = [
        profile("زلزال بقوة ست درجات يضرب مدينة كرمنشاه الإيرانية ويقتل عشرات السكان"),
        profile("ارتفاع حصيلة زلزال كرمنشاه الإيرانية إلى مئات القتلى من السكان"),
        profile("منتخب البرازيل يفوز على الأرجنتين في نهائي كأس القارات لكرة القدم"),
    ];
    let dated: Vec<DatedProfile> = docs
        .iter()
        .map(|p| DatedProfile {
            profile: p,
            published: None,
            source: None,
        })
        .collect();
    let stories = group(&dated, &StoryConfig::default(), lexicon.background());
    assert_eq!(stories.of_document[0], stories.of_document[1]);
    assert_ne!(stories.of_document[0], stories.of_document[2]);
}

/// The story of each of `texts`, written in `languages`, all published on `day`.
fn stories_in_languages(texts: &[&str], languages: &[&str], day: &str) -> Vec<u32> {
    let profiles: Vec<DocumentProfile> = profiles(texts)
        .into_iter()
        .zip(languages)
        .map(|(p, l)| DocumentProfile {
            language: Some(l.to_string()),
            ..p
        })
        .collect();
    let dated: Vec<DatedProfile> = profiles
        .iter()
        .map(|p| DatedProfile {
            profile: p,
            published: Some(day.parse().unwrap()),
            source: None,
        })
        .collect();
    group(
        &dated,
        &StoryConfig::default(),
        Lexicon::default().background(),
    )
    .of_document
}

/// A name of two short or common words (a base «تل العرب», "Tal al-Arab") keys no story word
/// by word: each word's skeleton is too short to name anything. Written in both scripts as two
/// words side by side, it is one name, and it makes an Arabic and an English report of one
/// shelling one story; an English report of a fire elsewhere that day stays apart.
#[test]
fn a_two_word_name_joins_an_arabic_and_an_english_report() {
    let texts = [
        "سقوط قذيفتين على قاعدة تل العرب الجوية فجر اليوم. \
         وقال مسؤول محلي إن القذيفتين سقطتا قرب مدرج قاعدة تل العرب دون إصابات.",
        "Two shells hit the Tal al-Arab air base before dawn. \
         A local official said the shells landed near the runway and nobody was hurt.",
        "A fire destroyed dozens of shops in the old market of Ras Moda on Monday. \
         Firefighters said the blaze started in a fabric store.",
    ];
    let of_document = stories_in_languages(&texts, &["ar", "en", "en"], "2024-04-02");
    assert_eq!(of_document[0], of_document[1]);
    assert_ne!(of_document[0], of_document[2]);
}

#[test]
fn names_of_two_consonants_join_an_arabic_and_an_english_report() {
    // «الزيب» / "Zeib", «الكوم» / "Kum": two consonants each, keys only where the English
    // report writes them as names.
    let texts = [
        "قصفت طائرات حربية فجر الخميس منزلا في قرية الزيب بريف الكوم الشرقي. \
         وقتل في الغارة سبعة أشخاص بينهم طفلان.",
        "Warplanes struck a house in the village of Zeib in the eastern Kum countryside early \
         on Thursday. Ten people were killed, including three women.",
        "A fire destroyed dozens of shops in the old market of Ras Moda on Monday. \
         Firefighters said the blaze started in a fabric store.",
    ];
    let of_document = stories_in_languages(&texts, &["ar", "en", "en"], "2024-04-04");
    assert_eq!(of_document[0], of_document[1]);
    assert_ne!(of_document[0], of_document[2]);
}

/// An Arabic report of a governor's visit to a dam, an English report of the dam's repairs,
/// and an English report of another event that names only the governor: the second English
/// report shares one rare name with the Arabic one, enough to pass the bar, but the Arabic
/// report's best match in English is the first, by far. A story is joined where each is the
/// other's best: the other event stays apart (it would join, and bring every story that names
/// the governor with it, if the English side alone chose).
#[test]
fn a_report_of_another_event_naming_one_person_joins_no_story_in_the_other_script() {
    let texts = [
        "زار المحافظ الدرمشاوي سد كفرنجة في وادي الريميل قرب عجلون وتفقد أعمال الصيانة. \
         وقال إن المياه ستعود إلى قرى عجلون خلال أيام.",
        "Repairs at the Kafranja dam in Wadi Rmeil near Ajloun are almost done, and water \
         will return to the villages within days.",
        "Governor Darmashawi opened a new bus station in the port city on Tuesday. \
         The station will serve forty routes, officials said.",
    ];
    let of_document = stories_in_languages(&texts, &["ar", "en", "en"], "2024-06-01");
    assert_eq!(of_document[0], of_document[1], "{of_document:?}");
    assert_ne!(of_document[0], of_document[2], "{of_document:?}");
}
