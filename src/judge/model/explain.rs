//! Why the model overrode the rules, in words: its probabilities, the features that pushed most
//! towards its class against the runner-up, and the words each side keeps to itself.

use super::features::{CLASSES, RuleSignals};
use super::linear::LinearModel;
use crate::analysis::Features;
use crate::judge::alignment::Alignment;
use crate::judge::verdict::{Judgement, ModelVote, Verdict};

/// Rewrites `j` (the rules' words for a verdict the model decided against them) to say what the
/// model weighed.
pub(crate) fn explain_model_verdict(
    model: &LinearModel,
    a: &Features,
    b: &Features,
    v: &Verdict,
    vote: &ModelVote,
    j: &mut Judgement,
) {
    let alignment = Alignment::new(&a.stems, &b.stems);
    j.kind = v.kind;
    j.explanation = model_explanation(model, a, b, &alignment, v, vote);
    j.cues = [&alignment.unmatched_a, &alignment.unmatched_b].map(|words| words.join(" "));
}

fn model_explanation(
    model: &LinearModel,
    a: &Features,
    b: &Features,
    alignment: &Alignment,
    v: &Verdict,
    m: &ModelVote,
) -> String {
    let p = m.probabilities;
    let mut text = format!(
        "model: contradict {:.2}, agree {:.2}, unrelated {:.2} (rules said {:?})",
        p[0], p[1], p[2], m.rules_said
    );
    let chosen = CLASSES.iter().position(|&c| c == v.stance).unwrap_or(2);
    let runner_up = (0..3)
        .filter(|&k| k != chosen)
        .max_by(|&x, &y| p[x].total_cmp(&p[y]))
        .unwrap_or(2);
    let rules = RuleSignals::from_kind(m.rules_said, m.rules_kind);
    let reasons = model.reasons_aligned(a, b, alignment, rules, [chosen, runner_up], 3);
    if !reasons.is_empty() {
        let listed: Vec<String> = reasons
            .iter()
            .map(|(name, c)| format!("{name} (+{c:.2})"))
            .collect();
        text += &format!(
            "; against {:?} mostly {}",
            CLASSES[runner_up],
            listed.join(", ")
        );
    }
    let side = |words: &[&str]| match words {
        [] => "nothing".to_string(),
        _ => format!("«{}»", words.join(" ")),
    };
    text += &format!(
        "; left over: {} / {}",
        side(&alignment.unmatched_a),
        side(&alignment.unmatched_b)
    );
    text
}
