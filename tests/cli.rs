//! The command-line tool, end to end, on the bundled seeds and on a user lexicon.

use std::process::Command;

/// The tool, run from the crate's folder (where `seeds` is).
fn crosscheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// A fresh folder of this test run's, for the files a test writes.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The JSON the tool prints for `args`, which must succeed.
fn json_of(args: &[&str]) -> serde_json::Value {
    let out = crosscheck().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_report_follows_the_contract() {
    let out = crosscheck()
        .args(["check", "seeds", "--format", "json"])
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
        "char_start",
        "char_end",
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
    let out = crosscheck().args(["check", "seeds"]).output().unwrap();
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
            .output()
            .unwrap();
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        r["conflicts"].as_array().unwrap().len()
    };
    assert!(count("0.9") < count("0.65"));
}

#[test]
fn a_min_score_outside_0_to_1_is_refused() {
    for bad in ["5", "-0.1", "high"] {
        let out = crosscheck()
            .args(["check", "seeds", &format!("--min-score={bad}")])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--min-score={bad}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--min-score"), "{stderr}");
    }
    let stderr = crosscheck()
        .args(["check", "seeds", "--min-score", "5"])
        .output()
        .unwrap()
        .stderr;
    assert!(String::from_utf8_lossy(&stderr).contains("[0, 1]"));
}

#[test]
fn user_lexicon_adds_an_actor() {
    let dir = scratch_dir("cli");
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
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("actorz") && err.contains("line 1"), "{err}");
}

#[test]
fn verify_json_follows_the_contract() {
    let v = json_of(&[
        "verify",
        "--claim",
        "ليس لدينا جدول زمني محدد",
        "seeds",
        "--format",
        "json",
        "--quiet",
    ]);
    assert_eq!(v["claim"]["text"], "ليس لدينا جدول زمني محدد");
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5, "every document has a verdict");
    let stances = ["agree", "disagree", "discuss", "unrelated"];
    for d in docs {
        assert!(d["id"].is_string());
        assert!(stances.contains(&d["stance"].as_str().unwrap()), "{d}");
        assert!(d["score"].is_number());
        for e in d["evidence"].as_array().unwrap() {
            for field in ["start", "end", "text", "stance", "score", "speaker", "cues"] {
                assert!(e.get(field).is_some(), "evidence lacks {field}: {e}");
            }
        }
    }
    assert!(docs.iter().any(|d| d["stance"] == "disagree"));
}

#[test]
fn verify_reads_a_batch_and_writes_a_line_per_claim() {
    let dir = scratch_dir("claims");
    let file = dir.join("claims.jsonl");
    std::fs::write(
        &file,
        "{\"id\": \"pentagon\", \"text\": \"ليس لدينا جدول زمني محدد\"}\nأسعار النفط ترتفع\n",
    )
    .unwrap();
    let out = crosscheck()
        .args(["verify", "--claims"])
        .arg(&file)
        .args(["seeds", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["claim"]["id"], "pentagon");
    assert_eq!(lines[1]["claim"]["id"], "line-2");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn csv_report_has_a_row_per_conflict_and_loads_in_python() {
    let out = crosscheck()
        .args(["check", "seeds", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    // A byte-order mark first, so that a spreadsheet reads the file as UTF-8; none on request.
    assert!(out.stdout.starts_with("\u{feff}id,".as_bytes()));
    let bare = crosscheck()
        .args(["check", "seeds", "--format", "csv", "--no-bom"])
        .output()
        .unwrap();
    assert_eq!(&out.stdout[3..], &bare.stdout[..]);
    let report = json_of(&["check", "seeds", "--format", "json"]);
    let conflicts = report["conflicts"].as_array().unwrap().len();
    let python = std::process::Command::new("python3")
        .args([
            "-c",
            "import csv, io, sys\n\
             rows = list(csv.DictReader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8-sig')))\n\
             assert rows and 'id' in rows[0]\n\
             assert all(r['a_text'] and r['b_text'] and r['kind'] for r in rows)\n\
             print(len(rows))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    let Ok(mut python) = python else {
        eprintln!("skipped the Python check: no python3 on this machine");
        return;
    };
    use std::io::Write;
    python.stdin.take().unwrap().write_all(&out.stdout).unwrap();
    let done = python.wait_with_output().unwrap();
    assert!(
        done.status.success(),
        "Python's csv module could not read it"
    );
    let rows: usize = String::from_utf8_lossy(&done.stdout)
        .trim()
        .parse()
        .unwrap();
    assert_eq!(rows, conflicts);
}

#[test]
fn a_judge_model_is_named_in_the_report_and_a_bad_one_is_refused() {
    let with_model = json_of(&[
        "check",
        "seeds",
        "--format",
        "json",
        "--model",
        "src/judge/model/judge-model.json",
    ])["provenance"]["judge"]
        .clone();
    let judge = with_model.as_str().unwrap();
    assert!(judge.starts_with("rules+model:"), "{judge}");
    assert_eq!(judge.len(), "rules+model:".len() + 16);
    // A file that is no model: an error naming it, exit 1.
    let out = crosscheck()
        .args(["verify", "--claim", "x", "seeds", "--model", "Cargo.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("model Cargo.toml"), "{stderr}");
}

#[test]
fn reports_and_version_name_the_lexicon_they_are_made_with() {
    let plain = json_of(&["check", "seeds", "--format", "json"])["provenance"].clone();
    assert_eq!(plain["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(plain["judge"], "rules");
    let extended = json_of(&[
        "check",
        "seeds",
        "--format",
        "json",
        "--lexicon",
        "examples/data/extra-lexicon.json",
    ])["provenance"]
        .clone();
    assert_ne!(plain["lexicon"], extended["lexicon"]);
    let version = crosscheck().arg("--version").output().unwrap();
    let version = String::from_utf8_lossy(&version.stdout);
    assert!(
        version.contains(plain["lexicon"].as_str().unwrap()),
        "{version}"
    );
}

#[test]
fn a_review_file_hides_what_it_dismisses_and_marks_what_it_confirms() {
    let plain = json_of(&["check", "seeds", "--format", "json"]);
    let conflicts = plain["conflicts"].as_array().unwrap();
    let (dismiss, confirm) = (
        conflicts[0]["id"].as_str().unwrap(),
        conflicts[1]["id"].as_str().unwrap(),
    );
    let dir = scratch_dir("review");
    let file = dir.join("review.jsonl");
    std::fs::write(
        &file,
        format!(
            "{{\"id\": \"{dismiss}\", \"verdict\": \"dismissed\", \"note\": \"same statement\"}}\n\
             {{\"id\": \"{confirm}\", \"verdict\": \"confirmed\"}}\n"
        ),
    )
    .unwrap();
    let reviewed = json_of(&[
        "check",
        "seeds",
        "--format",
        "json",
        "--review",
        file.to_str().unwrap(),
    ]);
    let after = reviewed["conflicts"].as_array().unwrap();
    assert_eq!(after.len(), conflicts.len() - 1);
    assert_eq!(reviewed["dismissed"], 1);
    assert!(after.iter().all(|c| c["id"] != dismiss));
    let marked = after.iter().find(|c| c["id"] == confirm).unwrap();
    assert_eq!(marked["review"]["verdict"], "confirmed");
    assert!(reviewed.get("review_not_found").is_none(), "{reviewed}");
    // The CSV carries the verdict and the note, read as a spreadsheet reads it.
    let out = crosscheck()
        .args(["check", "seeds", "--format", "csv", "--review"])
        .arg(&file)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let verdict = header.iter().position(|h| *h == "verdict").unwrap();
    assert_eq!(header[verdict + 1], "note");
    assert!(
        csv.lines()
            .any(|l| l.starts_with(confirm) && l.contains(",confirmed,")),
        "{csv}"
    );
    // Ids the run does not have are named, not ignored.
    std::fs::write(
        &file,
        format!(
            "{{\"id\": \"{confirm}\", \"verdict\": \"confirmed\"}}\n\
             {{\"id\": \"0000000000000000\", \"verdict\": \"dismissed\"}}\n"
        ),
    )
    .unwrap();
    let stale = json_of(&[
        "check",
        "seeds",
        "--format",
        "json",
        "--review",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        stale["review_not_found"],
        serde_json::json!(["0000000000000000"])
    );
    let out = crosscheck()
        .args(["check", "seeds", "--review"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("1 reviewed conflict not found in this run: 0000000000000000"),
        "{text}"
    );
    // A line that is no review entry is an error naming the file and the line.
    std::fs::write(&file, "{\"id\": \"x\", \"verdict\": \"maybe\"}\n").unwrap();
    let out = crosscheck()
        .args(["check", "seeds", "--review"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("review.jsonl:1"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn verify_takes_a_stance_model_file_or_the_rules_alone() {
    let dir = scratch_dir("stance");
    let corpus = dir.join("articles.jsonl");
    std::fs::write(
        &corpus,
        concat!(
            r#"{"id":"hedges","text":"The old bridge will reportedly be closed for repairs, "#,
            r#"according to unverified posts. Residents claim the council may close it."}"#,
            "\n"
        ),
    )
    .unwrap();
    let claim = "Old bridge to be closed for repairs";
    let path = corpus.to_str().unwrap();
    let by = |extra: &[&str]| {
        let mut args = vec!["verify", "--claim", claim, path, "--format", "json"];
        args.extend_from_slice(extra);
        json_of(&args)["documents"][0].clone()
    };
    // An English claim: the bundled model decides, unless the rules are asked to.
    assert_eq!(by(&[])["by_model"], true);
    assert_eq!(by(&[])["stance"], "discuss");
    assert!(by(&["--rules-only"]).get("by_model").is_none());
    // The text says which verdicts the model made.
    let text = |extra: &[&str]| {
        let mut args = vec!["verify", "--claim", claim, path];
        args.extend_from_slice(extra);
        let out = crosscheck().args(&args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(text(&[]).contains("(stance model, from the whole article)"));
    assert!(!text(&["--rules-only"]).contains("stance model"));
    // A model file written by train_stance is read; a file that is none is an error naming it.
    let model = dir.join("model.json");
    std::fs::write(&model, crosscheck::verify::StanceModel::english().to_json()).unwrap();
    assert_eq!(
        by(&["--stance-model", model.to_str().unwrap()])["by_model"],
        true
    );
    let out = crosscheck()
        .args([
            "verify",
            "--claim",
            claim,
            path,
            "--stance-model",
            "Cargo.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("model Cargo.toml"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn timings_name_each_stage_on_standard_error_and_leave_the_report_alone() {
    let plain = crosscheck()
        .args(["check", "seeds", "--format", "json"])
        .output()
        .unwrap();
    let timed = crosscheck()
        .args(["check", "seeds", "--format", "json", "--timings"])
        .output()
        .unwrap();
    assert!(timed.status.success());
    assert_eq!(plain.stdout, timed.stdout, "the report is the same");
    let stderr = String::from_utf8_lossy(&timed.stderr);
    let line = stderr
        .lines()
        .find(|l| l.starts_with("timings: "))
        .unwrap_or_else(|| panic!("no timings line in {stderr:?}"));
    let stages: Vec<&str> = line["timings: ".len()..]
        .split(", ")
        .map(|part| part.rsplitn(3, ' ').nth(2).unwrap_or(""))
        .collect();
    assert_eq!(
        stages,
        [
            "set-up",
            "reading and extraction",
            "stories",
            "pairing",
            "judging",
            "writing",
            "total"
        ],
        "{line}"
    );
    assert!(
        !String::from_utf8_lossy(&plain.stderr).contains("timings"),
        "only when asked"
    );
}

#[test]
fn timings_on_a_full_stderr_do_not_fail_the_run() {
    // Linux's /dev/full refuses every write; where it is missing there is nothing to test.
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: no /dev/full on this system");
        return;
    };
    let out = crosscheck()
        .args(["check", "seeds", "--format", "json", "--timings"])
        .stderr(full)
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(!out.stdout.is_empty());
}

/// `--output FILE` writes the report there and nothing to standard output; a file that cannot
/// be made is an error naming it.
#[test]
fn output_goes_to_the_file_named() {
    let dir = scratch_dir("output");
    let file = dir.join("report.json");
    let out = crosscheck()
        .args(["check", "seeds", "--format", "json", "--quiet", "--output"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(!report["conflicts"].as_array().unwrap().is_empty());
    let missing = dir.join("no-such-folder").join("report.json");
    let out = crosscheck()
        .args(["check", "seeds", "--quiet", "-o"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-folder"));
    std::fs::remove_dir_all(&dir).ok();
}

/// A denial the rules read («the ministry denied that the chief had been arrested») is not
/// outvoted by the stance model's word statistics: the article disagrees with the claim.
#[test]
fn a_denial_the_rules_read_is_not_outvoted_by_the_model() {
    let dir = scratch_dir("certain");
    let corpus = dir.join("articles.jsonl");
    std::fs::write(
        &corpus,
        "{\"id\": \"d\", \"text\": \"The ministry denied that the Basra police chief had been arrested.\"}\n",
    )
    .unwrap();
    let out = json_of(&[
        "verify",
        "--claim",
        "the Basra police chief was arrested",
        corpus.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let doc = &out["documents"][0];
    assert_eq!(doc["stance"], "disagree", "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A folder of three outlets' articles with a manifest: verify's answer names each
/// document's outlet and day, puts what contradicts the claim first and the unrelated last,
/// and is written as JSON, CSV (with the byte-order mark spreadsheets need, unless told not to)
/// and a page.
#[test]
fn a_verification_names_outlet_and_date_contradictions_first_in_every_format() {
    let dir = scratch_dir("verify-formats");
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write(
        "a-report.txt",
        "قالت مصادر محلية إن قوة أمنية اعتقلت الناشط فراس الدباغ في مدينة الحلة مساء الأحد.\n",
    );
    write(
        "b-denial.txt",
        "نفت قيادة شرطة بابل اعتقال الناشط فراس الدباغ، وقالت إن ما نشر عن ذلك غير صحيح.\n",
    );
    write(
        "c-other.txt",
        "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة بمشاركة واسعة من دور النشر.\n",
    );
    write(
        "manifest.json",
        r#"[{"file": "a-report.txt", "source": "Outlet One", "published": "2025-03-02"},
            {"file": "b-denial.txt", "source": "Outlet Two", "published": "2025-03-03"},
            {"file": "c-other.txt", "source": "Outlet Three", "published": "2025-03-03"}]"#,
    );
    let claim = "اعتقلت قوة أمنية الناشط فراس الدباغ في الحلة";
    let path = dir.to_str().unwrap();
    let out = json_of(&["verify", "--claim", claim, path, "--format", "json"]);
    let docs = out["documents"].as_array().unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["b-denial", "a-report", "c-other"], "{out}");
    assert_eq!(docs[0]["stance"], "disagree", "{out}");
    assert_eq!(docs[0]["source"], "Outlet Two", "{out}");
    assert_eq!(docs[0]["published"], "2025-03-03", "{out}");
    assert_eq!(docs[2]["stance"], "unrelated", "{out}");
    // The text names the outlet and day.
    let text = crosscheck()
        .args(["verify", "--claim", claim, path])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("disagree") && text.contains("Outlet Two, 2025-03-03, b-denial"));
    // CSV: a row a document in the same order, the byte-order mark unless told not to.
    let csv = |extra: &[&str]| {
        let mut args = vec!["verify", "--claim", claim, path, "--format", "csv"];
        args.extend_from_slice(extra);
        let out = crosscheck().args(&args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(csv(&[]).starts_with('\u{feff}'));
    let plain = csv(&["--no-bom"]);
    let rows: Vec<&str> = plain.lines().collect();
    assert!(rows[0].starts_with("claim_id,claim,document,source,published,stance,score"));
    assert_eq!(rows.len(), 4, "{plain}");
    assert!(
        rows[1].contains(",b-denial,Outlet Two,2025-03-03,disagree,"),
        "{plain}"
    );
    // The page: self-contained, each text in its own direction.
    let page = crosscheck()
        .args(["verify", "--claim", claim, path, "--format", "html"])
        .output()
        .unwrap();
    let page = String::from_utf8(page.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Outlet Two") && page.contains("dir=\"auto\""));
    assert!(page.find("Outlet Two").unwrap() < page.find("Outlet One").unwrap());
    std::fs::remove_dir_all(&dir).ok();
}

/// A figure that cannot hold with the claim's, for the same counted thing of the same event,
/// contradicts it in verify as in check, whether or not a stance model weighs in, in Arabic
/// and in English.
#[test]
fn a_figure_that_cannot_hold_with_the_claims_disagrees_in_verify() {
    let dir = scratch_dir("verify-figures");
    std::fs::write(
        dir.join("en.txt"),
        "A drone strike on a fuel depot near the village of Tall Hamis killed at least 30 \
         people on Friday, a monitoring group said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("ar.txt"),
        "قالت مصادر طبية إن غارة بطائرة مسيرة على مستودع وقود قرب قرية تل حميس أسفرت عن \
         مقتل 30 شخصا على الأقل يوم الجمعة.\n",
    )
    .unwrap();
    let path = dir.to_str().unwrap();
    for claim in [
        "A drone strike on a fuel depot near Tall Hamis killed 12 people",
        "غارة بطائرة مسيرة على مستودع وقود قرب تل حميس أسفرت عن مقتل 12 شخصا",
    ] {
        for extra in [&[][..], &["--rules-only"][..]] {
            let mut args = vec!["verify", "--claim", claim, path, "--format", "json"];
            args.extend_from_slice(extra);
            let out = json_of(&args);
            for d in out["documents"].as_array().unwrap() {
                assert_eq!(d["stance"], "disagree", "{claim} {extra:?}: {out}");
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
