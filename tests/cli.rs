//! The command-line tool, end to end, on the bundled seeds and on a user lexicon.

use std::process::Command;

fn crosscheck() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

#[test]
fn json_report_follows_the_contract() {
    let out = crosscheck()
        .args(["check", "seeds", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in [
        "documents",
        "skipped",
        "claims",
        "conflicts",
        "corroborations",
    ] {
        assert!(report[field].is_array(), "missing {field}");
    }
    let doc = &report["documents"][0];
    for field in ["id", "source", "published", "language", "claims"] {
        assert!(!doc[field].is_null(), "document lacks {field}");
    }
    let claim = &report["claims"][0];
    for field in [
        "id",
        "doc",
        "start",
        "end",
        "text",
        "speaker",
        "cue",
        "polarity",
        "quantities",
        "concepts",
    ] {
        assert!(claim.get(field).is_some(), "claim lacks {field}");
    }
    assert!(claim["speaker"].get("side").is_some());
    let conflict = &report["conflicts"][0];
    for field in ["a", "b", "kind", "score", "explanation"] {
        assert!(!conflict[field].is_null(), "conflict lacks {field}");
    }
}

#[test]
fn text_report_shows_both_sides_and_the_reason() {
    let out = crosscheck()
        .args(["check", "seeds"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("why:") && text.contains("  A ") && text.contains("  B "),
        "{text}"
    );
}

#[test]
fn min_score_filters_conflicts() {
    let count = |min: &str| {
        let out = crosscheck()
            .args(["check", "seeds", "--format", "json", "--min-score", min])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        r["conflicts"].as_array().unwrap().len()
    };
    assert!(count("0.9") < count("0.65"));
}

#[test]
fn user_lexicon_adds_an_actor() {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "وقالت وزارة الدفاع البريطانية إن قواتها ستبقى في العراق حتى نهاية العام.",
    )
    .unwrap();
    let out = crosscheck()
        .args([
            "check",
            dir.to_str().unwrap(),
            "--format",
            "json",
            "--lexicon",
        ])
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/extra-lexicon.json"
        ))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["claims"][0]["speaker"]["side"], "GB", "{r}");
}

#[test]
fn a_broken_lexicon_is_a_clear_error() {
    let path = std::env::temp_dir().join(format!(
        "crosscheck-bad-lexicon-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, "{\"actorz\": []}").unwrap();
    let out = crosscheck()
        .args(["check", "seeds", "--lexicon"])
        .arg(&path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("actorz") && err.contains("line 1"), "{err}");
}
