//! Quantities: numbers with what they count (a unit concept, or the noun after them; before «one»
//! or «two» written as a word, the noun they follow), how they
//! are bounded (نحو = about, لا يتجاوز = at most), and the nearest place the sentence names.
//! Dates and years are not quantities; years are kept apart, for comparing events.

use super::features::QuantityFeature;
use super::prepared::{CLAUSE_STOPS, Prepared};
use super::stems::RangeStems;
use crate::lexicon::{Bound, ConceptClass, Hit, Target};
use crate::text::numbers::find_numbers;
use crate::text::tokens::{is_common_arabic_char, light_stem};
use std::ops::Range;

/// How many qualifying words may stand between a number and the noun it counts.
const MAX_NUMBER_MODIFIERS: usize = 3;
/// How many words before a number (or its bound) a part word may stand: «بينهم 7», «من بينهم
/// 7».
const PART_WINDOW: usize = 2;
/// How many words after a count's noun a word of increment may stand (past an adjective:
/// «عقود توريد جديدة»).
const INCREMENT_WINDOW: usize = 2;
/// How many words after a count a word of presence may stand to make it a standing count
/// («ثلاثة آلاف جندي، وتنتشر تلك القوات»), and twice as many before it («عدد القوات البريطانية
/// في قبرص لا يتجاوز ألف جندي»).
const STANDING_WINDOW: usize = 4;
/// How many words before a number, or after its unit, a role word may stand («مقتل 7 مدنيين»,
/// «7 مدنيين قتلوا»).
const ROLE_WINDOW: usize = 3;

/// What happened to the people a count of people or soldiers counts, as the unit a role word
/// near it names; `None` when no role word is near. Numbers run from word `nf` to `ne` (the
/// unit).
fn role_of(p: &Prepared, hits: &[&Hit], nf: usize, ne: usize) -> Option<String> {
    let lex = p.lexicon();
    let unit = hits.iter().find_map(|h| match h.target {
        Target::Concept(c)
            if lex.concepts()[c].class == ConceptClass::Unit && p.token_at(h.start) == ne =>
        {
            Some(c)
        }
        _ => None,
    })?;
    if !matches!(lex.concepts()[unit].id.as_str(), "people" | "soldiers") {
        return None;
    }
    role_near(p, hits, nf, ne).or_else(|| role_heading(p, hits, nf))
}

/// The unit of the role word nearest a count running from word `nf` to word `ne`, within
/// [`ROLE_WINDOW`] words either side. Two roles joined as one («قتل وجرح 70», "killed or
/// wounded") count both: the unit names the two («killed or wounded»), no rival of a count of
/// either.
fn role_near(p: &Prepared, hits: &[&Hit], nf: usize, ne: usize) -> Option<String> {
    let lex = p.lexicon();
    // Each role word's place and unit.
    let roles = || {
        hits.iter().filter_map(|h| match h.target {
            Target::Concept(c) if lex.concepts()[c].class == ConceptClass::Role => {
                Some((p.token_at(h.start), lex.concepts()[c].broader.as_deref()))
            }
            _ => None,
        })
    };
    let (t, unit) = roles()
        .filter(|(t, _)| (*t < nf && nf - t <= ROLE_WINDOW) || (*t > ne && t - ne <= ROLE_WINDOW))
        .min_by_key(|(t, _)| nf.abs_diff(*t))?;
    let unit = unit?;
    let joined = roles().find_map(|(u, other)| {
        let other = other.filter(|o| *o != unit)?;
        let (x, y) = (t.min(u), t.max(u));
        let between_numbers = (x..=y).any(|i| (nf..ne).contains(&i));
        let conjoined = y == x + 1 && p.word(y).starts_with('و')
            || y == x + 2 && matches!(p.word(x + 1), "و" | "او" | "and" | "or");
        (conjoined && !between_numbers).then_some(other)
    });
    Some(match joined {
        Some(other) => {
            let mut two = [unit, other];
            two.sort_unstable();
            format!("{} or {}", two[0], two[1])
        }
        None => unit.to_string(),
    })
}

/// The role of a verb that heads the clause a count of people is the subject of, however far
/// before it («أصيب في القصف، الذي طال السوق مساء الجمعة، 9 أشخاص»: verb, then what and when,
/// then whom): the nearest role before the count with no other number between them.
fn role_heading(p: &Prepared, hits: &[&Hit], nf: usize) -> Option<String> {
    let lex = p.lexicon();
    let grammar = lex.grammar();
    let (t, unit) = hits
        .iter()
        .filter_map(|h| match h.target {
            Target::Concept(c) if lex.concepts()[c].class == ConceptClass::Role => {
                let t = p.token_at(h.start);
                (t < nf).then(|| (t, lex.concepts()[c].broader.clone()))
            }
            _ => None,
        })
        .max_by_key(|(t, _)| *t)?;
    // A day of a month between them is a date, not a count («مساء الجمعة 12 آذار»).
    let month_near = |i: usize| {
        hits.iter().any(|h| {
            matches!(h.target, Target::Concept(c) if lex.concepts()[c].class == ConceptClass::Month)
                && p.token_at(h.start).abs_diff(i) <= 2
        })
    };
    let number = |i: usize| {
        let w = p.word(i);
        (w.chars().any(|c| c.is_ascii_digit()) || grammar.number_words.contains(w))
            && !month_near(i)
    };
    if (t + 1..nf).any(number) {
        return None;
    }
    unit
}

/// The unit a lexicon role names (killed, wounded, arrested) when its word is the one right
/// before word `at`.
fn role_right_before(p: &Prepared, hits: &[&Hit], at: usize) -> Option<String> {
    let lex = p.lexicon();
    hits.iter().find_map(|h| match h.target {
        Target::Concept(c)
            if lex.concepts()[c].class == ConceptClass::Role
                && at > 0
                && p.token_at(h.start) == at - 1 =>
        {
            lex.concepts()[c].broader.clone()
        }
        _ => None,
    })
}

/// The quantities and the years (sorted, unique) of the words `words`; `hits` and `bounds` are
/// the lexicon hits and number bounds of the range, `sentence_hits` those of its sentence.
pub(super) fn quantities(
    p: &Prepared,
    hits: &[&Hit],
    bounds: &[&Hit],
    sentence_hits: &[Hit],
    words: Range<usize>,
    stems: &RangeStems,
    range: &Range<usize>,
) -> (Vec<QuantityFeature>, Vec<u16>) {
    let lex = p.lexicon();
    let grammar = lex.grammar();
    let tokens = p.tokens();
    let (first, last) = (words.start, words.end);
    let near = |h: &Hit, class: ConceptClass| matches!(h.target, Target::Concept(c) if lex.concepts()[c].class == class);
    let concept_id = |h: &Hit| match h.target {
        Target::Concept(c) => Some(lex.concepts()[c].id.clone()),
        _ => None,
    };
    let mut quantities = Vec::new();
    let mut years = Vec::new();
    // The one region the claim names, read once for all its figures when one needs it.
    let mut claim_region: Option<Option<String>> = None;
    for n in find_numbers(p.text(), &tokens[words], &grammar.number_words) {
        let (nf, ne) = (first + n.first_token, first + n.end_token);
        // A month right before or after the number, with no stop between them («18 كانون
        // الثاني», "January 6"): a day of the month. After a comma the number starts a clause
        // of its own («فجر 12 آذار، 8 قتلى»).
        let stop_between = |from: usize, to: usize| {
            p.text()
                .get(from.min(to)..to.max(from))
                .is_some_and(|gap| gap.contains([',', '،', ';', '؛', '.']))
        };
        let is_date = hits.iter().any(|h| {
            near(h, ConceptClass::Month) && {
                let t = p.token_at(h.start);
                // A month after its own day («في 5 مايو بحياة عشرة أشخاص») dates nothing after.
                let has_day = t > 0 && p.word(t - 1).chars().all(|c| c.is_ascii_digit());
                (t + 2 >= nf && t < nf && !has_day && !stop_between(h.end, n.range.start))
                    || (t >= ne && t <= ne + 1 && !stop_between(n.range.end, h.start))
            }
        });
        // The counted noun follows the number, past the words that only qualify it («3,000
        // U.S. troops», «1,200 American soldiers»).
        // «One» and «two» written as words may follow their noun, as adjectives do («مسعفين
        // اثنين», two medics): a dual or plural noun right before them, with no «من» after them
        // («قتل اثنان من الجنود»), is what they count. A verb before them is not.
        let after_noun = !n.digits
            && matches!(n.value, 1.0 | 2.0)
            && nf > first
            && !(ne < last && p.word(ne) == "من")
            && {
                let w = p.word(nf - 1);
                let unit_before = hits
                    .iter()
                    .any(|h| near(h, ConceptClass::Unit) && p.token_at(h.start) == nf - 1);
                unit_before
                    || (w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
                        && ["ين", "ان", "ون", "ات"].iter().any(|e| w.ends_with(e))
                        && !grammar.function_words.contains(w)
                        && !grammar.number_words.contains(w))
            };
        let noun = if after_noun {
            nf - 1
        } else {
            (ne..(ne + MAX_NUMBER_MODIFIERS).min(last))
                .find(|&t| !grammar.number_modifiers.contains(p.word(t)))
                .unwrap_or(ne)
        };
        // «ثلاثة من حراسه أصيبوا»: a part of a group no unit names, counted by what befell it.
        let partitive = ne + 1 < last && p.word(ne) == "من";
        let unit_hit = hits.iter().find(|h| {
            near(h, ConceptClass::Unit) && {
                let t = p.token_at(h.start);
                t == noun || (t == noun + 1 && noun < tokens.len() && p.word(noun) == "من")
            }
        });
        let bound_hit = bounds.iter().find(|b| {
            let bt = p.token_at(b.end.saturating_sub(1));
            bt + 1 == nf || bt + 2 == nf && p.word(bt + 1) == "من"
        });
        let before = bound_hit.map_or(nf, |b| p.token_at(b.start));
        // A word after the count, not another number («اثنين وخمسة») nor a letter that
        // abbreviates («1438 ه», the Hijri year), may be what it counts.
        let word_after = noun < last && {
            let w = p.word(noun);
            w.chars().nth(1).is_some()
                && w.chars().all(is_letter)
                && !grammar.function_words.contains(w)
                && !grammar.number_words.contains(w)
        };
        // It is a noun of its own («4 مراسلين»), unless it stands for a noun named before it
        // («آخرين») or tells the next act («مقتل 20 وجرح 40»).
        let names_what_it_counts = word_after
            && !grammar.others_words.contains(p.word(noun))
            && !hits
                .iter()
                .any(|h| near(h, ConceptClass::Role) && p.token_at(h.start) == noun);
        // What the figure counts, finer than a role: the unit its noun names, else the noun
        // after «من» in a part of a group («ثلاثة من حراسه»), else the noun beside it.
        let group_noun = (partitive && ne + 1 < last)
            .then(|| p.word(ne + 1))
            .filter(|w| {
                w.chars().all(is_letter) && !grammar.function_words.contains_with_clitics(w)
            });
        let counted = match unit_hit {
            Some(h) => concept_id(h),
            None if let Some(w) = group_noun => Some(light_stem(w).to_string()),
            None if names_what_it_counts && stands_beside(p, &n.range, noun, after_noun) => {
                Some(light_stem(p.word(noun)).to_string())
            }
            None => None,
        };
        let unit = match unit_hit {
            Some(h) => role_of(p, hits, nf, ne).or_else(|| concept_id(h)),
            // A count that names nothing it counts, right after what befell those it counts
            // («وأصيب أكثر من 140 في البلدة», «وإصابة 12 آخرين»), counts that.
            None if !names_what_it_counts
                && let Some(role) = role_right_before(p, hits, before) =>
            {
                Some(role)
            }
            None if partitive && let Some(role) = role_near(p, hits, nf, ne + 1) => Some(role),
            // Else the word found above is what it counts, when it stands right after the
            // number, nothing but a space between («40 نائبا»; not «12 - الموقع»), is no
            // function word behind a clitic («بدون»), and the number stands apart ("item-4471"
            // is a name).
            None if word_after
                && !grammar.function_words.contains_with_clitics(p.word(noun))
                && stands_beside(p, &n.range, noun, after_noun) =>
            {
                Some(light_stem(p.word(noun)).to_string())
            }
            None => None,
        };
        // A bound before a number and a noun after it make it a count: «أكثر من 3000 عائلة»
        // counts families; a year is «until» or «about» something, and counts nothing.
        let is_year = n.digits
            && crate::text::dates::in_years(n.value)
            && unit_hit.is_none()
            && !(bound_hit.is_some() && counted.is_some());
        if is_year && n.value.fract() == 0.0 {
            years.push(n.value as u16);
        }
        // «one» before a noun that is no unit is an article («under one ministry»), not a count.
        let article = !n.digits && n.value == 1.0 && unit_hit.is_none();
        if is_date || is_year || article {
            continue;
        }
        // A bound after the count or its noun («30 شخصا على الأقل», "30 people at least"),
        // when none stands before: only the lexicon's `after` forms (after a noun «حتى» is
        // "until", no bound).
        let bound_hit = bound_hit.or_else(|| {
            bounds.iter().find(|b| {
                let bt = p.token_at(b.start);
                let follows = bt == ne || (noun >= ne && bt == noun + 1);
                follows
                    && matches!(b.target, Target::Bound(i) if lex.bounds()[i].after.iter().any(
                        |f| crate::text::normalize_str(f) == p.text()[b.start..b.end]
                    ))
            })
        });
        let bound = bound_hit
            .and_then(|b| match b.target {
                Target::Bound(i) => Some(lex.bounds()[i].bound),
                _ => None,
            })
            .unwrap_or(Bound::Exact);
        let at = n.range.start;
        let place = sentence_hits
            .iter()
            .filter(|h| near(h, ConceptClass::Place))
            .min_by_key(|h| {
                if h.end <= at {
                    at - h.end
                } else {
                    h.start.saturating_sub(n.range.end)
                }
            })
            .and_then(concept_id);
        let start = bound_hit.map_or(n.range.start, |b| b.start.min(n.range.start));
        // A part of a whole told beside it («بينهم 7»), or an increment to one: a word of
        // increment between the number and its noun or just after the noun («8 عقود
        // توريد جديدة», "200 more troops").
        let increment = (ne..(noun + 1 + INCREMENT_WINDOW).min(last))
            .any(|t| grammar.increment_words.contains(p.word(t)));
        let part = increment
            || (before.saturating_sub(PART_WINDOW)..before)
                .any(|t| grammar.part_words.contains(p.word(t)));
        // A word of presence beside the count, inside the claim: a standing count.
        let standing = (before.saturating_sub(2 * STANDING_WINDOW)
            ..(ne + STANDING_WINDOW).min(tokens.len()))
            .filter(|&t| tokens[t].start >= range.start && tokens[t].end <= range.end)
            .any(|t| grammar.presence_words.contains(p.word(t)));
        let owner = standing
            .then(|| {
                owner_of_count(
                    p,
                    sentence_hits,
                    range,
                    (before, ne, noun),
                    place.as_deref(),
                )
            })
            .flatten();
        quantities.push(QuantityFeature {
            value: n.value,
            bound,
            unit,
            place,
            range: start..n.range.end,
            part,
            standing,
            owner,
            locality: locality_of(p, &grammar.locality_nouns, first..last, range, (nf, ne)),
            region: locality_of(p, &grammar.region_nouns, first..last, range, (nf, ne)).or_else(
                || {
                    claim_region
                        .get_or_insert_with(|| only_region(p, first..last, range))
                        .clone()
                },
            ),
            context: stems.context_of(p, nf, range),
            of_group: unit_hit.is_none() && group_noun.is_some(),
            counted,
        });
    }
    years.sort_unstable();
    years.dedup();
    (quantities, years)
}

/// Whose a standing count is: the country a word right after the number names («1500 جندي
/// فرنسي», "1,500 French troops"), else the nearest one named before it in the claim as the
/// adjective of forces («القوات البريطانية … بعدد لا يتجاوز ألف جندي»), a place or its people,
/// never the place where the count holds. Each word is looked up alone, since a longer lexicon
/// phrase may hold it («الجنود الأميركيين» is a phrase of forces).
fn owner_of_count(
    p: &Prepared,
    sentence_hits: &[Hit],
    range: &Range<usize>,
    (before, after, noun): (usize, usize, usize),
    place: Option<&str>,
) -> Option<String> {
    let lex = p.lexicon();
    let grammar = lex.grammar();
    let concepts = lex.concepts();
    let of_hit = |h: &Hit| -> Option<&str> {
        let Target::Concept(c) = h.target else {
            return None;
        };
        let k = &concepts[c];
        let id = match k.class {
            ConceptClass::Place => k.id.as_str(),
            _ => {
                let broader = k.broader.as_deref()?;
                let b = lex.concept_index(broader)?;
                (concepts[b].class == ConceptClass::Place).then_some(broader)?
            }
        };
        (Some(id) != place).then_some(id)
    };
    let country = |t: usize| -> Option<&str> {
        sentence_hits
            .iter()
            .filter(|h| p.token_at(h.start) == t)
            .find_map(of_hit)
            .or_else(|| lex.scan(p.word(t)).iter().find_map(of_hit))
    };
    let tokens = p.tokens();
    let inside = |t: &usize| tokens[*t].start >= range.start && tokens[*t].end <= range.end;
    let last = (noun + STANDING_WINDOW + 1).min(tokens.len());
    (after..last)
        .filter(inside)
        .find_map(country)
        .or_else(|| {
            // Before it, only as the adjective of a noun of forces («القوات الأميركية»): a
            // country named before a count in any other way is where, not whose («قواعد في
            // الأراضي الكردية تضم 800 جندي»).
            let of_forces = |t: &usize| *t > 0 && grammar.owner_nouns.contains(p.word(t - 1));
            (p.token_at(range.start)..before)
                .rev()
                .filter(inside)
                .filter(of_forces)
                .find_map(country)
        })
        .map(str::to_string)
}

/// True when the noun at word `noun` stands right beside a number (at bytes `number`), a space
/// between them and nothing else — after it, or before it for «one» and «two» written as words
/// (`before`) — and the number stands apart from what precedes it ("item-4471" is a name).
fn stands_beside(p: &Prepared, number: &Range<usize>, noun: usize, before: bool) -> bool {
    let tokens = p.tokens();
    let text = p.text();
    let blank = |r: Range<usize>| {
        text.get(r)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
    };
    let apart = text[..number.start]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    apart
        && if before {
            blank(tokens[noun].end..number.start)
        } else {
            p.token_at(number.end.saturating_sub(1)) + 1 == noun
                && blank(number.end..tokens[noun].start)
        }
}

/// The locality a count was counted in: the name one of `nouns` gives (grammar
/// `locality_nouns`, or `region_nouns` for its region) nearest after the figure (words
/// `nf..ne`) inside the claim (`range`), in its clause. One before the figure is not read:
/// read by hand on real news, it is as often the place of another item of the sentence as the
/// count's. Arabic names follow their noun («بلدة الحصوية»); English ones follow its "of" ("the
/// town of Ashford") or stand before it ("Ashford district"). A name that is a function word,
/// a number or another locality noun names nothing.
fn locality_of(
    p: &Prepared,
    nouns: &crate::text::words::WordSet,
    words: Range<usize>,
    range: &Range<usize>,
    (nf, ne): (usize, usize),
) -> Option<String> {
    let grammar = p.lexicon().grammar();
    let tokens = p.tokens();
    let inside = |t: usize| tokens[t].start >= range.start && tokens[t].end <= range.end;
    let names = |t: usize| {
        let w = p.word(t);
        inside(t)
            && w.chars().all(is_letter)
            && w.chars().count() >= 2
            && !grammar.function_words.contains(w)
            && !grammar.number_words.contains(w)
            && !nouns.contains_with_clitics(w)
    };
    // A toll names its locality in its own clause: past a comma or a stop, a locality is
    // another item's («من بلدة الحصوية، تزامنا مع …، تقل 3000 شخص»). The first stop after the
    // figure is found once: a word past it is past a stop (as `mark_between_words` would say).
    let stop = p
        .text()
        .get(tokens[nf].end..)
        .and_then(|rest| rest.find(CLAUSE_STOPS))
        .map(|at| tokens[nf].end + at);
    let past_stop = |t: usize| {
        if t <= nf {
            p.mark_between_words(t, nf, CLAUSE_STOPS)
        } else {
            stop.is_some_and(|at| at < tokens[t].start)
        }
    };
    let name_of = |t: usize| -> Option<usize> {
        if past_stop(t) {
            return None;
        }
        if !nouns.contains_with_clitics(p.word(t)) {
            return None;
        }
        let latin = p.word(t).is_ascii();
        let after = t + 1 < words.end;
        if latin && after && p.word(t + 1) == "of" {
            return (t + 2 < words.end && names(t + 2)).then_some(t + 2);
        }
        let at = if latin { t.checked_sub(1)? } else { t + 1 };
        (at >= words.start && at < words.end && names(at)).then_some(at)
    };
    (ne..words.end)
        .find_map(name_of)
        .map(|t| light_stem(p.word(t)).to_string())
}

/// The one region the claim (`range`, words `words`) names by a region noun, wherever it
/// stands, when it names only one («ق تل 26 , بينهم أطفال , في تفجير بريف دير الزور»): a
/// count told across commas is still of the claim's one region. Two regions named say nothing.
fn only_region(p: &Prepared, words: Range<usize>, range: &Range<usize>) -> Option<String> {
    let nouns = &p.lexicon().grammar().region_nouns;
    let mut found: Option<String> = None;
    for t in words.clone() {
        if !nouns.contains_with_clitics(p.word(t)) {
            continue;
        }
        let Some(name) = locality_of(p, nouns, words.clone(), range, (t, t)) else {
            continue;
        };
        match &found {
            Some(f) if *f != name => return None,
            _ => found = Some(name),
        }
    }
    found
}

/// [`char::is_alphabetic`], answered from the ranges of the ASCII and Arabic letters without
/// asking the Unicode tables, whose lookup is slow and asked for every word after a number.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        c if is_common_arabic_char(c) => true,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_letter_is_what_the_unicode_tables_call_alphabetic() {
        for c in ('\0'..='\u{07FF}').chain(['ـ', '٠', '€', 'ß', '中', '\u{FEFB}']) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
