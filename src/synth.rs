//! A synthetic Arabic news corpus for benchmarks and recall checks, deterministic from a seed.
//!
//! Each document mixes filler sentences on many subjects (so that candidate counts look like an
//! archive, not like one story told a thousand times) with a few attributed claims built from
//! templates: speakers drawn from the lexicon's actors, numbers, places and dates varied. A small
//! share of document pairs carry a *planted* conflict — a timetable asserted and denied, two troop
//! counts whose ranges cannot both hold — and its expected pair is recorded beside the corpus.
//!
//! Filler comes from built-in templates, or from sentences the caller supplies (for instance the
//! real Arabic of the ANS and XNLI sets, one sentence a line).

use crate::corpus::{Corpus, Document};
use crate::lexicon::{ActorKind, Gender, Lexicon};
use serde::{Deserialize, Serialize};

/// A small, fast, deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct SynthConfig {
    /// Number of documents.
    pub documents: usize,
    /// Seed of the generator.
    pub seed: u64,
    /// Filler sentences per document (on average).
    pub filler_per_document: usize,
    /// Attributed claims per document (on average).
    pub claims_per_document: usize,
    /// Share of documents that open a planted conflict with another document.
    pub planted_share: f64,
    /// Filler sentences to draw from; empty means the built-in templates.
    pub filler: Vec<String>,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            documents: 100,
            seed: 7,
            filler_per_document: 12,
            claims_per_document: 4,
            planted_share: 0.02,
            filler: Vec::new(),
        }
    }
}

/// A conflict planted between two documents, with the byte spans of its two sentences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planted {
    /// `numeric` or `negation`.
    pub kind: String,
    /// First document.
    pub doc_a: String,
    /// Span of the sentence in the first document.
    pub span_a: [usize; 2],
    /// Second document.
    pub doc_b: String,
    /// Span of the sentence in the second document.
    pub span_b: [usize; 2],
}

const OUTLETS: &[&str] = &[
    "Al-Araby Al-Jadeed",
    "Kurdistan TV",
    "Asharq",
    "Alhurra",
    "Shafaq News",
    "Rudaw",
    "Al Mada",
    "Baghdad Today",
    "Independent Arabia",
    "Al Sumaria",
];
const PLACES: &[&str] = &[
    "العراق",
    "سوريا",
    "الأردن",
    "لبنان",
    "الكويت",
    "أربيل",
    "الأنبار",
];
const SUBJECTS: &[&str] = &[
    "أسعار النفط",
    "سعر صرف الدولار",
    "موسم الحصاد",
    "المنتخب الوطني",
    "الانتخابات المحلية",
    "مشروع الطريق السريع",
    "قطاع الكهرباء",
    "الموازنة العامة",
    "معرض الكتاب",
    "حركة الطيران",
    "شبكة الإنترنت",
    "أسواق الذهب",
    "المدارس الحكومية",
    "مياه نهر دجلة",
    "الدوري المحلي",
];
const BASES: &[&str] = &[
    "القيارة",
    "سبايكر",
    "الصقر",
    "التاجي",
    "بلد",
    "القيارة",
    "الحبانية",
    "سبايكر",
    "الرشيد",
    "المثنى",
    "الإمام علي",
    "كي وان",
    "الأسد الجوية",
    "البغدادي",
    "الصقور",
    "الرمادي",
    "الشعيبة",
    "أم قصر",
    "الناصرية",
    "الكوت",
    "العمارة",
    "السليمانية",
    "العقرة",
    "زاخو",
    "كركوك",
    "تلعفر",
];
const UNITS: &[&str] = &[
    "طن",
    "شاحنة",
    "منزل",
    "مدرسة",
    "ميغاواط",
    "كيلومتر",
    "مليون دينار",
    "ألف دولار",
    "منحة",
    "وظيفة",
    "سرير",
    "حافلة",
];
const VERBS_NEUTRAL: &[&str] = &[
    "شهد",
    "سجل",
    "تابع",
    "ناقش",
    "افتتح",
    "استقبل",
    "أطلق",
    "بحث",
    "زار",
    "وقع",
];
const FILLER_TEMPLATES: &[&str] = &[
    "{verb} {subject} في {place} تطورات جديدة خلال الأسبوع الماضي.",
    "وتراجع الاهتمام بـ{subject} بعد قرار الحكومة المحلية في {place}.",
    "وأشار تقرير صادر عن مركز الدراسات إلى تحسن ملحوظ في {subject}.",
    "ويترقب المواطنون في {place} نتائج الاجتماع الخاص بـ{subject}.",
    "وتواصل الجهات المختصة العمل على ملف {subject} رغم الصعوبات.",
    "وفي سياق آخر، {verb} وفد من {place} مسؤولين لبحث {subject}.",
    "ويعد {subject} من أبرز القضايا المطروحة في {place} هذا العام.",
];
const OBJECTS: &[&str] = &[
    "لإنهاء مهمة التحالف الدولي",
    "لانسحاب قوات التحالف",
    "لخفض عدد المستشارين",
    "لتسليم القواعد العسكرية",
    "لإعادة انتشار القوات الأجنبية",
];

fn fill(template: &str, rng: &mut Rng) -> String {
    template
        .replace("{verb}", rng.pick::<&str>(VERBS_NEUTRAL))
        .replace("{subject}", rng.pick::<&str>(SUBJECTS))
        .replace("{place}", rng.pick::<&str>(PLACES))
}

/// Speakers to quote: named persons, bodies and officials with a side, from the lexicon.
fn speakers(lexicon: &Lexicon) -> Vec<(String, Gender)> {
    lexicon
        .actors()
        .iter()
        .filter(|a| {
            a.side.is_some()
                && matches!(
                    a.kind,
                    ActorKind::Person | ActorKind::Body | ActorKind::Anonymous
                )
        })
        .filter_map(|a| {
            let name = a
                .names
                .iter()
                .find(|n| n.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)))?;
            Some((name.clone(), a.gender))
        })
        .collect()
}

fn said(gender: Gender) -> &'static str {
    match gender {
        Gender::F => "وقالت",
        _ => "وقال",
    }
}

/// A claim sentence that is not part of a planted conflict.
fn background_claim(speakers: &[(String, Gender)], rng: &mut Rng) -> String {
    let (name, gender) = rng.pick(speakers);
    let verb = said(*gender);
    match rng.below(4) {
        0 => format!(
            "{verb} {name} إن الاجتماع بحث {} في {}.",
            rng.pick(SUBJECTS),
            rng.pick(PLACES)
        ),
        1 => format!(
            "{verb} {name} إن نحو {} {} خصصت لمشروع {} في {}.",
            100 + rng.below(900),
            rng.pick::<&str>(UNITS),
            rng.pick::<&str>(SUBJECTS),
            rng.pick::<&str>(PLACES)
        ),
        2 => format!(
            "{verb} {name} إن العلاقات الثنائية تشهد تطورا في مجال {}.",
            rng.pick(SUBJECTS)
        ),
        _ => format!(
            "{verb} {name} إن المحادثات حول {} ستستأنف الشهر المقبل.",
            rng.pick(SUBJECTS)
        ),
    }
}

/// Generates a corpus and the conflicts planted in it.
pub fn generate(config: &SynthConfig, lexicon: &Lexicon) -> (Corpus, Vec<Planted>) {
    let mut rng = Rng::new(config.seed);
    let speakers = speakers(lexicon);
    let mut texts: Vec<String> = Vec::with_capacity(config.documents);
    let mut planted_sentences: Vec<(usize, String, String, usize, String)> = Vec::new();
    for _ in 0..config.documents {
        let mut sentences: Vec<String> = Vec::new();
        let fillers = 1 + rng.below(2 * config.filler_per_document.max(1));
        for _ in 0..fillers {
            let s = if config.filler.is_empty() {
                let template: &str = rng.pick::<&str>(FILLER_TEMPLATES);
                fill(template, &mut rng)
            } else {
                rng.pick(&config.filler).clone()
            };
            sentences.push(s);
        }
        let claims = rng.below(2 * config.claims_per_document.max(1) + 1);
        for _ in 0..claims {
            let at = rng.below(sentences.len() + 1);
            sentences.insert(at, background_claim(&speakers, &mut rng));
        }
        texts.push(sentences.join("\n"));
    }

    // Planted conflicts: an assertion in one document, its contradiction in another.
    let n = config.documents;
    let mut planted = Vec::new();
    if n >= 2 {
        let pairs = ((n as f64 * config.planted_share).round() as usize).max(1);
        // Documents are in publication order (see below), so a partner a few places away was
        // published within days: contradicting reports of one event come out close together.
        let near = (n / 52).clamp(1, n - 1);
        for _ in 0..pairs {
            let a = rng.below(n);
            let step = 1 + rng.below(near);
            let b = if a + step < n {
                a + step
            } else {
                a.saturating_sub(step)
            };
            let (name_a, gender_a) = rng.pick(&speakers).clone();
            let (name_b, gender_b) = rng.pick(&speakers).clone();
            // The two sentences share a specific setting, as two reports of one event do.
            let setting = format!(
                "في ملف {} بقاعدة {}",
                rng.pick::<&str>(SUBJECTS),
                rng.pick::<&str>(BASES)
            );
            let (kind, sa, sb) = if rng.chance(0.5) {
                let object = rng.pick(OBJECTS);
                (
                    "negation",
                    format!(
                        "{} {name_a} إنه سيتم وضع جدول زمني محدد {object} {setting}.",
                        said(gender_a)
                    ),
                    format!(
                        "{} {name_b} إنه لا يوجد جدول زمني محدد {object} {setting}.",
                        said(gender_b)
                    ),
                )
            } else {
                let place = rng.pick(&PLACES[..3]);
                let high = 2000 + 100 * rng.below(30);
                let low = high * (40 + rng.below(40)) / 100;
                (
                    "numeric",
                    format!("ويوجد في {place} نحو {high} جندي أجنبي {setting}."),
                    format!(
                        "{} {name_b} إن عدد الجنود في {place} لا يتجاوز {low} جندي {setting}.",
                        said(gender_b)
                    ),
                )
            };
            planted_sentences.push((a, kind.to_string(), sa, b, sb));
        }
    }
    for (a, kind, sa, b, sb) in planted_sentences {
        let span_a = append(&mut texts[a], &sa);
        let span_b = append(&mut texts[b], &sb);
        planted.push(Planted {
            kind,
            doc_a: doc_id(a),
            span_a,
            doc_b: doc_id(b),
            span_b,
        });
    }

    // An archive in publication order over one year: document i of n on day 336 i / n.
    let mut corpus = Corpus::new();
    for (i, text) in texts.into_iter().enumerate() {
        let day_of_year = i * 336 / n.max(1);
        let (month, day) = (1 + day_of_year / 28, 1 + day_of_year % 28);
        corpus.push(
            Document::new(doc_id(i), text)
                .with_source(*rng.pick(OUTLETS))
                .with_published(jiff::civil::date(2024, month as i8, day as i8))
                .with_language("ar"),
        );
    }
    (corpus, planted)
}

fn doc_id(i: usize) -> String {
    format!("synth{i:07}")
}

fn append(text: &mut String, sentence: &str) -> [usize; 2] {
    if !text.is_empty() {
        text.push('\n');
    }
    let start = text.len();
    text.push_str(sentence);
    [start, text.len()]
}

/// How many planted conflicts a report recovered: a conflict between claims overlapping the two
/// planted sentences, in either order.
pub fn planted_recall(report: &crate::Report, planted: &[Planted]) -> (usize, usize) {
    planted_recall_in(&report.claims, &report.conflicts, planted)
}

/// [`planted_recall`] over claims and conflicts held apart, without building a report.
pub fn planted_recall_in(
    claims: &[crate::Claim],
    conflicts: &[crate::Conflict],
    planted: &[Planted],
) -> (usize, usize) {
    use std::collections::HashMap;
    let mut by_doc: HashMap<&str, Vec<&crate::Claim>> = HashMap::new();
    for c in claims {
        by_doc.entry(c.doc.as_str()).or_default().push(c);
    }
    let over = |doc: &str, span: [usize; 2]| -> Vec<&str> {
        by_doc
            .get(doc)
            .map(|cs| {
                cs.iter()
                    .filter(|c| c.start < span[1] && span[0] < c.end)
                    .map(|c| c.id.as_str())
                    .collect()
            })
            .unwrap_or_default()
    };
    let pairs: std::collections::HashSet<(&str, &str)> = conflicts
        .iter()
        .flat_map(|c| [(c.a.as_str(), c.b.as_str()), (c.b.as_str(), c.a.as_str())])
        .collect();
    let found = planted
        .iter()
        .filter(|p| {
            let (a, b) = (over(&p.doc_a, p.span_a), over(&p.doc_b, p.span_b));
            a.iter()
                .any(|x| b.iter().any(|y| pairs.contains(&(*x, *y))))
        })
        .count();
    (found, planted.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Checker;

    #[test]
    fn generation_is_deterministic() {
        let l = Lexicon::default();
        let c = SynthConfig {
            documents: 30,
            ..SynthConfig::default()
        };
        let (a, pa) = generate(&c, &l);
        let (b, pb) = generate(&c, &l);
        assert_eq!(a.documents, b.documents);
        assert_eq!(pa, pb);
    }

    #[test]
    fn planted_conflicts_are_found() {
        let l = Lexicon::default();
        let c = SynthConfig {
            documents: 200,
            planted_share: 0.05,
            ..SynthConfig::default()
        };
        let (corpus, planted) = generate(&c, &l);
        for p in &planted {
            let doc = corpus.documents.iter().find(|d| d.id == p.doc_a).unwrap();
            assert!(
                doc.text.is_char_boundary(p.span_a[0]) && doc.text.is_char_boundary(p.span_a[1])
            );
        }
        // The planted conflicts are the seeds' frames and figures, recombined. The checker
        // leaves frames to small corpora (in an archive they are everyone's topic), so their
        // claims are paired here as bare statements, as the scale example pairs them.
        let checker = Checker::new();
        let claims = checker.extract_all(&corpus.documents);
        let (conflicts, _, _) = checker.pair(&claims);
        let (found, total) = planted_recall_in(&claims, &conflicts, &planted);
        assert_eq!(total, 10);
        assert!(
            found * 10 >= total * 9,
            "{found} of {total} planted conflicts found"
        );
    }
}
