//! Page furniture glued to scraped articles: related-article lists, tag lines, comment widgets,
//! reading-time chrome and photo captions printed twice. None of it is the article's voice, so the
//! extractor skips it. Markers come from the lexicon (see `boilerplate.json`).

use super::segment::paragraphs;
#[cfg(any(test, feature = "lab"))]
use daachorse::CharwiseDoubleArrayAhoCorasick;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How far a boilerplate marker reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Extent {
    /// Only the line with the marker.
    Line,
    /// The marker's line and the short lines after it (a list of links), up to the next prose.
    List,
    /// Everything from the marker to the end of the document (comments).
    Tail,
}

/// One boilerplate marker, folded.
#[derive(Debug, Clone)]
pub struct Marker {
    /// The folded marker text.
    pub text: String,
    /// How far it reaches.
    pub extent: Extent,
    /// True when it counts anywhere in a line, not only at its start.
    pub anywhere: bool,
}

/// Boilerplate markers compiled for one pass over each line: the markers that count anywhere as
/// one automaton, those that count at a line's start by their first letter. Testing each of some
/// fifty markers against every line of every document, one `contains` at a time, was a tenth of
/// the extraction time.
#[derive(Clone)]
pub struct Markers {
    markers: Vec<Marker>,
    /// The markers that count anywhere; a match's value is its index in `markers`. `None` when
    /// there are none.
    #[cfg(any(test, feature = "lab"))]
    anywhere: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// Indices of the markers that count at a line's start, ascending, by first character.
    at_start: FxHashMap<char, Vec<usize>>,
}

impl std::fmt::Debug for Markers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Markers")
            .field("markers", &self.markers)
            .finish_non_exhaustive()
    }
}

impl Markers {
    /// Compiles markers (empty ones are left out).
    pub fn new(markers: Vec<Marker>) -> Self {
        let markers: Vec<Marker> = markers.into_iter().filter(|m| !m.text.is_empty()).collect();
        #[cfg(any(test, feature = "lab"))]
        let anywhere_texts: Vec<(&str, u32)> = anywhere_texts(&markers)
            .into_iter()
            .map(|(t, i)| (t, i as u32))
            .collect();
        #[cfg(any(test, feature = "lab"))]
        let anywhere = (!anywhere_texts.is_empty()).then(|| {
            CharwiseDoubleArrayAhoCorasick::with_values(anywhere_texts)
                .expect("distinct, non-empty markers compile")
        });
        let mut at_start: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (i, m) in markers.iter().enumerate().filter(|(_, m)| !m.anywhere) {
            if let Some(c) = m.text.chars().next() {
                at_start.entry(c).or_default().push(i);
            }
        }
        Markers {
            markers,
            #[cfg(any(test, feature = "lab"))]
            anywhere,
            at_start,
        }
    }

    /// The markers that count anywhere, as (folded text, index in [`Markers::markers`]), each text
    /// once: for a lexicon scan that finds them on its own pass over the text.
    pub(crate) fn anywhere_texts(&self) -> Vec<(&str, usize)> {
        anywhere_texts(&self.markers)
    }

    /// The markers, in the lexicon's order.
    #[cfg(test)]
    pub fn markers(&self) -> &[Marker] {
        &self.markers
    }

    /// The first marker, in the lexicon's order, that marks `line` (trimmed, bullet stripped),
    /// given `anywhere`, the first marker that counts anywhere found in it.
    fn find(&self, line: &str, anywhere: Option<usize>) -> Option<&Marker> {
        let mut best = anywhere;
        let first = line.chars().next()?;
        if let Some(ids) = self.at_start.get(&first) {
            let mut short = None;
            for &i in ids {
                if best.is_some_and(|b| b < i) {
                    break;
                }
                if starts_with_marker(line, &self.markers[i].text)
                    && *short.get_or_insert_with(|| word_count(line) <= SHORT_LINE_WORDS)
                {
                    best = Some(i);
                    break;
                }
            }
        }
        best.map(|i| &self.markers[i])
    }
}

/// A line with at most this many words may be a heading, a link or a tag line.
const SHORT_LINE_WORDS: usize = 12;
/// Lines at least this long that occur twice are captions or repeated links.
const REPEATED_LINE_MIN_BYTES: usize = 24;

fn strip_bullet(line: &str) -> &str {
    line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '•' | '-' | '*' | '·' | '▪' | '◦' | '–' | '—' | '●')
    })
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

fn starts_with_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

fn looks_like_prose(line: &str) -> bool {
    let t = line.trim_end();
    word_count(t) > 16 || t.ends_with(['.', '؟', '!'])
}

/// The markers that count anywhere, each text once with the index of its first marker: two
/// markers with one text would be one pattern, and the first, in the lexicon's order, wins.
fn anywhere_texts(markers: &[Marker]) -> Vec<(&str, usize)> {
    let mut texts: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, m) in markers.iter().enumerate().filter(|(_, m)| m.anywhere) {
        texts.entry(m.text.as_str()).or_insert(i);
    }
    let mut texts: Vec<(&str, usize)> = texts.into_iter().collect();
    texts.sort_unstable_by_key(|&(_, i)| i);
    texts
}

/// A marker that counts anywhere, found in folded text by a scan of the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkerMatch {
    /// Start byte in the folded text.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Index in [`Markers::markers`].
    pub marker: usize,
}

/// Byte ranges of the folded text that are boilerplate, in order, not overlapping.
#[cfg(any(test, feature = "lab"))]
pub fn boilerplate_regions(text: &str, markers: &Markers) -> Vec<Range<usize>> {
    let found: Vec<MarkerMatch> = markers.anywhere.as_ref().map_or(Vec::new(), |a| {
        a.find_overlapping_iter(text)
            .map(|m| MarkerMatch {
                start: m.start(),
                end: m.end(),
                marker: m.value() as usize,
            })
            .collect()
    });
    boilerplate_regions_found(text, markers, &found)
}

/// [`boilerplate_regions`] when the markers that count anywhere have been found already, by the
/// lexicon scan ([`crate::lexicon::Lexicon::scan_document`]), so that the text is walked once for both.
/// `found` must hold every such match in `text`, in any order.
pub fn boilerplate_regions_found(
    text: &str,
    markers: &Markers,
    found: &[MarkerMatch],
) -> Vec<Range<usize>> {
    let mut found = found.to_vec();
    found.sort_unstable_by_key(|m| (m.start, m.end, m.marker));
    let mut out = regions(text, markers, |line| {
        let from = found.partition_point(|m| m.start < line.start);
        found[from..]
            .iter()
            .take_while(|m| m.start < line.end)
            .filter(|m| m.end <= line.end)
            // A tail marker inside a line is the tail cut's to place.
            .filter(|m| markers.markers[m.marker].extent != Extent::Tail)
            .map(|m| m.marker)
            .min()
    });
    if let Some(cut) = tail_cut(text, markers, &found) {
        out.retain(|r| r.end < cut);
        match out.last_mut() {
            Some(last) if last.end + 1 >= cut => last.end = text.len(),
            _ => out.push(cut..text.len()),
        }
    }
    out
}

/// Where the page's tail begins: the first tail marker that counts anywhere («جميع الحقوق
/// محفوظة», «مواضيع ذات صلة», «تابعونا على») in the second half of the text. Scraped pages glue
/// the footer, related headlines and share bars to the article's last line, so the cut is made
/// inside the line; in the first half such a marker is a menu or a teaser in the lead, not the end.
fn tail_cut(text: &str, markers: &Markers, found: &[MarkerMatch]) -> Option<usize> {
    let half = text.len() / 2;
    found
        .iter()
        .filter(|m| m.start >= half)
        .filter(|m| markers.markers[m.marker].extent == Extent::Tail)
        .map(|m| m.start)
        .min()
}

/// The regions, with `anywhere` giving the first marker that counts anywhere in a byte range of
/// `text` (a line, trimmed and bullet stripped).
fn regions(
    text: &str,
    markers: &Markers,
    anywhere: impl Fn(Range<usize>) -> Option<usize>,
) -> Vec<Range<usize>> {
    let lines = paragraphs(text);
    let mut is_boiler = vec![false; lines.len()];

    let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
    for line in &lines {
        let t = strip_bullet(text[line.clone()].trim());
        if t.len() >= REPEATED_LINE_MIN_BYTES {
            *seen.entry(t).or_default() += 1;
        }
    }

    let mut i = 0;
    while i < lines.len() {
        let raw = &text[lines[i].clone()];
        let line = strip_bullet(raw.trim());
        if line.len() >= REPEATED_LINE_MIN_BYTES && seen.get(line).copied().unwrap_or(0) > 1 {
            is_boiler[i] = true;
        }
        // Trimming and stripping the bullet cut from the start; the line ends where `raw`'s last
        // non-space does.
        let line_start = lines[i].start + raw.trim_end().len() - line.len();
        let first_anywhere = anywhere(line_start..line_start + line.len());
        let Some(marker) = markers.find(line, first_anywhere) else {
            i += 1;
            continue;
        };

        is_boiler[i] = true;
        match marker.extent {
            Extent::Line => i += 1,
            Extent::Tail => {
                is_boiler[i..].iter_mut().for_each(|b| *b = true);
                break;
            }
            Extent::List => {
                i += 1;
                while i < lines.len() {
                    let next = text[lines[i].clone()].trim();
                    if !next.is_empty() && looks_like_prose(next) {
                        break;
                    }
                    is_boiler[i] = true;
                    i += 1;
                }
            }
        }
    }

    let mut out: Vec<Range<usize>> = Vec::new();
    for (line, boiler) in lines.into_iter().zip(is_boiler) {
        if !boiler {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.end + 1 >= line.start => last.end = line.end,
            _ => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers() -> Markers {
        let m = |t: &str, extent, anywhere| Marker {
            text: t.to_string(),
            extent,
            anywhere,
        };
        Markers::new(vec![
            m("اقرا ايضا", Extent::List, false),
            m("كلمات دلاليه", Extent::Line, false),
            m("التعليقات", Extent::Tail, false),
            m("دقائق القراءه", Extent::Line, true),
            m("جميع الحقوق محفوظه", Extent::Tail, true),
            m("الاكثر قراءه", Extent::Tail, true),
        ])
    }

    fn boiler_text(t: &str) -> Vec<&str> {
        boilerplate_regions(t, &markers())
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn marks_related_lists_until_prose_resumes() {
        let t = "متن المقال هنا.\nاقرا ايضا:\nعنوان اول قصير\n• عنوان ثان\nوقال الوزير في مؤتمر صحفي عقده اليوم في العاصمة ان المحادثات مستمرة مع جميع الاطراف المعنية بالملف.";
        assert_eq!(boiler_text(t), ["اقرا ايضا:\nعنوان اول قصير\n• عنوان ثان"]);
    }

    #[test]
    fn marks_tags_comments_and_chrome() {
        let t = "time reading iconدقائق القراءه - 4\nنص.\nكلمات دلاليه: العراق\nالتعليقات (0)\nلا يوجد اي تعليقات";
        assert_eq!(
            boiler_text(t),
            [
                "time reading iconدقائق القراءه - 4",
                "كلمات دلاليه: العراق\nالتعليقات (0)\nلا يوجد اي تعليقات"
            ]
        );
    }

    #[test]
    fn marks_lines_printed_twice() {
        let t = "تعليق الصورة عن القوات في الانبار\nتعليق الصورة عن القوات في الانبار\nنص المقال.";
        assert_eq!(
            boiler_text(t),
            ["تعليق الصورة عن القوات في الانبار\nتعليق الصورة عن القوات في الانبار"]
        );
    }

    #[test]
    fn cuts_a_footer_glued_inside_the_last_line() {
        let t = "قال الدفاع المدني ان سبعة اشخاص قتلوا في القصف على البلدة صباح اليوم وان فرق \
                 الانقاذ ما زالت تبحث عن ناجين الاكثر قراءه 17 قتيلا في اشتباكات جميع الحقوق محفوظه 2018";
        let cut = boiler_text(t);
        assert_eq!(
            cut,
            ["الاكثر قراءه 17 قتيلا في اشتباكات جميع الحقوق محفوظه 2018"]
        );
        // In the first half, the same words are a menu or a teaser, not the page's end.
        let t = "الاكثر قراءه عن البلدة: قال الدفاع المدني ان سبعة اشخاص قتلوا في القصف صباح اليوم";
        assert!(boiler_text(t).is_empty());
    }

    #[test]
    fn leaves_prose_that_mentions_comments_alone() {
        let t = "وكانت التعليقات على القرار كثيرة ومتنوعة في الشارع العراقي خلال الايام الماضية بعد اعلانه رسميا.";
        assert!(boiler_text(t).is_empty());
    }
}
