//! Attributed claims: a reporting verb or attribution phrase, its speaker and its content.
//!
//! Per sentence (boilerplate skipped):
//! 1. An attribution phrase with a speaker after it (بحسب بيان صادر عن…، according to…) makes that
//!    speaker the source of everything in the sentence.
//! 2. Each reporting verb outside quotation marks looks for its speaker after it (Arabic VSO:
//!    «قالت المتحدثة…»), then just before it (SVO: «البنتاغون، أكدت»). A verb with no named speaker
//!    that opens a clause, or a continuation verb (وأضاف), takes the last speaker of its gender.
//!    A verb that finds no speaker at all is part of someone else's content, not a new claim.
//! 3. The content runs from the complementiser (أن، إن، :، an opening quote) to the next verb's
//!    clause or the sentence end. Text before a continuation verb (…، وأضاف البيان) belongs to the
//!    same speaker: «added» says so.
//! 4. Sentences with no attribution that state a number become claims of the outlet.

mod frame;
mod orders;
mod sources;
mod speakers;
mod split;
mod subject;

use crate::text::script::is_latin;
use speakers::{Resolved, SpeakerMemory};

use crate::analysis::{DocumentProfile, Features, Prepared, token_at};
use crate::claim::{Claim, Modality, Polarity, Quantity, Speaker};
use crate::corpus::Document;
use crate::lexicon::{ActorKind, Gender, Grammar, Hit, Lexicon, Target, VerbKind};
use crate::text::normalize::Normalized;
use crate::text::segment::{Sentence, sentences_and_quotations};
use crate::text::tokens::Token;
use std::ops::Range;

/// The most words an unknown subject may have.
const MAX_UNNAMED_WORDS: usize = 6;
/// How many words after a verb may name its speaker.
const SPEAKER_WINDOW: usize = 12;

/// The last word after verb word `vt` that may still name its speaker or open its content:
/// [`SPEAKER_WINDOW`] words on, not counting the time words nor a relative clause set off by
/// commas («قال موقع مقرب من البلدية , الذي يديره …, مساء أمس , إن»: the clause describes
/// the subject, the complementiser after it still opens what was said).
fn speaker_window_end(dt: &DocumentText, vt: usize, sentence: &Range<usize>) -> usize {
    let g = dt.grammar();
    let end = dt.tokens.len().saturating_sub(1);
    let (mut counted, mut in_relative, mut j) = (0, false, vt);
    while j < end && dt.tokens[j + 1].start < sentence.end && counted < SPEAKER_WINDOW {
        j += 1;
        let w = dt.word(j);
        if dt.p.mark_between(j, &[',', '،']) {
            in_relative = g.describing_relatives.contains(w);
        }
        if !in_relative && !g.adverbials.contains(w) {
            counted += 1;
        }
    }
    j.max((vt + SPEAKER_WINDOW).min(end))
}
/// How many words may separate a speaker named before its verb from the verb.
const PRE_SPEAKER_GAP: usize = 3;
/// How many words may separate a title from the name in apposition after it.
const APPOSITION_GAP: usize = 3;
/// How many words may separate an attribution phrase from its speaker (بحسب بيان صادر عن X).
const ATTRIBUTION_GAP: usize = 4;
/// The fewest words a quotation needs to be reported content rather than a quoted name.
const MIN_QUOTE_WORDS: usize = 4;
/// The fewest words an unattributed sentence needs to be the outlet's claim.
const MIN_OUTLET_WORDS: usize = 6;
/// The fewest words a stretch needs to be a claim of its own.
const MIN_CLAIM_WORDS: usize = 3;

/// The marks that end an unnamed speaker's words: the comma before a title in apposition, a
/// relative clause or the time and place of the saying.
const SUBJECT_ENDS: &[char] = &[',', '،', ';', '؛', '(', ')'];
/// The marks that end the clause a speaker or a verb stands in: a clause mark, a quotation
/// mark or a bracket. Wider than the marks that end a negator's reach
/// (`analysis::negation`), since a quotation opens the reported content.
const SPEAKER_CLAUSE_ENDS: &[char] = &[',', '،', ';', '؛', ':', '.', '"', '«', '»', '(', ')'];

/// A stretch of text attributed to a speaker, before it becomes a [`Claim`].
#[derive(Debug, Clone)]
struct Segment {
    range: Range<usize>,
    sentence: Range<usize>,
    speaker: CueSpeaker,
    cue: Option<Range<usize>>,
    denied: bool,
    /// Its analysis, when it was already needed to decide whether the segment is a claim.
    features: Option<Features>,
    /// Where its analysis starts when not at its own start (see [`Cue::reads_from`]).
    reads_from: Option<ReadFrom>,
}

/// Which verb a content is read together with, and where that verb starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReadFrom {
    /// Its own verb, whose nominal object it is: the verb does the denying.
    OwnVerb(usize),
    /// A verb before its own, joined to it by «و», that lends it whom it is about: an act told
    /// or denied in that verb's clause is that clause's claim.
    JoinedVerb(usize),
}

impl ReadFrom {
    /// Where the reading starts.
    fn start(self) -> usize {
        match self {
            ReadFrom::OwnVerb(at) | ReadFrom::JoinedVerb(at) => at,
        }
    }
}

/// Who a stretch of text is attributed to.
#[derive(Debug, Clone)]
enum CueSpeaker {
    /// A lexicon actor.
    Known(Resolved),
    /// Someone the lexicon does not know, named by these words (folded range).
    Unnamed(Range<usize>),
    /// The outlet itself.
    Outlet,
}

/// What follows a reporting verb.
#[derive(Debug, Clone)]
struct AfterVerb {
    /// The actor named after the verb.
    actor: Option<(usize, Range<usize>)>,
    /// Where the reported content opens.
    opener: Option<Opener>,
    /// True when the content opens right after the verb (وقال إن، وأضافت:).
    direct: bool,
}

/// The mark that opens reported content (أن، إن، a colon, a quote).
#[derive(Debug, Clone)]
struct Opener {
    /// Where the mark starts.
    start: usize,
    /// Where the content after it starts.
    content: usize,
}

/// Where a verb stands in its sentence, for resolving its speaker.
#[derive(Clone, Copy)]
struct SentenceState<'a> {
    sentence: &'a Range<usize>,
    /// Verbs before this offset are inside an earlier cue's content.
    floor: usize,
    /// The speaker an attribution phrase gives the whole sentence.
    attribution: Option<&'a CueSpeaker>,
    /// True when the sentence speaks of a statement (بيان).
    mentions_statement: bool,
    /// True when no cue came before in the sentence.
    first_in_sentence: bool,
    /// True when a reporting verb before any cue of the sentence found no speaker: a verb
    /// joined to it («ونفت الحركة ما أعلنه الجيش، وأكدت أنه …») shares its subject, whom the
    /// speakers remembered from earlier sentences are not.
    subject_unread: bool,
    /// Where the verb of the sentence's last cue so far starts.
    previous_verb: Option<usize>,
}

impl SentenceState<'_> {
    /// The speaker a verb with no subject of its own continues: the last one of its gender,
    /// unless a verb before it in the sentence had a subject no one could read, which is this
    /// verb's too.
    fn continued(&self, memory: &SpeakerMemory, gender: Gender) -> Option<CueSpeaker> {
        (!self.subject_unread)
            .then(|| memory.last_speaker(gender))
            .flatten()
    }
}

/// A reporting verb with its resolved speaker.
#[derive(Debug, Clone)]
struct Cue {
    verb: Hit,
    kind: VerbKind,
    speaker: CueSpeaker,
    /// Where the clause of this cue begins (its speaker when named before it).
    clause_start: usize,
    content_start: usize,
    /// The content when it comes before the verb: a quotation (`"…," she said`) or a clause
    /// set off by a comma (`…, the ministry said`); instead of what follows the verb.
    before: Option<Range<usize>>,
    /// A second part of the content, after the speaker: the rest of a quotation the speaker
    /// stands in the middle of.
    more: Option<Range<usize>>,
    /// Where the judge's reading of the content starts when not at the content: the verb, when
    /// the content is the verb's nominal object pointing to a report («نفت الوزارة ما راج عن
    /// اعتقاله»), so that the verb and its subject are read with it, as the analysis reads a
    /// denial and whom it names; the verb before, for a verb joined to it by «و» that shares
    /// its subject («ونفت الحركة ما أعلنه الجيش، وأكدت أنه بصحة جيدة»: what was announced,
    /// told in the sentence before, is whom the health is of). The claim's span stays the
    /// content alone.
    reads_from: Option<ReadFrom>,
    /// A denial in a relative clause pointing back at what its sentence reported before it
    /// («…، وهو ما نفاه الطرفان»): `before` is that report, which stays its reporter's claim
    /// too.
    points_back: bool,
}

/// Extracts claims from documents with one lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Extractor<'l> {
    lexicon: &'l Lexicon,
}

/// A prepared document with its quotations: what speaker resolution reads.
struct DocumentText<'a> {
    p: &'a Prepared<'a>,
    text: &'a str,
    tokens: &'a [Token],
    quotes: Vec<Range<usize>>,
}

impl DocumentText<'_> {
    fn word(&self, i: usize) -> &str {
        self.p.word(i)
    }

    fn in_quote(&self, at: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= at);
        self.quotes.get(i).is_some_and(|q| q.start <= at)
    }

    /// True when `hit` lies in a quotation that says more than the hit itself: a name in
    /// quotation marks («"البنتاغون"») still names a speaker.
    fn in_quote_beyond(&self, hit: &Hit) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= hit.start);
        self.quotes
            .get(i)
            .is_some_and(|q| q.start <= hit.start && q.len() > hit.end - hit.start + 4)
    }

    /// The quotation that contains `at`, if any.
    fn quote_at(&self, at: usize) -> Option<Range<usize>> {
        let i = self.quotes.partition_point(|q| q.end <= at);
        self.quotes.get(i).filter(|q| q.start <= at).cloned()
    }

    fn grammar(&self) -> &Grammar {
        self.p.lexicon().grammar()
    }

    fn break_before(&self, i: usize) -> bool {
        self.p.mark_between(i, SPEAKER_CLAUSE_ENDS)
    }

    /// True when the word at `i` opens a clause of `sentence`, allowing connectives before it.
    fn opens_clause(&self, i: usize, sentence: &Range<usize>) -> bool {
        let mut j = i;
        loop {
            if j == 0 || self.tokens[j - 1].end <= sentence.start || self.break_before(j) {
                return true;
            }
            if self.grammar().connectives.contains(self.word(j - 1)) {
                j -= 1;
            } else {
                return false;
            }
        }
    }

    /// The quotation `sentence` is made of, when nothing but marks stands outside it: a
    /// sentence that only goes on quoting (`"The people deserve nothing less."`).
    fn whole_quotation(&self, sentence: &Range<usize>) -> Option<Range<usize>> {
        let first = token_at(self.tokens, sentence.start);
        let q = self.quote_at(self.tokens.get(first)?.start)?;
        (q.start >= sentence.start
            && q.end <= sentence.end
            && self.p.word_count_in(&(sentence.start..q.start)) == 0
            && self.p.word_count_in(&(q.end..sentence.end)) == 0)
            .then_some(q)
    }

    fn mentions_statement(&self, range: &Range<usize>) -> bool {
        let first = token_at(self.tokens, range.start);
        self.tokens[first..]
            .iter()
            .take_while(|t| t.end <= range.end)
            .any(|t| {
                self.grammar()
                    .statement_words
                    .contains(&self.text[t.range()])
            })
    }
}

/// Sets each claim's offsets in code points from its byte offsets, in one pass over the text:
/// every byte offset, sorted, is reached once.
fn count_code_points(text: &str, claims: &mut [Claim]) {
    let mut offsets: Vec<usize> = claims.iter().flat_map(|c| [c.start, c.end]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let mut chars: Vec<usize> = Vec::with_capacity(offsets.len());
    let (mut byte, mut count) = (0, 0);
    for &o in &offsets {
        count += text[byte..o].chars().count();
        byte = o;
        chars.push(count);
    }
    let at = |b: usize| chars[offsets.partition_point(|&o| o < b)];
    for c in claims {
        c.char_start = at(c.start);
        c.char_end = at(c.end);
    }
}

/// The parts of `range` outside `regions` (sorted, not overlapping).
fn outside(regions: &[Range<usize>], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for r in regions
        .iter()
        .filter(|r| r.start < range.end && range.start < r.end)
    {
        if r.start > start {
            out.push(start..r.start);
        }
        start = start.max(r.end);
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

fn trim_segment(text: &str, r: Range<usize>) -> Range<usize> {
    if r.start >= r.end {
        return r.start..r.start;
    }
    let junk = |c: char| c.is_whitespace() || matches!(c, '،' | ',' | ':' | ';' | '؛' | '-' | '–');
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches(junk).len();
    let trail = s.len() - s.trim_end_matches(junk).len();
    let start = r.start + lead;
    start..(r.end - trail).max(start)
}

impl<'l> Extractor<'l> {
    /// An extractor using `lexicon`.
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Extractor { lexicon }
    }

    /// The claims of one document, in text order, with ids `DOC#0`, `DOC#1`…
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        self.run(doc, false).0
    }

    /// The claims of one document and its [`DocumentProfile`], from one reading of its text:
    /// what the story stage groups documents by.
    pub fn read(&self, doc: &Document) -> (Vec<Claim>, DocumentProfile) {
        let (claims, profile) = self.run(doc, true);
        (claims, profile.unwrap_or_default())
    }

    fn run(&self, doc: &Document, with_profile: bool) -> (Vec<Claim>, Option<DocumentProfile>) {
        let language = doc
            .language
            .clone()
            .or_else(|| crate::text::language::detect_language(&doc.text));
        let prepared = Prepared::new(&doc.text, self.lexicon);
        let text = prepared.text();
        let (sentences, quotes) =
            sentences_and_quotations(text, &self.lexicon.grammar().abbreviations);
        let boiler = prepared.boilerplate();
        let dt = DocumentText {
            p: &prepared,
            text,
            tokens: prepared.tokens(),
            quotes,
        };
        let mut memory = SpeakerMemory::default();
        let mut segments = Vec::new();
        let mut kept = Vec::new();
        for s in sentences {
            // What boilerplate leaves of the sentence: a tail cut may begin inside it.
            for range in outside(boiler, s.range.clone()) {
                for part in split::after_quoted_stops(text, &dt.quotes, range.clone()) {
                    let piece = Sentence {
                        range: part,
                        paragraph: s.paragraph,
                    };
                    self.sentence_segments(&dt, &piece, &mut memory, &mut segments);
                }
                if with_profile {
                    kept.push(range);
                }
            }
        }
        let profile = with_profile.then(|| DocumentProfile {
            language: language.clone(),
            ..DocumentProfile::new(&prepared, &doc.text, &kept)
        });
        segments.sort_by_key(|s| (s.range.start, s.range.end));
        segments.dedup_by(|a, b| a.range == b.range && a.denied == b.denied);

        let norm = prepared.normalized();
        let mut claims = Vec::with_capacity(segments.len());
        for mut seg in segments {
            let features = seg.features.take().unwrap_or_else(|| match seg.reads_from {
                // The verb in the range does the denying; the numbers are the claim's own.
                Some(from) => {
                    let mut f =
                        prepared.analyse(from.start()..seg.range.end, seg.sentence.clone(), false);
                    f.quantities.retain(|q| {
                        seg.range.start <= q.range.start && q.range.end <= seg.range.end
                    });
                    if !seg.denied && matches!(from, ReadFrom::JoinedVerb(_)) {
                        own_reading(&prepared, &mut f, &seg.range);
                    }
                    f
                }
                None => prepared.analyse(seg.range.clone(), seg.sentence.clone(), seg.denied),
            });
            let speaker = match &seg.speaker {
                CueSpeaker::Known(r) => r.to_speaker(
                    self.lexicon,
                    &doc.text,
                    norm,
                    language.as_deref(),
                    doc.published,
                ),
                CueSpeaker::Unnamed(words) => {
                    Speaker::unnamed(&doc.text[norm.original_range(words.clone())])
                }
                CueSpeaker::Outlet => Speaker::outlet(doc.source.as_deref()),
            };
            let named_by = match &seg.speaker {
                CueSpeaker::Known(r) => Some(norm.original_range(r.surface.clone())),
                CueSpeaker::Unnamed(words) => Some(norm.original_range(words.clone())),
                CueSpeaker::Outlet => None,
            };
            let mut features = features;
            // A content a denial verb governs is denied by that verb: explanations quote it as
            // the page writes it («نفى»), not by a name of the rule.
            if seg.denied
                && let Some(cue) = &seg.cue
            {
                let written = &doc.text[norm.original_range(cue.clone())];
                for m in &mut features.mentions {
                    if m.negator.as_deref() == Some(crate::analysis::DENIED_BY_CUE) {
                        m.negator = Some(written.to_string());
                    }
                }
            }
            let mut claim = self.build_claim(doc, norm, &dt, &seg, speaker, features, claims.len());
            claim.speaker_start = named_by.as_ref().map(|r| r.start);
            claim.speaker_end = named_by.map(|r| r.end);
            claims.push(claim);
        }
        count_code_points(&doc.text, &mut claims);
        (claims, profile)
    }

    #[allow(clippy::too_many_arguments)]
    fn build_claim(
        &self,
        doc: &Document,
        norm: &Normalized,
        dt: &DocumentText,
        seg: &Segment,
        speaker: Speaker,
        features: Features,
        n: usize,
    ) -> Claim {
        let orig = norm.original_range(seg.range.clone());
        let lex = self.lexicon;
        let mut concepts: Vec<String> = features
            .mentions
            .iter()
            .map(|m| lex.concepts()[m.concept].id.clone())
            .collect();
        concepts.sort();
        concepts.dedup();
        let quantities = features
            .quantities
            .iter()
            .map(|q| {
                let r = norm.original_range(q.range.clone());
                Quantity {
                    value: q.value,
                    bound: q.bound,
                    unit: q.unit.clone(),
                    place: q.place.clone(),
                    counted: q.counted.clone(),
                    start: r.start,
                    end: r.end,
                }
            })
            .collect();
        let modality =
            dt.p.hits_within(&seg.range)
                .find_map(|h| match h.target {
                    Target::Modality(i) => Some(lex.modality()[i].modality),
                    _ => None,
                })
                .unwrap_or(Modality::Asserted);
        let polarity = if features.is_negative() {
            Polarity::Negative
        } else {
            Polarity::Positive
        };
        Claim {
            id: format!("{}#{n}", doc.id),
            doc: doc.id.clone(),
            start: orig.start,
            end: orig.end,
            char_start: 0,
            char_end: 0,
            text: doc.text[orig].to_string(),
            speaker,
            speaker_start: None,
            speaker_end: None,
            cue: seg
                .cue
                .clone()
                .map(|c| doc.text[norm.original_range(c)].to_string()),
            polarity,
            modality,
            concepts,
            quantities,
            source: doc.source.clone(),
            published: doc.published,
            stories: Vec::new(),
            speaker_id: None,
            event_date: None,
            features,
        }
    }

    /// Reads the words after a verb: the speaker named there (VSO order) and where the reported
    /// content starts.
    fn read_after_verb(&self, dt: &DocumentText, verb: &Hit, sentence: &Range<usize>) -> AfterVerb {
        let vt = token_at(dt.tokens, verb.end.saturating_sub(1));
        let mut after = AfterVerb {
            actor: None,
            opener: None,
            direct: false,
        };
        let last = speaker_window_end(dt, vt, sentence);
        // An Arabic reporting verb joined to this one («، وأكدت», «وأكدت») ends its reach: what
        // follows it is that verb's («ونفت الحركة ما أعلنه الجيش، وأكدت أنه …»: «أنه» opens what
        // was confirmed). A verb inside the subject («مصدر رفض الكشف عن هويته») or an English
        // one ("a claim the army denied") does not.
        let next_verb =
            dt.p.hits_within(&(verb.end..sentence.end))
                .find(|h| match h.target {
                    Target::Verb(g) => {
                        !self.lexicon.verbs()[g].needs_speaker
                            && !dt.in_quote(h.start)
                            && !is_latin(&dt.text[h.start..h.end])
                            && (&dt.text[h.word_start..h.start] == "و"
                                || dt.opens_clause(token_at(dt.tokens, h.word_start), sentence))
                    }
                    _ => false,
                })
                .map_or(sentence.end, |h| h.word_start);
        let mut window_end = dt
            .tokens
            .get(last)
            .map_or(sentence.end, |t| t.end)
            .min(sentence.end)
            .min(next_verb);
        let mut j = vt + 1;
        while j <= last && dt.tokens[j].start < sentence.end.min(next_verb) {
            let gap = &dt.text[dt.tokens[j - 1].end..dt.tokens[j].start];
            // A short quotation is a name in quotation marks (لـ"العربي الجديد"), not the content.
            let opens_quote = gap.contains(['"', '«', '“'])
                && dt
                    .quote_at(dt.tokens[j].start)
                    .is_none_or(|q| dt.p.word_count_in(&q) >= MIN_QUOTE_WORDS);
            if gap.contains(':') || opens_quote {
                window_end = dt.tokens[j - 1].end;
                after.opener = Some(Opener {
                    start: dt.tokens[j - 1].end,
                    content: dt.tokens[j].start,
                });
                after.direct = j == vt + 1;
                break;
            }
            let w = dt.word(j);
            let grammar = dt.grammar();
            let preposition_then_that = grammar.verb_prepositions.contains(w)
                && j + 1 < dt.tokens.len()
                && grammar.complementisers.contains(dt.word(j + 1));
            if grammar.complementisers.contains(w) || preposition_then_that {
                window_end = dt.tokens[j].start;
                let k = if preposition_then_that { j + 1 } else { j };
                after.opener = Some(Opener {
                    start: dt.tokens[j].start,
                    content: dt.tokens[k].end,
                });
                after.direct = j == vt + 1;
                break;
            }
            j += 1;
        }
        // The first actor after the verb speaks; a named person in apposition right after a title
        // (المتحدثة باسم الوزارة، سلمى القرقني) names the same speaker more precisely.
        let window = verb.end..window_end;
        let actors: Vec<(usize, Range<usize>)> =
            dt.p.hits_within(&window)
                .filter_map(|h| match h.target {
                    Target::Actor(a) => Some((a, h.start..h.end)),
                    _ => None,
                })
                .collect();
        let mut chosen: Option<(usize, Range<usize>)> = None;
        for (a, r) in actors {
            match &chosen {
                None => chosen = Some((a, r)),
                Some((c, cr)) => {
                    let gap =
                        token_at(dt.tokens, r.start).saturating_sub(token_at(dt.tokens, cr.end));
                    let kinds = self.lexicon.actors();
                    // A person's name after their title («وزير الخارجية العراقي فؤاد حسين»)
                    // names them whatever the date, where the title alone would not.
                    let name_after_title =
                        a == *c && self.lexicon.is_title(a, &dt.text[cr.clone()]);
                    if r.start >= cr.end
                        && gap <= APPOSITION_GAP
                        && (name_after_title
                            || speakers::specificity(kinds[a].kind)
                                > speakers::specificity(kinds[*c].kind))
                    {
                        chosen = Some((a, r));
                    } else if r.start >= cr.end {
                        break;
                    }
                }
            }
        }
        after.actor = chosen;
        after
    }

    /// Finds a speaker named just before a verb (SVO order: «البنتاغون، أكدت»).
    fn speaker_before(
        &self,
        dt: &DocumentText,
        verb: &Hit,
        floor: usize,
    ) -> Option<(usize, Range<usize>)> {
        let vt = token_at(dt.tokens, verb.word_start);
        let range = floor..verb.word_start;
        dt.p.hits_within(&range)
            .filter(|h| matches!(h.target, Target::Actor(_)) && !dt.in_quote_beyond(h))
            .filter(|h| {
                let at = token_at(dt.tokens, h.end.saturating_sub(1));
                let between = vt.saturating_sub(at + 1);
                let broken = (at + 1..=vt).any(|i| dt.break_before(i));
                between <= PRE_SPEAKER_GAP && (!broken || between == 0)
            })
            .max_by_key(|h| (h.end, h.end - h.start))
            .and_then(|h| match h.target {
                Target::Actor(a) => Some((a, h.start..h.end)),
                _ => None,
            })
    }

    /// A denial told in a relative clause after what the cue before reported («اتهمت الحكومة
    /// جارتها بإرسال مسلحين، الأمر الذي نفته الجارة», "…, which the ministry denied"): the
    /// relative points back at that content, and the denial is its denier's, named after the
    /// verb. The report keeps its speaker and ends where the relative begins.
    fn relative_denial_cue(
        &self,
        dt: &DocumentText,
        v: &Hit,
        last: Option<&Cue>,
        sentence: &Range<usize>,
        memory: &mut SpeakerMemory,
    ) -> Option<Cue> {
        let Target::Verb(g) = v.target else {
            return None;
        };
        let entry = &self.lexicon.verbs()[g];
        if entry.kind != VerbKind::Deny || last.is_some_and(|l| l.before.is_some()) {
            return None;
        }
        let grammar = dt.grammar();
        let vt = token_at(dt.tokens, v.word_start);
        // The relative right before the verb, opening a clause after a mark: a head that
        // points back at what was said before it («الأمر الذي», «وهو ما»: grammar
        // `relative_heads`), or «ما» alone; a relative that describes a noun («التي ترفض …»,
        // which reject …) is that noun's.
        let relative = (vt.saturating_sub(2)..vt)
            .rev()
            .find(|&j| grammar.relatives.contains(dt.word(j)))?;
        let headed = relative > 0
            && !dt.break_before(relative)
            && grammar.relative_heads.contains(dt.word(relative - 1));
        let opening = if headed { relative - 1 } else { relative };
        if !headed && grammar.describing_relatives.contains(dt.word(relative)) {
            return None;
        }
        // What it points back at: the content of the cue before, or the sentence's own report.
        let from = last.map_or(sentence.start, |l| l.content_start);
        if !dt.break_before(opening) || dt.tokens[opening].start <= from {
            return None;
        }
        let reported = from..dt.tokens[opening - 1].end;
        if dt.p.word_count_in(&reported) < MIN_CLAIM_WORDS {
            return None;
        }
        let after = self.read_after_verb(dt, v, sentence);
        let verb_word = token_at(dt.tokens, v.end.saturating_sub(1));
        // A known actor, else the words that name the denier («المتحدث باسم الفصائل» with no
        // faction named before).
        let speaker = after
            .actor
            .and_then(|(a, r)| memory.resolve(self.lexicon, a, r))
            .map(CueSpeaker::Known)
            .or_else(|| {
                self.unnamed_subject(dt, dt.subject_after(verb_word, sentence))
                    .map(CueSpeaker::Unnamed)
            })?;
        // The denial's claim is what it denies with the clause that denies it: "…, which the
        // ministry denied" says both.
        let limit = dt.clause_limit(verb_word, sentence);
        let denial = reported.start..dt.start_of(limit, sentence.end);
        Some(Cue {
            verb: *v,
            kind: entry.kind,
            speaker,
            clause_start: dt.tokens[opening].start,
            content_start: sentence.end,
            before: Some(denial),
            more: None,
            reads_from: None,
            points_back: true,
        })
    }

    /// The words naming an unknown subject between a verb and its content, without the time
    /// and manner words that often stand there (أمس الجمعة، رسمياً) and the connectives that
    /// refer back to the last speaker («وقال بدوره إن»: he, in turn); `None` when nothing is
    /// left. An Arabic report noun after a definite word («نفت الهيئة الأنباء التي …») is what
    /// the verb acts on, not who acts: the subject ends before it (after an indefinite head it
    /// is the subject's genitive: «وكالة الأنباء»; an English subject comes before its verb,
    /// and may be one: "The report said"). An attribution phrase («نقلا عن») names another
    /// source: the subject ends before it.
    ///
    /// A comma ends the subject («قال سمير حداد، المتحدث باسم الشرطة، إن …»: the name, not
    /// the title in apposition and whatever follows), and so does a figure (the date of the
    /// saying: «أكد الجيش الثلاثاء 12 مارس 2019 أن …»); a subject never opens or ends
    /// on a function word («خلال زيارته العاصمة» is when, not who); whom it was told to
    /// («… لوكالة الأنباء إن») and what follows are not the speaker ([`crate::lexicon::Grammar::subject_ends`]).
    fn unnamed_subject(&self, dt: &DocumentText, range: Range<usize>) -> Option<Range<usize>> {
        let first = token_at(dt.tokens, range.start);
        let grammar = dt.grammar();
        let mut words: Vec<&Token> = dt.tokens[first..]
            .iter()
            .enumerate()
            .take_while(|&(k, t)| {
                t.end <= range.end
                    && (k == 0 || !dt.p.mark_between(first + k, SUBJECT_ENDS))
                    && !dt.text[t.range()].starts_with(|c: char| c.is_ascii_digit())
            })
            .map(|(_, t)| t)
            .scan(false, |definite_before, t| {
                let w = &dt.text[t.range()];
                let object = *definite_before && !is_latin(w) && grammar.report_nouns.contains(w)
                    || dt
                        .p
                        .hits_starting_in(&t.range())
                        .iter()
                        .any(|h| h.target == Target::Attribution);
                *definite_before |= subject::is_definite(grammar, w);
                (!grammar.subject_ends.contains(w) && !object).then_some(t)
            })
            .filter(|t| {
                // A day names when it was said, not who said it ("The ministry on Tuesday
                // denied …"). (Not a month: "Theresa May said".)
                let w = &dt.text[t.range()];
                !grammar.adverbials.contains(w)
                    && !grammar.weekdays.contains_key(w)
                    && !grammar.relative_days.contains_key(w)
                    && !is_continuation_word(grammar, w)
            })
            .collect();
        // Function words end no name; nor do the adverbs and auxiliaries between an English
        // speaker and the verb ("the minister had reportedly said").
        while words.last().is_some_and(|t| {
            let w = &dt.text[t.range()];
            grammar.function_words.contains(w) || (is_latin(w) && grammar.verb_adverbs.contains(w))
        }) {
            words.pop();
        }
        // (An English subject opens on its article: "The ministry said".)
        let opens_on_function_word = words.first().is_some_and(|t| {
            let w = &dt.text[t.range()];
            !is_latin(w) && grammar.function_words.contains(w)
        });
        // An Arabic name with a title in apposition and no comma («أكد توغرول إسماعيل أستاذ
        // العلاقات الدولية بجامعة …») runs long: the words before the first function word
        // name the speaker.
        if words.len() > MAX_UNNAMED_WORDS && !opens_on_function_word {
            let cut = words
                .iter()
                .position(|t| {
                    let w = &dt.text[t.range()];
                    !is_latin(w) && grammar.function_words.contains(w)
                })
                .unwrap_or(words.len());
            words.truncate(cut);
        }
        if words.is_empty() || words.len() > MAX_UNNAMED_WORDS || opens_on_function_word {
            return None;
        }
        Some(words[0].start..words[words.len() - 1].end)
    }

    /// Resolves one reporting verb to a cue, or `None` when it reports nobody's speech.
    fn resolve_cue(
        &self,
        dt: &DocumentText,
        v: &Hit,
        at: &SentenceState,
        memory: &mut SpeakerMemory,
    ) -> Option<Cue> {
        let SentenceState {
            sentence,
            floor,
            attribution,
            mentions_statement,
            first_in_sentence,
            ..
        } = *at;
        let lex = self.lexicon;
        let Target::Verb(g) = v.target else {
            return None;
        };
        let entry = &lex.verbs()[g];
        if dt.grammar().relay_verbs.contains(&dt.text[v.start..v.end]) {
            return self.relay_cue(dt, v, entry, at, memory);
        }
        if let Some(cue) = self.quote_first_cue(dt, v, entry, at, memory) {
            return Some(cue);
        }
        if orders::is_english(dt, v)
            && let Some(cue) = self
                .subject_first_cue(dt, v, entry, at, memory)
                .or_else(|| self.inverted_cue(dt, v, entry, at, memory))
        {
            return Some(cue);
        }
        let mut after = self.read_after_verb(dt, v, sentence);
        // An English verb of telling is followed by whom it was told to, never by its speaker
        // (`…, who was working nearby, told Radio Zeib that …`).
        if orders::is_english(dt, v)
            && dt
                .grammar()
                .addressee_verbs
                .contains(&dt.text[v.start..v.end])
        {
            after.actor = None;
        }
        let opens = dt.opens_clause(token_at(dt.tokens, v.word_start), sentence);
        if entry.needs_speaker && (!opens || after.actor.is_none()) {
            return None;
        }
        let opener_content = after.opener.as_ref().map(|o| o.content);
        let mut clause_start = v.word_start;
        let nominal = || {
            (opens && !orders::is_english(dt, v))
                .then(|| {
                    self.nominal_subject(dt, token_at(dt.tokens, v.end.saturating_sub(1)), sentence)
                })
                .flatten()
        };
        let mut nominal_object = false;
        let mut joined_to = None;
        let (speaker, content_start, named) = if let Some((a, r)) = after.actor.clone() {
            let content = opener_content.filter(|&c| c >= r.end).unwrap_or(r.end);
            // «وقال البيان إن …» with no statement named before, «وقال المتحدث باسم الوزارة
            // إن …» with no spokesman before: the words that name the speaker still say who
            // speaks, though no known actor stands behind them.
            let unnamed = || {
                after
                    .opener
                    .as_ref()
                    .filter(|_| !after.direct)
                    .and_then(|o| self.unnamed_subject(dt, v.end..o.start))
                    .map(CueSpeaker::Unnamed)
            };
            match memory
                .resolve(lex, a, r)
                .map(CueSpeaker::Known)
                .or_else(unnamed)
            {
                Some(speaker) => (Some(speaker), content, true),
                // «ونفى المتحدث باسم الشركة وجود …» with no spokesman before and no
                // complementiser: the subject's words, and its object as the content.
                None => match after.opener.is_none().then(nominal).flatten() {
                    Some((speaker, object)) => {
                        nominal_object = true;
                        (Some(speaker), object, false)
                    }
                    None => (None, content, true),
                },
            }
        } else if let Some((a, r)) = (!after.direct)
            .then(|| self.speaker_before(dt, v, floor))
            .flatten()
        {
            clause_start = r.start;
            let content = opener_content.unwrap_or(v.end);
            (
                memory.resolve(lex, a, r).map(CueSpeaker::Known),
                content,
                true,
            )
        } else if let Some(o) = &after.opener {
            // A verb joined by «و» with its content right after it shares the subject of the
            // verb before it («ونفت الهيئة ما أعلنته موسكو وأكدت أنه …»).
            let joined = &dt.text[v.word_start..v.start] == "و";
            if joined {
                joined_to = at.previous_verb;
            }
            if after.direct && (entry.kind == VerbKind::Add || opens || joined) {
                (at.continued(memory, entry.gender), o.content, false)
            } else if !after.direct && first_in_sentence {
                // A quotation further on is quoted inside the verb's object («وأعلنت الوزارة ضبط
                // 20 خلية أبرزها "…"»), not the content that opens after the subject.
                let mark = &dt.text[o.start..o.content];
                let quoted = mark.contains(['"', '«', '“']) && !mark.contains(':');
                let object = nominal().filter(|(_, object)| quoted && *object < o.start);
                if let Some((subject, object)) = object {
                    nominal_object = true;
                    (Some(subject), object, false)
                } else {
                    match self.unnamed_subject(dt, v.end..o.start) {
                        Some(words) => (Some(CueSpeaker::Unnamed(words)), o.content, false),
                        None if opens => (at.continued(memory, entry.gender), o.content, false),
                        None => (None, o.content, false),
                    }
                }
            } else {
                (None, o.content, false)
            }
        } else if let Some((subject, object)) = nominal() {
            // «نفت الوزارة اعتقال الصحفي»: no complementiser; what the verb acts on is its content.
            nominal_object = true;
            (Some(subject), object, false)
        } else {
            (None, v.end, false)
        };
        let speaker = match attribution {
            Some(r) => r.clone(),
            None => speaker?,
        };
        if let (CueSpeaker::Known(r), true) = (&speaker, named) {
            let gender = SpeakerMemory::gender_for(lex, r, entry.gender);
            memory.push(r.clone(), gender);
            if mentions_statement && lex.actors()[r.actor].kind != ActorKind::Statement {
                memory.set_statement(r.clone());
            }
        } else if let (CueSpeaker::Known(r), Gender::M | Gender::F) = (&speaker, entry.gender) {
            memory.push(r.clone(), entry.gender);
        } else if let CueSpeaker::Unnamed(words) = &speaker {
            memory.push_unnamed(words.clone(), entry.gender);
        }
        Some(Cue {
            verb: *v,
            kind: entry.kind,
            speaker,
            clause_start,
            content_start: content_start.min(sentence.end),
            before: None,
            more: None,
            reads_from: if nominal_object {
                self.reads_with_verb(dt, content_start)
                    .then_some(ReadFrom::OwnVerb(v.word_start))
            } else {
                joined_to.map(ReadFrom::JoinedVerb)
            },
            points_back: false,
        })
    }

    /// True when a reporting verb's English -s form stands as a noun: after a word of
    /// grammar `noun_markers` ("no truth to claims that …", "the reports that …").
    fn is_a_noun(&self, dt: &DocumentText, h: &Hit) -> bool {
        let t = dt.p.token_at(h.start);
        let word = dt.p.word(t);
        word.is_ascii()
            && word.ends_with('s')
            && t > 0
            && dt.p.token_at(h.end.saturating_sub(1)) == t
            && self
                .lexicon
                .grammar()
                .noun_markers
                .contains(dt.p.word(t - 1))
    }

    fn sentence_segments(
        &self,
        dt: &DocumentText,
        s: &Sentence,
        memory: &mut SpeakerMemory,
        out: &mut Vec<Segment>,
    ) {
        let lex = self.lexicon;
        let sentence = s.range.clone();
        // A verb inside an attribution phrase ("as noted by") is the phrase's. Most sentences
        // hold no phrase: the list is read once, and is empty.
        let phrases: Vec<Range<usize>> =
            dt.p.hits_within(&sentence)
                .filter(|h| h.target == Target::Attribution)
                .map(|h| h.start..h.end)
                .collect();
        let in_phrase = |v: &Hit| phrases.iter().any(|p| p.start <= v.start && v.end <= p.end);
        let verbs: Vec<Hit> =
            dt.p.hits_within(&sentence)
                .filter(|h| {
                    matches!(h.target, Target::Verb(_))
                        && !dt.in_quote(h.start)
                        && !self.is_a_noun(dt, h)
                        && !in_phrase(h)
                })
                .copied()
                .collect();

        // 1. An attribution phrase names the source of the whole sentence.
        let attribution = self.attribution_source(dt, &sentence, memory);
        // Whether the sentence names a statement matters only to a speaker found in it; most
        // sentences have none, and reading every word of each was a few percent of extraction.
        let mentions_statement =
            (attribution.is_some() || !verbs.is_empty()) && dt.mentions_statement(&sentence);
        match &attribution {
            Some((CueSpeaker::Known(r), _)) => {
                if mentions_statement && lex.actors()[r.actor].kind != ActorKind::Statement {
                    memory.set_statement(r.clone());
                }
                let gender = lex.actors()[r.actor].gender;
                memory.push(r.clone(), gender);
            }
            Some((CueSpeaker::Unnamed(words), _)) => {
                memory.push_unnamed(words.clone(), Gender::Any)
            }
            _ => {}
        }

        // 2. Reporting verbs and their speakers.
        let mut cues: Vec<Cue> = Vec::new();
        let mut floor = sentence.start;
        let mut subject_unread = false;
        for v in verbs {
            if v.start < floor || cues.last().is_some_and(|c| c.verb.start == v.start) {
                continue;
            }
            let state = SentenceState {
                sentence: &sentence,
                floor,
                // A source the lexicon does not know is the sentence's only where no verb
                // names a speaker: "According to a report, officials said …" is the officials'.
                attribution: attribution
                    .as_ref()
                    .map(|(r, _)| r)
                    .filter(|r| matches!(r, CueSpeaker::Known(_))),
                mentions_statement,
                first_in_sentence: cues.is_empty(),
                subject_unread,
                previous_verb: cues.last().map(|c| c.verb.word_start),
            };
            let relative = self.relative_denial_cue(dt, &v, cues.last(), &sentence, memory);
            if let Some(cue) = relative.or_else(|| self.resolve_cue(dt, &v, &state, memory)) {
                floor = cue.content_start;
                cues.push(cue);
            } else if let Target::Verb(g) = v.target
                && cues.is_empty()
            {
                // Only a verb before any cue: one inside a cue's content («قال الوزير إن
                // الحكومة لم تعلن …، وأضاف») is what was said, not a sentence's own verb.
                subject_unread |= !lex.verbs()[g].needs_speaker;
            }
        }

        let attribution_range = attribution.as_ref().map(|(_, r)| r.clone());
        let cut_attribution = |r: Range<usize>| -> Range<usize> {
            match &attribution_range {
                Some(a) if a.start >= r.start && a.start < r.end => {
                    let before = r.start..a.start;
                    let after = a.end.min(r.end)..r.end;
                    if dt.p.word_count_in(&before) >= MIN_CLAIM_WORDS {
                        before
                    } else {
                        after
                    }
                }
                _ => r,
            }
        };
        let mut push = |range: Range<usize>,
                        speaker: CueSpeaker,
                        cue: Option<Range<usize>>,
                        denied: bool,
                        reads_from: Option<ReadFrom>| {
            let trimmed = trim_segment(dt.text, cut_attribution(range.clone()));
            // A content read with the verb before it is counted with it: «وأكدت أنه بصحة
            // جيدة» says a whole thing in two words of its own.
            let read =
                reads_from.map_or(trimmed.start, |r| r.start().min(trimmed.start))..trimmed.end;
            if dt.p.word_count_in(&read) >= MIN_CLAIM_WORDS && dt.p.word_count_in(&trimmed) > 0 {
                out.push(Segment {
                    features: None,
                    reads_from: reads_from.filter(|r| r.start() < trimmed.start),
                    range: trimmed,
                    sentence: sentence.clone(),
                    speaker,
                    cue,
                    denied,
                });
            }
        };

        // 3. Content of each cue, and the text before the first one.
        if let Some(first) = cues.first() {
            let before = sentence.start..first.clause_start;
            let pre_speaker = match (&attribution, first.kind) {
                (Some((r, _)), _) => Some(r.clone()),
                (None, VerbKind::Add) => Some(first.speaker.clone()),
                // What a denial points back at is the page's own report as well.
                (None, _) if first.points_back => Some(CueSpeaker::Outlet),
                _ => None,
            };
            if let Some(sp) = pre_speaker {
                push(before, sp, attribution_range.clone(), false, None);
            }
        }
        for (k, c) in cues.iter().enumerate() {
            let end = cues.get(k + 1).map_or(sentence.end, |n| n.clause_start);
            if let Some(q) = &c.before {
                for part in [Some(q), c.more.as_ref()].into_iter().flatten() {
                    push(
                        part.clone(),
                        c.speaker.clone(),
                        Some(c.verb.start..c.verb.end),
                        c.kind == VerbKind::Deny,
                        None,
                    );
                }
            } else if c.content_start < end {
                push(
                    c.content_start..end,
                    c.speaker.clone(),
                    Some(c.verb.start..c.verb.end),
                    c.kind == VerbKind::Deny,
                    c.reads_from,
                );
            }
        }
        // A sentence whose content is a quotation hands its speaker to a next one that only
        // goes on quoting.
        // A quotation left open at its paragraph's end is one that goes on in the next
        // paragraph, as news sets a quotation of several paragraphs (`Watson said: "I urge … ¶
        // "Remember …"`): its content opens on a quote mark that nothing closes.
        let quoted = |c: &Cue| {
            let at = c.before.as_ref().map_or(c.content_start, |b| b.start);
            dt.in_quote(at) || opens_on_quote_mark(dt.text, at)
        };
        let quoting = cues.last().filter(|c| quoted(c)).map(|c| c.speaker.clone());
        let continued_quote = match (cues.is_empty() && attribution.is_none(), memory.quoting()) {
            (true, Some(sp)) => dt.whole_quotation(&sentence).map(|q| (q, sp.clone())),
            _ => None,
        };
        memory.set_quoting(quoting.or_else(|| continued_quote.as_ref().map(|(_, sp)| sp.clone())));
        if let Some((q, speaker)) = continued_quote {
            push(q, speaker, None, false, None);
        } else if cues.is_empty() {
            if let Some((r, a)) = &attribution {
                push(sentence.clone(), r.clone(), Some(a.clone()), false, None);
            } else {
                // 4. The outlet's own statements: what a page prints unattributed, it asserts
                // («انهار الجسر بعد الأمطار الغزيرة», «الوزارة أرسلت تعزيزات إلى الحدود»). A fragment
                // of a few words (a menu, a caption) asserts nothing checkable.
                if dt.p.word_count_in(&sentence) >= MIN_OUTLET_WORDS {
                    push(sentence.clone(), CueSpeaker::Outlet, None, false, None);
                }
            }
        }
    }
}

/// True when the text right before byte `at` (past blanks) is an opening quotation mark. Not
/// `text::segment`'s reading of a mark from what follows it: here the content is known to start
/// at `at`, and tokenised copy sets a blank after an opening `"` («قال : " إن …»).
fn opens_on_quote_mark(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.trim_end().chars().next_back())
        .is_some_and(|c| matches!(c, '"' | '“' | '«' | '‘'))
}

/// True for a connective that is no function word: «بدوره», «من جهته» (in turn, for his
/// part) point back to a speaker and name no one themselves.
fn is_continuation_word(grammar: &Grammar, w: &str) -> bool {
    grammar.connectives.contains(w) && !grammar.function_words.contains(w)
}

/// Keeps, of the reading of a segment together with the clause of a verb before it, the acts
/// the segment itself tells: the earlier clause lends it whom it is about and how it is said
/// (the contexts keep those words, the denial its cue), but an act told or denied there is that
/// clause's claim, not this one («وقال إنه في منزله» tells no arrest).
fn own_reading(prepared: &Prepared, f: &mut Features, own: &Range<usize>) {
    let first = prepared.token_at(own.start);
    f.mentions.retain(|m| m.token >= first);
}

#[cfg(test)]
mod tests;
