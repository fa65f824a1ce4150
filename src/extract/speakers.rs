//! Who is speaking: actor mentions turned into speakers, and the memory that resolves
//! continuations (وأضافت = she added), «البيان» (the statement) and «المسؤول» (the official).

use super::CueSpeaker;
use crate::claim::Speaker;
use crate::lexicon::{ActorKind, Gender, Lexicon};
use crate::text::normalize::Normalized;
use crate::text::script::is_latin;
use std::ops::Range;

/// A speaker found in the text: an actor and the words that named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Index of the actor in the lexicon.
    pub actor: usize,
    /// Folded byte range of the words that named it.
    pub surface: Range<usize>,
}

impl Resolved {
    /// The public speaker record.
    /// The speaker as the report names it: an anonymous one by the words the text uses, a
    /// known one by the lexicon's name, or in an English document by its first English name.
    ///
    /// A title of an office («رئيس الوزراء العراقي») names its holder only in a document
    /// `published` within the holder's term; otherwise, or undated, the speaker is the title
    /// alone: the office's role and side, the words for a name, no actor.
    pub fn to_speaker(
        &self,
        lexicon: &Lexicon,
        original: &str,
        norm: &Normalized,
        language: Option<&str>,
        published: Option<jiff::civil::Date>,
    ) -> Speaker {
        let a = &lexicon.actors()[self.actor];
        let words = || original[norm.original_range(self.surface.clone())].to_string();
        let title = lexicon.is_title(self.actor, &norm.as_str()[self.surface.clone()]);
        if title && !published.is_some_and(|d| a.in_office_on(d)) {
            return Speaker {
                name: Some(words()),
                role: a.role.clone(),
                affiliation: a.affiliation.clone(),
                side: a.side.clone(),
                actor: None,
            };
        }
        let english = || {
            a.names
                .iter()
                .find(|n| is_latin(n) && n.chars().next().is_some_and(char::is_uppercase))
                .cloned()
        };
        let name = match a.kind {
            ActorKind::Anonymous => Some(words()),
            _ if language == Some("en") => english().or_else(|| Some(words())),
            _ => a.name.clone().or_else(|| Some(words())),
        };
        Speaker {
            name,
            role: a.role.clone(),
            affiliation: a.affiliation.clone(),
            side: a.side.clone(),
            actor: Some(a.id.clone()),
        }
    }
}

/// How specific a kind of actor is: a named person beats a title, a title beats a body.
pub fn specificity(kind: ActorKind) -> u8 {
    match kind {
        ActorKind::Person => 5,
        ActorKind::Anonymous => 4,
        ActorKind::Body => 3,
        ActorKind::Joint => 2,
        ActorKind::Statement | ActorKind::Anaphor => 1,
    }
}

/// The speakers met so far in a document, most recent last: known actors, and the words of
/// speakers the lexicon does not know («وقال المرصد إن …»), whom a continuation («وأضاف أن …»)
/// refers to just the same.
#[derive(Debug, Default)]
pub struct SpeakerMemory {
    history: Vec<(CueSpeaker, Gender)>,
    last_statement: Option<Resolved>,
    /// The speaker whose quotation the last sentence gave: a sentence that is all quotation
    /// and names no one goes on with it (`"…," she said. "…"`).
    quoting: Option<CueSpeaker>,
}

impl SpeakerMemory {
    /// Records a speaker, with the gender its verb agreed with.
    pub fn push(&mut self, speaker: Resolved, gender: Gender) {
        self.history.push((CueSpeaker::Known(speaker), gender));
    }

    /// Records a speaker the lexicon does not know, by the (folded) words that named it.
    pub(super) fn push_unnamed(&mut self, words: Range<usize>, gender: Gender) {
        self.history.push((CueSpeaker::Unnamed(words), gender));
    }

    /// The last speaker whose verb had this gender (any speaker for unmarked genders), known
    /// or not.
    pub(super) fn last_speaker(&self, gender: Gender) -> Option<CueSpeaker> {
        let wanted = |g: Gender| match gender {
            Gender::M | Gender::F => g == gender,
            _ => true,
        };
        self.history
            .iter()
            .rev()
            .find(|(_, g)| wanted(*g))
            .map(|(s, _)| s.clone())
    }

    /// The words of the last speaker the lexicon does not know, when no known one was met
    /// after it.
    pub(super) fn last_unnamed(&self) -> Option<Range<usize>> {
        match self.history.last()? {
            (CueSpeaker::Unnamed(words), _) => Some(words.clone()),
            _ => None,
        }
    }

    /// Sets whose quotation the sentence just read gave, if anyone's.
    pub(super) fn set_quoting(&mut self, speaker: Option<CueSpeaker>) {
        self.quoting = speaker;
    }

    /// The speaker whose quotation the last sentence gave.
    pub(super) fn quoting(&self) -> Option<&CueSpeaker> {
        self.quoting.as_ref()
    }

    /// Records the issuer of a statement, for later «البيان».
    pub fn set_statement(&mut self, speaker: Resolved) {
        self.last_statement = Some(speaker);
    }

    /// The last speaker whose verb had this gender (any speaker for unmarked genders), when
    /// the lexicon knows it: `None` when the last is someone it does not know, who is no
    /// earlier known speaker.
    pub fn last(&self, gender: Gender) -> Option<Resolved> {
        match self.last_speaker(gender)? {
            CueSpeaker::Known(r) => Some(r),
            _ => None,
        }
    }

    /// Turns an actor mention into a speaker, resolving references to earlier speakers.
    pub fn resolve(
        &self,
        lexicon: &Lexicon,
        actor: usize,
        surface: Range<usize>,
    ) -> Option<Resolved> {
        let a = &lexicon.actors()[actor];
        match a.kind {
            ActorKind::Statement => self.last_statement.clone(),
            ActorKind::Anaphor => self.last(a.gender),
            _ => Some(Resolved { actor, surface }),
        }
    }

    /// The gender to remember a speaker under: the verb's when marked, else the actor's.
    pub fn gender_for(lexicon: &Lexicon, speaker: &Resolved, verb: Gender) -> Gender {
        match verb {
            Gender::M | Gender::F => verb,
            _ => lexicon.actors()[speaker.actor].gender,
        }
    }
}
