//! Page furniture glued to scraped articles: related-article lists, tag lines, comment widgets,
//! reading-time chrome and photo captions printed twice. None of it is the article's voice, so the
//! extractor skips it. Markers come from the lexicon (see `boilerplate.json`).

use super::segment::paragraphs;
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

/// Byte ranges of the folded text that are boilerplate, in order, not overlapping.
pub fn boilerplate_regions(text: &str, markers: &[Marker]) -> Vec<Range<usize>> {
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
        let short = word_count(line) <= SHORT_LINE_WORDS;
        let hit = markers.iter().find(|m| {
            if m.anywhere {
                line.contains(m.text.as_str())
            } else {
                short && starts_with_marker(line, &m.text)
            }
        });
        let Some(marker) = hit else {
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

    fn markers() -> Vec<Marker> {
        let m = |t: &str, extent, anywhere| Marker {
            text: t.to_string(),
            extent,
            anywhere,
        };
        vec![
            m("اقرا ايضا", Extent::List, false),
            m("كلمات دلاليه", Extent::Line, false),
            m("التعليقات", Extent::Tail, false),
            m("دقائق القراءه", Extent::Line, true),
        ]
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
    fn leaves_prose_that_mentions_comments_alone() {
        let t = "وكانت التعليقات على القرار كثيرة ومتنوعة في الشارع العراقي خلال الايام الماضية بعد اعلانه رسميا.";
        assert!(boiler_text(t).is_empty());
    }
}
