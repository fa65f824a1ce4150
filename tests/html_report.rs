//! The HTML report as a reader sees it: the seed report rendered in a real browser (headless
//! Chromium), with a check script the test adds to the page reading what the browser laid out:
//! the writing direction of each claim, the marks, the filter, and script errors.
//!
//! Needs Chromium (Debian's `chromium`; `.ci/run` installs it). Without one the browser test
//! says so and passes; the checks on the page's text still run. `CROSSCHECK_CHROMIUM` names
//! another browser binary.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn crosscheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// The seed report in `format`, which must succeed.
fn seed_report(format: &str) -> String {
    let out = crosscheck()
        .args(["check", "seeds", "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A Chromium binary on this machine, if any.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CROSSCHECK_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name))
        })
        .find(|p| p.is_file())
}

/// Runs before the report's own script: records every script error on the page.
const ERROR_WATCH: &str = r#"<script>window.__errors = [];
addEventListener("error", function (e) { window.__errors.push(String(e.message)); });</script>"#;

/// Runs after the page is laid out: writes what a reader would see, one `key=value` a line,
/// into a `<pre id="browser-check">` that the test reads back from the DOM.
const CHECK: &str = r#"<script>
addEventListener("load", function () {
  var out = [];
  function put(k, v) { out.push(k + "=" + v); }
  var quotes = Array.prototype.slice.call(document.querySelectorAll("blockquote"));
  put("arabic_claims", quotes.filter(function (q) { return q.lang === "ar"; }).length);
  put("arabic_not_rtl", quotes.filter(function (q) {
    return q.lang === "ar" && getComputedStyle(q).direction !== "rtl"; }).length);
  put("english_not_ltr", quotes.filter(function (q) {
    return q.lang === "en" && getComputedStyle(q).direction !== "ltr"; }).length);
  var conflicts = Array.prototype.slice.call(document.querySelectorAll("article.conflict"));
  put("conflicts", conflicts.length);
  put("conflicts_without_two_claims", conflicts.filter(function (c) {
    return c.querySelectorAll("blockquote").length !== 2; }).length);
  put("visible_marks", Array.prototype.filter.call(document.querySelectorAll("mark"),
    function (m) { var r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length);
  put("text_has_ids", conflicts.every(function (c) {
    return document.body.innerText.indexOf(c.id.slice(2)) >= 0; }));
  put("shown_before", document.getElementById("shown").textContent);
  var least = document.getElementById("min-score");
  least.value = "0.9";
  least.dispatchEvent(new Event("input"));
  put("visible_at_0.9", conflicts.filter(function (c) { return c.offsetParent !== null; }).length);
  put("errors", window.__errors.length + " " + window.__errors.join(" | "));
  var pre = document.createElement("pre");
  pre.id = "browser-check";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
});
</script>"#;

/// The page with the test's scripts added, written to a file of its own.
fn page_with_checks(page: &str, dir: &Path, check: &str) -> PathBuf {
    let page = page
        .replacen("<head>", &format!("<head>{ERROR_WATCH}"), 1)
        .replacen("</body>", &format!("{check}</body>"), 1);
    let path = dir.join("report.html");
    std::fs::write(&path, page).unwrap();
    path
}

/// One browser at a time: two headless Chromiums started together on a small machine can stall
/// each other, and the two tests of this file run on parallel threads.
static ONE_BROWSER: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// What the check script wrote, as `key → value`. A browser that stalls (it happens to headless
/// Chromium at start-up, before it reads the page) is killed after a minute and started afresh,
/// three times at most; what it reports is checked the same way whichever run it came from.
fn browser_checks(browser: &Path, page: &Path, profile: &Path) -> Vec<(String, String)> {
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    for attempt in 1..=3 {
        if let Some(checks) = run_browser(browser, page, &profile.join(attempt.to_string())) {
            return checks;
        }
        eprintln!("the browser did not finish within a minute (attempt {attempt} of 3)");
    }
    panic!("the browser did not finish within a minute, three times");
}

/// One run of the browser on `page`: `None` if it did not finish within a minute.
fn run_browser(browser: &Path, page: &Path, profile: &Path) -> Option<Vec<(String, String)>> {
    let mut command = Command::new(browser);
    // Its own process group, so that a stalled browser is stopped with its helpers.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,1600",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the browser starts");
    // Read its output as it comes (a full pipe would stall it), and give it a minute at most.
    let read = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = read(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = read(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while child
        .try_wait()
        .expect("the browser can be waited for")
        .is_none()
    {
        if Instant::now() > deadline {
            // The whole group: a stalled browser's helper processes would hold the machine too.
            #[cfg(unix)]
            let _ = Command::new("kill")
                .args(["-s", "KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let dom = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let start = dom
        .find(r#"<pre id="browser-check">"#)
        .unwrap_or_else(|| panic!("the check script did not run; stderr: {stderr}"));
    let body = &dom[start..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</pre>").unwrap()];
    Some(
        body.lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.replace("&amp;", "&")))
            .collect(),
    )
}

#[test]
fn the_seed_report_reads_right_in_a_browser() {
    let json: serde_json::Value = serde_json::from_str(&seed_report("json")).unwrap();
    let conflicts = json["conflicts"].as_array().unwrap();
    let strong = conflicts
        .iter()
        .filter(|c| c["score"].as_f64().unwrap() >= 0.9)
        .count();
    let page = seed_report("html");
    // What holds whatever the browser: one article per conflict, each id shown, nothing fetched.
    assert_eq!(
        page.matches("<article class=\"conflict\"").count(),
        conflicts.len()
    );
    for c in conflicts {
        assert!(page.contains(c["id"].as_str().unwrap()));
    }
    for fetch in ["http://", "https://", "src=", "<link"] {
        assert!(!page.contains(fetch), "the page fetches: {fetch}");
    }
    let Some(browser) = chromium() else {
        eprintln!(
            "skipped the browser check: no Chromium on this machine (install Debian's `chromium`, \
             as .ci/run does, or set CROSSCHECK_CHROMIUM)"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("crosscheck-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = page_with_checks(&page, &dir, CHECK);
    let checks = browser_checks(&browser, &file, &dir.join("profile"));
    let _ = std::fs::remove_dir_all(&dir);
    let get = |k: &str| -> &str {
        checks
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {k} in {checks:?}"))
    };
    assert_eq!(get("errors").trim(), "0", "script errors: {checks:?}");
    assert_eq!(get("conflicts"), conflicts.len().to_string());
    assert_eq!(get("conflicts_without_two_claims"), "0");
    assert_ne!(get("arabic_claims"), "0");
    assert_eq!(get("arabic_not_rtl"), "0", "{checks:?}");
    assert_eq!(get("english_not_ltr"), "0", "{checks:?}");
    assert!(get("visible_marks").parse::<usize>().unwrap() >= conflicts.len());
    assert_eq!(get("text_has_ids"), "true");
    assert_eq!(
        get("shown_before"),
        format!("{n} of {n} conflicts shown", n = conflicts.len())
    );
    assert_eq!(get("visible_at_0.9"), strong.to_string(), "{checks:?}");
}

/// Runs after the page is laid out: dismisses the first conflict, confirms the second with a
/// note, exports the review, and writes what the page then shows and the exported file.
const REVIEW: &str = r#"<script>
addEventListener("load", function () {
  var out = [];
  function put(k, v) { out.push(k + "=" + v); }
  var conflicts = Array.prototype.slice.call(document.querySelectorAll("article.conflict"));
  function visible(c) { return c.offsetParent !== null; }
  put("dismissed_id", conflicts[0].id.slice(2));
  put("confirmed_id", conflicts[1].id.slice(2));
  conflicts[0].querySelector("button.dismiss").click();
  conflicts[1].querySelector(".note").value = "two outlets, one event";
  conflicts[1].querySelector("button.confirm").click();
  put("first_visible_after_dismiss", visible(conflicts[0]));
  put("shown", document.getElementById("shown").textContent);
  var show = document.getElementById("show-dismissed");
  show.checked = true;
  show.dispatchEvent(new Event("change"));
  put("first_visible_when_shown", visible(conflicts[0]));
  document.getElementById("export").click();
  put("export", JSON.stringify(document.getElementById("review-export").value));
  put("errors", window.__errors.length + " " + window.__errors.join(" | "));
  var pre = document.createElement("pre");
  pre.id = "browser-check";
  pre.textContent = out.join("\n");
  document.body.appendChild(pre);
});
</script>"#;

/// The analyst's review in the page: a conflict dismissed is hidden (and shown again on asking),
/// one confirmed keeps its note, and the exported file is the review the CLI reads: run again
/// with it, the dismissed conflict is hidden and counted, the confirmed one marked.
#[test]
fn a_review_made_in_the_page_is_exported_and_read_back() {
    let Some(browser) = chromium() else {
        eprintln!("skipped the browser review check: no Chromium on this machine");
        return;
    };
    let json: serde_json::Value = serde_json::from_str(&seed_report("json")).unwrap();
    let conflicts = json["conflicts"].as_array().unwrap();
    let dir = std::env::temp_dir().join(format!("crosscheck-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = page_with_checks(&seed_report("html"), &dir, REVIEW);
    let checks = browser_checks(&browser, &file, &dir.join("profile"));
    let get = |k: &str| -> String {
        checks
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {k} in {checks:?}"))
    };
    assert_eq!(get("errors").trim(), "0", "script errors: {checks:?}");
    let (first, second) = (get("dismissed_id"), get("confirmed_id"));
    assert_eq!(get("first_visible_after_dismiss"), "false");
    assert_eq!(
        get("shown"),
        format!(
            "{} of {} conflicts shown",
            conflicts.len() - 1,
            conflicts.len()
        )
    );
    assert_eq!(get("first_visible_when_shown"), "true");
    let exported: String = serde_json::from_str(&get("export")).unwrap();
    let lines: Vec<serde_json::Value> = exported
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{exported}");
    let review = dir.join("review.jsonl");
    std::fs::write(&review, &exported).unwrap();
    let out = crosscheck()
        .args(["check", "seeds", "--format", "json", "--review"])
        .arg(&review)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let after: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(after["dismissed"], 1);
    let kept = after["conflicts"].as_array().unwrap();
    assert!(kept.iter().all(|c| c["id"] != first.as_str()));
    let marked = kept.iter().find(|c| c["id"] == second.as_str()).unwrap();
    assert_eq!(marked["review"]["verdict"], "confirmed");
    assert_eq!(marked["review"]["note"], "two outlets, one event");
}
