use crate::{Checker, Corpus, Document, Report};

fn written(report: &Report) -> String {
    let mut out = Vec::new();
    report.write_json(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_report_written_is_serde_jsons_pretty_rendering_byte_for_byte() {
    let mut corpus = Corpus::new();
    // Enough claims for several chunks, and a text with a line break and quotation marks
    // (escaped inside strings, where a raw line break never appears).
    for i in 0..40 {
        corpus.push(Document::new(
            format!("d{i:02}"),
            format!(
                "وأعلن الجيش أن {} جنديا قتلوا في الهجوم.\nوقال الوزير: \"لا صحة لذلك\". \
                 وأكدت الوزارة أن 12 مدنيا أصيبوا.",
                i + 3
            ),
        ));
    }
    let mut report = Checker::new().check(&corpus);
    let mut claims = report.claims.clone();
    while claims.len() < 3 * super::CHUNK + 7 {
        claims.extend(report.claims.iter().cloned());
    }
    report.claims = claims;
    assert!(report.claims.len() > super::CHUNK);
    assert_eq!(
        written(&report),
        serde_json::to_string_pretty(&report).unwrap()
    );
    // Optional parts present, and no claims at all.
    report.warnings = vec![crate::Skipped {
        path: "w.txt".into(),
        reason: "not UTF-8 \"here\"\n".into(),
    }];
    report.repaired = vec![
        super::Repaired {
            path: "r.txt".into(),
            replaced: vec![[3, 5]],
            encoding: None,
        },
        super::Repaired {
            path: "e.txt".into(),
            replaced: Vec::new(),
            encoding: Some("windows-1256".into()),
        },
    ];
    report.unread = vec![crate::Skipped {
        path: "README.md".into(),
        reason: "not a kind of file the checker reads".into(),
    }];
    report.claims.truncate(1);
    assert_eq!(
        written(&report),
        serde_json::to_string_pretty(&report).unwrap()
    );
    report.claims.clear();
    assert_eq!(
        written(&report),
        serde_json::to_string_pretty(&report).unwrap()
    );
}
