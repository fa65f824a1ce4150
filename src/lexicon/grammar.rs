//! The grammar section: the closed word classes the analysis and the extractor read (function
//! words, complementisers, connectives, anaphors, abbreviations, number words…), as data that a
//! user's lexicon file extends like every other section.

use crate::error::Error;
use crate::text::WordSet;
use crate::text::dates::Months;
use crate::text::numbers::{NumberWordKind, NumberWords};
use crate::text::tokens::light_stem;
use serde::{Deserialize, Serialize};

/// One group of number words: forms that stand for the same value in the same way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberWordEntry {
    /// How the reader combines it with the words around it.
    pub kind: NumberWordKind,
    /// What it stands for.
    pub value: f64,
    /// Surface forms.
    pub forms: Vec<String>,
}

/// One month's names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthEntry {
    /// Its number, 1–12.
    pub month: u8,
    /// Its names: one or two words each.
    pub forms: Vec<String>,
}

/// The grammar section as written in a lexicon file: every list optional, each extending the
/// defaults.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrammarFile {
    /// Words that carry no topic: left out of similarity and blocking keys.
    #[serde(default)]
    pub function_words: Vec<String>,
    /// Words that open reported content (أن، that).
    #[serde(default)]
    pub complementisers: Vec<String>,
    /// Prepositions between a reporting verb and its complementiser (أشار إلى أن).
    #[serde(default)]
    pub verb_prepositions: Vec<String>,
    /// Discourse connectives that may stand between a clause mark and a reporting verb (كما أكد).
    #[serde(default)]
    pub connectives: Vec<String>,
    /// Time and manner words between a verb and its content that name nobody (أمس، رسمياً).
    #[serde(default)]
    pub adverbials: Vec<String>,
    /// Words that end the words naming a speaker the lexicon does not know: whom the saying
    /// was told to (لوكالة، للصحفيين), a word pointing into a text (فيه: «وجاء فيه أن») or one
    /// going on with the saying (قائلا). Before the first of them is the speaker, if anyone.
    #[serde(default)]
    pub subject_ends: Vec<String>,
    /// Words before a relative that point back at what the sentence said before them («الأمر
    /// الذي نفته الوزارة», «وهو ما نفاه»): a denial in that relative clause denies it.
    #[serde(default)]
    pub relative_heads: Vec<String>,
    /// Words that stand between an English speaker and the saying verb after it without
    /// naming anyone («…, a source close to him previously said», «the minister had reportedly
    /// said»): the speaker's words end before them.
    #[serde(default)]
    pub verb_adverbs: Vec<String>,
    /// Words naming a statement (بيان), whose issuer «البيان» later refers to.
    #[serde(default)]
    pub statement_words: Vec<String>,
    /// Words after which a frame is a subject of talk or study (بشأن، تقييم).
    #[serde(default)]
    pub topical_words: Vec<String>,
    /// Words pointing back to what the sentence named (لذلك، that).
    #[serde(default)]
    pub anaphors: Vec<String>,
    /// Prepositions after which an antonym pole is a topic of talk (بشأن إنهاء).
    #[serde(default)]
    pub about_words: Vec<String>,
    /// Words ending with a full stop that does not end the sentence (د.، Dr.).
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Words right before a number that make it a part of a whole told beside it (بينهم، منهم: «10 قتلى بينهم 7 مدنيين»).
    #[serde(default)]
    pub part_words: Vec<String>,
    /// Words that make a count an increment («8 عقود جديدة», "200 more troops", «5 آخرين
    /// إضافيين»), beside its noun: a part added to a whole, no rival of the total.
    #[serde(default)]
    pub increment_words: Vec<String>,
    /// English words before a reporting verb's -s form that make it a noun ("no truth to
    /// claims that …", "the reports that …"): no one's statement is cued by it.
    #[serde(default)]
    pub noun_markers: Vec<String>,
    /// Pronouns that stand for a claim's subject, as its first word (he, «هو») or carried by
    /// the complementiser before it («بأنه», «إنها»): whom its states are of, its sentence
    /// names outside it.
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// Forms of being (يكون، تكون، كان): they name no one, so a denied clause of one, its act
    /// and one word more («أن يكون موكله قد اعتقل», that his client was arrested) names whom it
    /// is of only by a pronoun.
    #[serde(default)]
    pub copulas: Vec<String>,
    /// Forms of «كان» that open a sentence in the pluperfect with a particle of
    /// `anterior_particles` after them («وكان قصف مماثل قد طال»): the sentence tells an
    /// earlier event than the report's, whose figures are no rivals of the report's own.
    #[serde(default)]
    pub anterior_auxiliaries: Vec<String>,
    /// The particles that make an opening of `anterior_auxiliaries` pluperfect (قد).
    #[serde(default)]
    pub anterior_particles: Vec<String>,
    /// Words of presence or deployment beside a count («يوجد نحو 2500 جندي», "troops stationed
    /// in"): what it counts stands somewhere, a figure that holds until it changes, not a toll.
    #[serde(default)]
    pub presence_words: Vec<String>,
    /// Nouns of armed forces whose adjective names whose they are («القوات الأميركية», "French
    /// troops" reads the other way): where a standing count's owner is found before it.
    #[serde(default)]
    pub owner_nouns: Vec<String>,
    /// Words opening a condition (إذا، لو، "if", "whether"): a state named shortly after one
    /// is supposed, not asserted («إذا تأكد مقتله», if his killing is confirmed).
    #[serde(default)]
    pub condition_words: Vec<String>,
    /// Words after a count that stand for what it counts, named before («قتل 4 وأصيب 11 آخرون»,
    /// «مقتل 9 أشخاص وإصابة نحو عشرين غيرهم», others): the count counts what befell them.
    #[serde(default)]
    pub others_words: Vec<String>,
    /// Nouns that name a locality by the word after them (Arabic: «مديرية العارضة», «بلدة
    /// الحصوية», «مخيم الوحدة») or, in English, by the word before them or after their "of"
    /// ("Ashford district", "the town of Ashford"): where a toll was counted. Two tolls that name
    /// two localities are two incidents; two that name one are one, however common its name.
    #[serde(default)]
    pub locality_nouns: Vec<String>,
    /// Nouns that name a region by the word after them, as locality nouns do («محافظة حماة»,
    /// "Hama province"): two tolls in two regions are two incidents, but a region is too wide
    /// to make two tolls in it one.
    #[serde(default)]
    pub region_nouns: Vec<String>,
    /// Nouns after a number that measure rather than count (hours, years, kilometres, tonnes,
    /// a currency): such a figure is no count of anything an outlet reports otherwise. Any
    /// other noun after a number is what it counts.
    #[serde(default)]
    pub measure_words: Vec<String>,
    /// Nouns of having done something (مسؤولية، تورط، ضلوع، responsibility, involvement): a
    /// denial of one («نفى الجيش مسؤوليته عن قصف المدينة») denies who did the act, not that
    /// it happened, so the act it names is not denied.
    #[serde(default)]
    pub responsibility_nouns: Vec<String>,
    /// Auxiliaries (was, were, been, has) and the Arabic particle of a finished act (قد): an
    /// act right after one is the predicate of its clause («denied that 26 people were killed»,
    /// «نفى أن يكون الموظف قد اعتقل»), so a denial of the clause denies it.
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Words for a running count (حصيلة، عدد): with a rise word before them or an update word after them, the count is an update of an earlier one.
    #[serde(default)]
    pub toll_words: Vec<String>,
    /// Words saying a count grew (ارتفعت، ليرتفع، ليصل).
    #[serde(default)]
    pub rise_words: Vec<String>,
    /// Words saying which count it is (سابقة، أولية، آخر، أحدث): «حصيلة سابقة», «آخر حصيلة».
    #[serde(default)]
    pub update_words: Vec<String>,
    /// Nouns that name reports of an event rather than the event (الأنباء، التقارير، ما راج، ما تردد، الشائعات): what a denial denies is what follows them.
    #[serde(default)]
    pub report_nouns: Vec<String>,
    /// Verbs of refusing (رفض، rejected, dismissed), which the lexicon counts among the verbs
    /// of denying: what they govern is denied only when it is a report or an accusation
    /// («رفضت الوزارة الاتهامات», "rejected the claims"); «رفض المشاركة» (refused to take
    /// part) denies no fact.
    #[serde(default)]
    pub refusing_verbs: Vec<String>,
    /// Nouns naming an accusation (الاتهامات، charges): refused, they are denied.
    #[serde(default)]
    pub accusation_nouns: Vec<String>,
    /// Support words that carry an act without being one (إجراء تصويت, conducting a vote;
    /// وقوع إصابات, injuries occurring; تنفيذ غارات): an act after one still opens what a
    /// denial denies.
    #[serde(default)]
    pub support_words: Vec<String>,
    /// Words of demanding, conditioning, proposing and threatening: an act they govern
    /// («طالب بإلغاء», "demanded the release") is wanted, not told.
    #[serde(default)]
    pub demand_words: Vec<String>,
    /// Subject pronouns that stand for the last speaker named of their gender (`she added`).
    #[serde(default)]
    pub pronouns: Vec<PronounEntry>,
    /// Words calling what a text reports false (a hoax, fake, «مفبرك»): a sentence about a
    /// claim that holds one disagrees with it.
    #[serde(default)]
    pub refuting_words: Vec<String>,
    /// Words that hold a report at arm's length (reportedly, allegedly, «يزعم»، «ربما»): an
    /// article full of them discusses a claim rather than asserting it.
    #[serde(default)]
    pub hedging_words: Vec<String>,
    /// Words that vouch for what they report (confirmed, officially, «أكد»، «رسمياً»).
    #[serde(default)]
    pub confirming_words: Vec<String>,
    /// Words that may stand between a number and the noun it counts, qualifying it: «3,000
    /// U.S. troops», «1,200 American soldiers» count troops and soldiers.
    #[serde(default)]
    pub number_modifiers: Vec<String>,
    /// Relative words that, right before a denial verb, make it deny what came before it in
    /// the sentence (ما، الذي: «… خبر توقيف المدرب، وهو ما نفاه النادي»).
    #[serde(default)]
    pub relatives: Vec<String>,
    /// Relative pronouns that open a clause describing the noun before them (التي، الذي,
    /// which): after a comma, such a clause tells about the place or person a denial names, not
    /// what it denies, so the denial's reach ends there. Not «ما» (what), which after a comma
    /// is what is denied («نفت الوزارة، ما تردد عن …»).
    #[serde(default)]
    pub describing_relatives: Vec<String>,
    /// Words that, as what a denial denies, stand for what the sentence before it said: alone
    /// («نفت الوزارة ذلك», denied it), or before a report noun («نفت هذه الأنباء», denied these
    /// reports). A relative before a reporting verb does the same («نفت ما أعلنه الجيش»).
    #[serde(default)]
    pub back_references: Vec<String>,
    /// Words that open a clause set against the one before it (لكن, but, while): a denial
    /// that points back from after one of them («… ولكن القصر نفى ذلك») denies what its own
    /// sentence said before it; one whose denier opens the sentence («إلا أن ضابطا نفى
    /// ذلك», "But an officer denied it") denies the sentence before.
    #[serde(default)]
    pub contrast_words: Vec<String>,
    /// Function words that go with the noun after them ("a", "the"): between a verb and its
    /// object («sent a battalion») they leave the object the verb's, where another function
    /// word (a preposition, "to") links the verb to something else.
    #[serde(default)]
    pub articles: Vec<String>,
    /// Words that say when, where or how a thing was said (on, Monday, statement, briefing):
    /// a reporting verb followed by nothing but them and its addressee ends its clause, so its
    /// content is the clause before it (`…, the ministry said on Monday.`); standing between the
    /// verb and a complementiser, they leave the complementiser to open the content.
    #[serde(default)]
    pub saying_circumstances: Vec<String>,
    /// Reporting verbs whose first noun phrase after them is whom it was told to (told,
    /// «أبلغ»), not what was said: `told Reuters on Monday.` says nothing after the verb.
    #[serde(default)]
    pub addressee_verbs: Vec<String>,
    /// Words that open a subordinate clause and so stand before its subject (as, while): `…,
    /// as aid groups warned` is said by the aid groups, not by «as aid groups».
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// The Arabic article with the clitics it takes (ال، وال، بال، لل): a word that opens on one
    /// is definite, and a subject noun phrase closes on its definite words, so the first word
    /// after them that is not definite opens the verb's object («نفت الوزارة اعتقال …»).
    #[serde(default)]
    pub definite_prefixes: Vec<String>,
    /// Words that join the parts of one subject noun phrase though they are not definite
    /// («المتحدث باسم الشركة»: the spokesman for the company).
    #[serde(default)]
    pub subject_links: Vec<String>,
    /// Words that stand inside a person's name without naming them: the kunya's «أبو»,
    /// «بن», "bin" (so that «أبو بكر البغدادي» and "Abu Bakr al-Baghdadi" are told as one
    /// name by the words that do).
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Reporting verbs that relay what someone else said (نقل، نقلت): they count only as
    /// «نقلت الصحيفة عن مصدر أمني أن …», where the source named after an about-word (عن) is
    /// the speaker, not the outlet that relays; otherwise the word means something else
    /// («نقل الجرحى»: carried the wounded).
    #[serde(default)]
    pub relay_verbs: Vec<String>,
    /// Number words.
    #[serde(default)]
    pub number_words: Vec<NumberWordEntry>,
    /// Month names, for reading dates.
    #[serde(default)]
    pub months: Vec<MonthEntry>,
    /// Words that say a page's date is its publication date (نشر، بتاريخ، published).
    #[serde(default)]
    pub publication_cues: Vec<String>,
    /// Words naming a day by its distance from the day of publication (أمس = -1).
    #[serde(default)]
    pub relative_days: Vec<RelativeDayEntry>,
    /// The days of the week (1 = Monday … 7 = Sunday), each with its words: a weekday in a
    /// report names the latest such day on or before publication («الأحد»), or before it with
    /// a word of `past_day_words` after it («الخميس الماضي»), or after it with one of
    /// `next_day_words` («الثلاثاء المقبل»).
    #[serde(default)]
    pub weekdays: Vec<WeekdayEntry>,
    /// Words after a weekday that put it in the week before (الماضي, last).
    #[serde(default)]
    pub past_day_words: Vec<String>,
    /// Words after a weekday that put it after publication (المقبل, next).
    #[serde(default)]
    pub next_day_words: Vec<String>,
}

/// A day of the week and its words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekdayEntry {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// Its words, one word each.
    pub forms: Vec<String>,
}

/// Subject pronouns of one gender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PronounEntry {
    /// The gender of the speaker they stand for.
    pub gender: crate::lexicon::Gender,
    /// Its words, one word each.
    pub forms: Vec<String>,
}

/// Words naming one day by its distance from the day of publication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeDayEntry {
    /// Days from the day of publication.
    pub offset: i8,
    /// Its words, one word each.
    pub forms: Vec<String>,
}

impl GrammarFile {
    pub(super) fn merge(&mut self, other: GrammarFile) {
        self.function_words.extend(other.function_words);
        self.complementisers.extend(other.complementisers);
        self.verb_prepositions.extend(other.verb_prepositions);
        self.connectives.extend(other.connectives);
        self.adverbials.extend(other.adverbials);
        self.subject_ends.extend(other.subject_ends);
        self.relative_heads.extend(other.relative_heads);
        self.verb_adverbs.extend(other.verb_adverbs);
        self.statement_words.extend(other.statement_words);
        self.topical_words.extend(other.topical_words);
        self.anaphors.extend(other.anaphors);
        self.about_words.extend(other.about_words);
        self.abbreviations.extend(other.abbreviations);
        self.part_words.extend(other.part_words);
        self.anterior_auxiliaries.extend(other.anterior_auxiliaries);
        self.noun_markers.extend(other.noun_markers);
        self.subject_pronouns.extend(other.subject_pronouns);
        self.copulas.extend(other.copulas);
        self.increment_words.extend(other.increment_words);
        self.anterior_particles.extend(other.anterior_particles);
        self.presence_words.extend(other.presence_words);
        self.owner_nouns.extend(other.owner_nouns);
        self.condition_words.extend(other.condition_words);
        self.others_words.extend(other.others_words);
        self.locality_nouns.extend(other.locality_nouns);
        self.region_nouns.extend(other.region_nouns);
        self.measure_words.extend(other.measure_words);
        self.responsibility_nouns.extend(other.responsibility_nouns);
        self.auxiliaries.extend(other.auxiliaries);
        self.toll_words.extend(other.toll_words);
        self.rise_words.extend(other.rise_words);
        self.update_words.extend(other.update_words);
        self.report_nouns.extend(other.report_nouns);
        self.refusing_verbs.extend(other.refusing_verbs);
        self.accusation_nouns.extend(other.accusation_nouns);
        self.support_words.extend(other.support_words);
        self.demand_words.extend(other.demand_words);
        self.relatives.extend(other.relatives);
        self.describing_relatives.extend(other.describing_relatives);
        self.back_references.extend(other.back_references);
        self.contrast_words.extend(other.contrast_words);
        self.articles.extend(other.articles);
        self.number_modifiers.extend(other.number_modifiers);
        self.refuting_words.extend(other.refuting_words);
        self.hedging_words.extend(other.hedging_words);
        self.confirming_words.extend(other.confirming_words);
        self.pronouns.extend(other.pronouns);
        self.saying_circumstances.extend(other.saying_circumstances);
        self.addressee_verbs.extend(other.addressee_verbs);
        self.subordinators.extend(other.subordinators);
        self.definite_prefixes.extend(other.definite_prefixes);
        self.subject_links.extend(other.subject_links);
        self.name_particles.extend(other.name_particles);
        self.relay_verbs.extend(other.relay_verbs);
        self.number_words.extend(other.number_words);
        self.months.extend(other.months);
        self.publication_cues.extend(other.publication_cues);
        self.relative_days.extend(other.relative_days);
        self.weekdays.extend(other.weekdays);
        self.past_day_words.extend(other.past_day_words);
        self.next_day_words.extend(other.next_day_words);
    }
}

/// The grammar section compiled: each list a [`WordSet`] of folded words, the number words a
/// table with their clitic forms.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Grammar {
    /// See [`GrammarFile::function_words`].
    pub function_words: WordSet,
    /// See [`GrammarFile::complementisers`].
    pub complementisers: WordSet,
    /// See [`GrammarFile::verb_prepositions`].
    pub verb_prepositions: WordSet,
    /// See [`GrammarFile::connectives`].
    pub connectives: WordSet,
    /// See [`GrammarFile::adverbials`].
    pub adverbials: WordSet,
    /// See [`GrammarFile::subject_ends`].
    pub subject_ends: WordSet,
    /// See [`GrammarFile::relative_heads`].
    pub relative_heads: WordSet,
    /// See [`GrammarFile::verb_adverbs`].
    pub verb_adverbs: WordSet,
    /// See [`GrammarFile::statement_words`].
    pub statement_words: WordSet,
    /// See [`GrammarFile::topical_words`].
    pub topical_words: WordSet,
    /// See [`GrammarFile::anaphors`].
    pub anaphors: WordSet,
    /// See [`GrammarFile::about_words`].
    pub about_words: WordSet,
    /// See [`GrammarFile::abbreviations`].
    pub abbreviations: WordSet,
    /// See [`GrammarFile::part_words`].
    pub part_words: WordSet,
    /// See [`GrammarFile::increment_words`].
    pub increment_words: WordSet,
    /// See [`GrammarFile::noun_markers`].
    pub noun_markers: WordSet,
    /// See [`GrammarFile::subject_pronouns`].
    pub subject_pronouns: WordSet,
    /// See [`GrammarFile::copulas`].
    pub copulas: WordSet,
    /// See [`GrammarFile::anterior_auxiliaries`].
    pub anterior_auxiliaries: WordSet,
    /// See [`GrammarFile::anterior_particles`].
    pub anterior_particles: WordSet,
    /// See [`GrammarFile::presence_words`].
    pub presence_words: WordSet,
    /// See [`GrammarFile::owner_nouns`].
    pub owner_nouns: WordSet,
    /// See [`GrammarFile::condition_words`].
    pub condition_words: WordSet,
    /// See [`GrammarFile::others_words`].
    pub others_words: WordSet,
    /// See [`GrammarFile::locality_nouns`].
    pub locality_nouns: WordSet,
    /// See [`GrammarFile::region_nouns`].
    pub region_nouns: WordSet,
    /// See [`GrammarFile::measure_words`]: each word and its light stem.
    pub measure_words: WordSet,
    /// See [`GrammarFile::responsibility_nouns`].
    pub responsibility_nouns: WordSet,
    /// See [`GrammarFile::auxiliaries`].
    pub auxiliaries: WordSet,
    /// See [`GrammarFile::toll_words`].
    pub toll_words: WordSet,
    /// See [`GrammarFile::rise_words`].
    pub rise_words: WordSet,
    /// See [`GrammarFile::update_words`].
    pub update_words: WordSet,
    /// See [`GrammarFile::report_nouns`].
    pub report_nouns: WordSet,
    /// See [`GrammarFile::refusing_verbs`].
    pub refusing_verbs: WordSet,
    /// See [`GrammarFile::accusation_nouns`].
    pub accusation_nouns: WordSet,
    /// See [`GrammarFile::support_words`].
    pub support_words: WordSet,
    /// See [`GrammarFile::demand_words`].
    pub demand_words: WordSet,
    /// See [`GrammarFile::relatives`].
    pub relatives: WordSet,
    /// See [`GrammarFile::describing_relatives`].
    pub describing_relatives: WordSet,
    /// See [`GrammarFile::back_references`].
    pub back_references: WordSet,
    /// See [`GrammarFile::contrast_words`].
    pub contrast_words: WordSet,
    /// See [`GrammarFile::articles`].
    pub articles: WordSet,
    /// See [`GrammarFile::number_modifiers`].
    pub number_modifiers: WordSet,
    /// See [`GrammarFile::refuting_words`]: each folded, and its light stem.
    pub refuting_words: WordSet,
    /// See [`GrammarFile::hedging_words`]: each folded, and its light stem.
    pub hedging_words: WordSet,
    /// See [`GrammarFile::confirming_words`]: each folded, and its light stem.
    pub confirming_words: WordSet,
    /// See [`GrammarFile::pronouns`]: each folded form with its gender.
    pub pronouns: rustc_hash::FxHashMap<String, crate::lexicon::Gender>,
    /// See [`GrammarFile::saying_circumstances`].
    pub saying_circumstances: WordSet,
    /// See [`GrammarFile::addressee_verbs`].
    pub addressee_verbs: WordSet,
    /// See [`GrammarFile::subordinators`].
    pub subordinators: WordSet,
    /// See [`GrammarFile::definite_prefixes`]: each folded, longest first.
    pub definite_prefixes: Vec<String>,
    /// See [`GrammarFile::subject_links`].
    pub subject_links: WordSet,
    /// See [`GrammarFile::name_particles`].
    pub name_particles: WordSet,
    /// See [`GrammarFile::relay_verbs`].
    pub relay_verbs: WordSet,
    /// See [`GrammarFile::number_words`].
    pub number_words: NumberWords,
    /// The light stems of the report nouns: what the judge leaves out of a denied content.
    pub report_stems: WordSet,
    /// The light stems of every word of the months', weekdays' and relative days' forms: a
    /// date shared by two claims names no one in them.
    pub calendar_stems: WordSet,
    /// [`crate::text::fingerprint::stem_key`] of each of [`Grammar::calendar_stems`], sorted:
    /// what a claim's event words leave out.
    pub calendar_keys: Vec<u64>,
    /// See [`GrammarFile::months`].
    pub months: Months,
    /// See [`GrammarFile::publication_cues`].
    pub publication_cues: WordSet,
    /// See [`GrammarFile::relative_days`]: folded word → days from publication.
    pub relative_days: rustc_hash::FxHashMap<String, i8>,
    /// See [`GrammarFile::weekdays`]: folded word → day of the week (1 = Monday … 7 = Sunday).
    pub weekdays: rustc_hash::FxHashMap<String, u8>,
    /// See [`GrammarFile::past_day_words`].
    pub past_day_words: WordSet,
    /// See [`GrammarFile::next_day_words`].
    pub next_day_words: WordSet,
}

impl Grammar {
    /// True when a stem names no one and nowhere, however rare: a report noun («الأنباء»,
    /// "reports") or a date word («آذار», "Monday"). Two claims sharing it share no participant.
    pub fn names_no_one(&self, stem: &str) -> bool {
        self.report_stems.contains(stem) || self.calendar_stems.contains(stem)
    }

    /// Compiles the lists, refusing a number word whose value is not a finite positive number.
    pub(super) fn compile(file: &GrammarFile) -> Result<Self, Error> {
        let set = |words: &[String]| words.iter().map(String::as_str).collect::<WordSet>();
        for d in &file.weekdays {
            if !(1..=7).contains(&d.weekday) {
                return Err(Error::LexiconEntry {
                    entry: format!("weekday {:?}", d.forms),
                    message: format!("weekday {} is not in 1–7", d.weekday),
                });
            }
        }
        for m in &file.months {
            if !(1..=12).contains(&m.month) {
                return Err(Error::LexiconEntry {
                    entry: format!("month {:?}", m.forms),
                    message: format!("month {} is not in 1–12", m.month),
                });
            }
        }
        let month_forms: Vec<(String, u8)> = file
            .months
            .iter()
            .flat_map(|m| {
                m.forms
                    .iter()
                    .map(|f| (crate::text::normalize_str(f.trim()), m.month))
            })
            .collect();
        for e in &file.number_words {
            if !(e.value.is_finite() && e.value > 0.0) {
                return Err(Error::LexiconEntry {
                    entry: format!("number word {:?}", e.forms),
                    message: format!("value {} is not a positive number", e.value),
                });
            }
        }
        let folded: Vec<(String, NumberWordKind, f64)> = file
            .number_words
            .iter()
            .flat_map(|e| {
                e.forms
                    .iter()
                    .map(|f| (crate::text::normalize_str(f.trim()), e.kind, e.value))
            })
            .collect();
        // Every word of the months', weekdays' and relative days' forms, folded.
        let calendar_words: Vec<String> = file
            .months
            .iter()
            .flat_map(|m| &m.forms)
            .chain(file.weekdays.iter().flat_map(|d| &d.forms))
            .chain(file.relative_days.iter().flat_map(|d| &d.forms))
            .flat_map(|f| {
                crate::text::normalize_str(f.trim())
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        Ok(Grammar {
            function_words: set(&file.function_words),
            complementisers: set(&file.complementisers),
            verb_prepositions: set(&file.verb_prepositions),
            connectives: set(&file.connectives),
            adverbials: set(&file.adverbials),
            subject_ends: set(&file.subject_ends),
            relative_heads: set(&file.relative_heads),
            verb_adverbs: set(&file.verb_adverbs),
            statement_words: set(&file.statement_words),
            topical_words: set(&file.topical_words),
            anaphors: set(&file.anaphors),
            about_words: set(&file.about_words),
            abbreviations: set(&file.abbreviations),
            part_words: set(&file.part_words),
            anterior_auxiliaries: set(&file.anterior_auxiliaries),
            noun_markers: set(&file.noun_markers),
            subject_pronouns: set(&file.subject_pronouns),
            copulas: set(&file.copulas),
            increment_words: set(&file.increment_words),
            anterior_particles: set(&file.anterior_particles),
            presence_words: set(&file.presence_words),
            owner_nouns: set(&file.owner_nouns),
            condition_words: set(&file.condition_words),
            others_words: set(&file.others_words),
            locality_nouns: set(&file.locality_nouns),
            region_nouns: set(&file.region_nouns),
            measure_words: with_stems(&file.measure_words),
            responsibility_nouns: set(&file.responsibility_nouns),
            auxiliaries: set(&file.auxiliaries),
            toll_words: set(&file.toll_words),
            rise_words: set(&file.rise_words),
            update_words: set(&file.update_words),
            report_nouns: set(&file.report_nouns),
            refusing_verbs: set(&file.refusing_verbs),
            accusation_nouns: set(&file.accusation_nouns),
            support_words: set(&file.support_words),
            demand_words: set(&file.demand_words),
            relatives: set(&file.relatives),
            describing_relatives: set(&file.describing_relatives),
            back_references: set(&file.back_references),
            contrast_words: set(&file.contrast_words),
            articles: set(&file.articles),
            number_modifiers: set(&file.number_modifiers),
            refuting_words: with_stems(&file.refuting_words),
            hedging_words: with_stems(&file.hedging_words),
            confirming_words: with_stems(&file.confirming_words),
            pronouns: file
                .pronouns
                .iter()
                .flat_map(|e| {
                    e.forms
                        .iter()
                        .map(|f| (crate::text::normalize_str(f.trim()), e.gender))
                })
                .collect(),
            saying_circumstances: set(&file.saying_circumstances),
            addressee_verbs: set(&file.addressee_verbs),
            subordinators: set(&file.subordinators),
            definite_prefixes: {
                let mut prefixes: Vec<String> = file
                    .definite_prefixes
                    .iter()
                    .map(|f| crate::text::normalize_str(f.trim()))
                    .collect();
                prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
                prefixes
            },
            subject_links: set(&file.subject_links),
            name_particles: set(&file.name_particles),
            relay_verbs: set(&file.relay_verbs),
            number_words: NumberWords::new(folded.iter().map(|(f, k, v)| (f.as_str(), *k, *v))),
            months: Months::new(month_forms.iter().map(|(f, m)| (f.as_str(), *m))),
            publication_cues: set(&file.publication_cues),
            relative_days: file
                .relative_days
                .iter()
                .flat_map(|e| {
                    e.forms
                        .iter()
                        .map(|f| (crate::text::normalize_str(f.trim()), e.offset))
                })
                .collect(),
            weekdays: file
                .weekdays
                .iter()
                .flat_map(|e| {
                    e.forms
                        .iter()
                        .map(|f| (crate::text::normalize_str(f.trim()), e.weekday))
                })
                .collect(),
            past_day_words: set(&file.past_day_words),
            next_day_words: set(&file.next_day_words),
            calendar_stems: with_stems(&calendar_words),
            calendar_keys: {
                let mut keys: Vec<u64> = calendar_words
                    .iter()
                    .flat_map(|w| [w.as_str(), light_stem(w)])
                    .map(crate::text::fingerprint::stem_key)
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                keys
            },
            report_stems: file
                .report_nouns
                .iter()
                .map(|w| crate::text::normalize_str(w.trim()))
                .map(|w| light_stem(&w).to_string())
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str)
                .collect(),
        })
    }
}

/// A word list folded, each word with its light stem: «الشائعات» and «بالتزوير» are met with
/// their clitics and plural endings, which the list need not spell out.
fn with_stems(words: &[String]) -> WordSet {
    let mut set = WordSet::default();
    for w in words {
        let folded = crate::text::normalize_str(w.trim());
        set.insert(crate::text::tokens::light_stem(&folded));
        set.insert(&folded);
    }
    set
}
