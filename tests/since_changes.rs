//! The changes between two versions (spec section 6) over a pair of files written with every
//! kind of change, against the spec's JSON written out by hand in
//! `tests/fixtures/since/changes.json`; the same through `git:REV` in a temporary repository;
//! and each kind of bad baseline named in a clear message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use goalboard::baseline::{BaselineError, BaselineSpec, Current, resolve};
use goalboard::compare::Changes;
use goalboard::figures::Figures;
use goalboard::load::load_path;
use goalboard::model::Dataset;
use goalboard::report::changes::{Origin, Since};
use goalboard::report::{Kind, Report};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/since")
        .join(name)
}

fn load(path: &Path) -> Dataset {
    let loaded = load_path(path);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.dataset.expect("a dataset")
}

fn expected() -> Value {
    let text = std::fs::read_to_string(fixture("changes.json")).expect("changes.json");
    serde_json::from_str(&text).expect("valid JSON")
}

/// The `changes` member of the JSON report comparing `old` with `new`.
fn changes_json(old: &Dataset, new: &Dataset, origin: &Origin) -> Value {
    let (old_f, new_f) = (Figures::compute(old), Figures::compute(new));
    let changes = Changes::between((old, &old_f), (new, &new_f));
    let since = Since {
        changes: &changes,
        baseline: old,
        origin,
    };
    let text = Report::all(new, &new_f)
        .with_since(since)
        .render(Kind::Json);
    let mut json: Value = serde_json::from_str(&text).expect("JSON");
    json["changes"].take()
}

#[test]
fn every_kind_of_change_as_the_spec_writes_it() {
    let (old, new) = (load(&fixture("old.json")), load(&fixture("new.json")));
    let origin = Origin::File("old.json".into());
    assert_eq!(changes_json(&old, &new, &origin), expected());
    // The older version's figures as a comparison reads them give the same changes.
    let new_f = Figures::compute(&new);
    assert_eq!(
        Changes::between((&old, &Figures::for_comparison(&old)), (&new, &new_f)),
        Changes::between((&old, &Figures::compute(&old)), (&new, &new_f)),
    );
}

#[test]
fn nothing_changed_means_every_list_empty() {
    let new = load(&fixture("new.json"));
    let json = changes_json(&new, &new, &Origin::File("new.json".into()));
    for key in ["goals", "indicators", "initiatives"] {
        assert_eq!(json[key], serde_json::json!([]), "{key}");
    }
    let empty = serde_json::json!({"goals": [], "indicators": [], "initiatives": []});
    assert_eq!(json["added"], empty);
    assert_eq!(json["removed"], empty);
}

/// A temporary git repository with `data/goals.json` committed twice: the older version on
/// 2017-03-01, the current one on 2017-06-01.
struct Repo(PathBuf);

impl Repo {
    fn new(name: &str) -> Self {
        let repo = Self::empty(name);
        std::fs::create_dir_all(repo.0.join("data")).expect("temp dir");
        repo.commit("old.json", "2017-03-01T12:00:00");
        repo.commit("new.json", "2017-06-01T12:00:00");
        repo
    }

    /// A repository with no commit yet.
    fn empty(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("goalboard-since-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let repo = Repo(dir);
        repo.git(&["init", "-q"], None);
        repo
    }

    fn file(&self) -> PathBuf {
        self.0.join("data/goals.json")
    }

    fn git(&self, args: &[&str], date: Option<&str>) -> Output {
        let mut cmd = Command::new("git");
        cmd.arg("-C")
            .arg(&self.0)
            .args([
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.invalid",
            ])
            .args(["-c", "commit.gpgsign=false"])
            .args(args);
        if let Some(date) = date {
            cmd.env("GIT_AUTHOR_DATE", date)
                .env("GIT_COMMITTER_DATE", date);
        }
        let out = cmd.output().expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn commit(&self, version: &str, date: &str) {
        std::fs::copy(fixture(version), self.file()).expect("copy");
        self.git(&["add", "data/goals.json"], None);
        self.git(&["commit", "-q", "-m", version], Some(date));
    }
}

impl Drop for Repo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_same_changes_through_git_by_revision_and_by_day() {
    let repo = Repo::new("git");
    let new = load(&repo.file());
    for rev in ["HEAD~1", "2017-04-15"] {
        let baseline = resolve(
            &BaselineSpec::parse(&format!("git:{rev}")),
            Current::File(&repo.file()),
            None,
        )
        .unwrap_or_else(|e| panic!("{rev}: {e}"));
        let Origin::Git { day, .. } = &baseline.origin else {
            panic!("{rev}: {:?}", baseline.origin);
        };
        assert_eq!(
            day.map(|d| d.to_string()).as_deref(),
            Some("2017-03-01"),
            "{rev}"
        );
        assert_eq!(
            changes_json(&baseline.dataset, &new, &baseline.origin),
            expected(),
            "{rev}"
        );
    }
    let at_head = resolve(
        &BaselineSpec::Git("HEAD".into()),
        Current::File(&repo.file()),
        None,
    )
    .expect("HEAD");
    assert_eq!(at_head.dataset, new);
}

/// Copies a folder's files (recursively) into another.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("readable") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

#[test]
fn an_open_sdg_repository_through_git_and_as_a_folder() {
    let repo = Repo::empty("opensdg");
    let site = repo.0.join("site");
    let starter = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/opensdg/starter");
    copy_tree(&starter, &site);
    repo.git(&["add", "-A"], None);
    repo.git(&["commit", "-q", "-m", "old"], Some("2017-03-01T12:00:00"));
    let csv = site.join("data/indicator_1-2-1.csv");
    let text = std::fs::read_to_string(&csv).expect("csv");
    let text = text.replace("2016,,,18\n", "2016,,,17\n2017,,,16.5\n");
    std::fs::write(&csv, text).expect("write");
    repo.git(&["commit", "-q", "-am", "new"], Some("2017-06-01T12:00:00"));
    let current = load_path(&site).dataset.expect("the repository loads");
    let current_f = Figures::compute(&current);
    let through_git = resolve(
        &BaselineSpec::parse("git:HEAD~1"),
        Current::File(&site),
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        through_git.dataset.title, current.title,
        "the folder's own name"
    );
    let as_folder = resolve(
        &BaselineSpec::File(starter.clone()),
        Current::File(&site),
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    for baseline in [through_git, as_folder] {
        let old_f = Figures::compute(&baseline.dataset);
        let changes = Changes::between((&baseline.dataset, &old_f), (&current, &current_f));
        let summary = changes.summary();
        assert_eq!(
            (summary.new_values, summary.revised, summary.removed_values),
            (1, 1, 0),
            "{changes:#?}"
        );
        assert_eq!(changes.indicators.len(), 1, "{changes:#?}");
    }
    let status = repo.git(&["status", "--porcelain"], None);
    assert!(
        status.stdout.is_empty(),
        "the repository's index and tree untouched"
    );
    let before = message(resolve(
        &BaselineSpec::parse("git:2016-01-01"),
        Current::File(&site),
        None,
    ));
    assert!(
        before.contains("no commit on or before 2016-01-01"),
        "{before}"
    );
    let other = repo.0.join("other");
    copy_tree(&starter, &other);
    let missing = message(resolve(
        &BaselineSpec::parse("git:HEAD"),
        Current::File(&other),
        None,
    ));
    assert!(
        missing.contains("is not in git revision 'HEAD'"),
        "{missing}"
    );
}

fn message(result: Result<goalboard::baseline::Baseline, BaselineError>) -> String {
    match result {
        Ok(_) => panic!("the baseline should fail"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn bad_git_baselines_name_what_failed() {
    let repo = Repo::new("bad");
    let file = repo.file();
    let unknown = message(resolve(
        &BaselineSpec::Git("nope~9".into()),
        Current::File(&file),
        None,
    ));
    assert!(
        unknown.starts_with("git has no revision 'nope~9':"),
        "{unknown}"
    );
    let early = message(resolve(
        &BaselineSpec::Git("2000-01-01".into()),
        Current::File(&file),
        None,
    ));
    assert!(
        early.contains("no commit on or before 2000-01-01"),
        "{early}"
    );
    let dash = message(resolve(
        &BaselineSpec::Git("--output=x".into()),
        Current::File(&file),
        None,
    ));
    assert!(dash.contains("start with '-'"), "{dash}");
    std::fs::write(repo.0.join("data/untracked.json"), b"{}").expect("write");
    let untracked = repo.0.join("data/untracked.json");
    let missing = message(resolve(
        &BaselineSpec::Git("HEAD".into()),
        Current::File(&untracked),
        None,
    ));
    assert!(
        missing.starts_with("'untracked.json' is not in git revision 'HEAD':"),
        "{missing}"
    );
    let outside =
        std::env::temp_dir().join(format!("goalboard-since-norepo-{}", std::process::id()));
    std::fs::create_dir_all(&outside).expect("dir");
    let lone = outside.join("goals.json");
    std::fs::copy(fixture("new.json"), &lone).expect("copy");
    let not_repo = message(resolve(
        &BaselineSpec::Git("HEAD".into()),
        Current::File(&lone),
        None,
    ));
    assert!(
        not_repo.contains("is not in a git repository: fatal: not a git repository"),
        "{not_repo}"
    );
    let _ = std::fs::remove_dir_all(outside);
    let bundled = message(resolve(
        &BaselineSpec::Git("HEAD".into()),
        Current::Bundled,
        None,
    ));
    assert!(
        bundled.contains("bundled dataset has no git history"),
        "{bundled}"
    );
}

#[test]
fn a_baseline_file_that_does_not_parse_or_has_errors_is_named_with_its_problems() {
    let dir = std::env::temp_dir().join(format!("goalboard-since-badfile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, b"{\"format\": \"goalboard/1\", ").expect("write");
    let text = message(resolve(
        &BaselineSpec::File(broken.clone()),
        Current::Bundled,
        None,
    ));
    assert!(
        text.starts_with(&format!("the baseline '{}' has errors:", broken.display())),
        "{text}"
    );
    assert!(text.contains("broken.json:1:"), "line and column: {text}");
    let invalid = dir.join("invalid.json");
    std::fs::write(&invalid, br#"{"format": "goalboard/1", "title": "t", "goals": [{"id": "g", "title": "x", "indicators": [{"id": "i", "title": "i", "series": [{"date": "2016-13", "value": 1}]}]}]}"#).expect("write");
    let text = message(resolve(
        &BaselineSpec::File(invalid),
        Current::Bundled,
        None,
    ));
    assert!(
        text.contains("goals[0].indicators[0].series[0].date"),
        "the JSON path: {text}"
    );
    let gone = message(resolve(
        &BaselineSpec::File(dir.join("gone.json")),
        Current::Bundled,
        None,
    ));
    assert!(gone.contains("no such file"), "{gone}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn report_since_exits_2_with_the_message_and_leads_every_format_with_the_changes() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_goalboard"))
            .arg("report")
            .arg(fixture("new.json"))
            .args(args)
            .output()
            .expect("the binary runs")
    };
    let old = fixture("old.json");
    let old = old.to_str().expect("UTF-8");
    let bad = run(&["--since", "/nonexistent/old.json"]);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.starts_with("error: --since: the baseline '/nonexistent/old.json' has errors:"),
        "{stderr}"
    );
    let text = String::from_utf8(run(&["--since", old, "--lang", "en"]).stdout).expect("UTF-8");
    assert!(text.starts_with("Changes since "), "{text}");
    assert!(
        text.contains("2 More young people in education: at risk → missed"),
        "{text}"
    );
    let md =
        String::from_utf8(run(&["--since", old, "--format", "markdown"]).stdout).expect("UTF-8");
    assert!(md.starts_with("# Changes since "), "{md}");
    assert!(
        md.contains("## 1 Fewer homeless\n\n- note mar 2017: The December count is in\n"),
        "{md}"
    );
    let csv = String::from_utf8(run(&["--since", old, "--format", "csv"]).stdout).expect("UTF-8");
    assert!(
        csv.starts_with("change,kind,id,parent_kind,parent_id,date,old,new,text\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\nrevised_point,indicator,homeless,goal,g1,2016-06,,40,\r\n"),
        "{csv}"
    );
    for row in [
        "revised_point,breakdown,Sex=Women,indicator,homeless,2016-05,20,21,",
        "new_point,breakdown,Sex=Women,indicator,homeless,2016-12,,15,",
        "added,breakdown,Sex=Other,indicator,homeless,,,,",
        "new_point,breakdown,Sex=Other,indicator,homeless,2016-12,,1,",
        "removed,breakdown,Sex=Men,indicator,homeless,,,,",
        "removed_point,breakdown,Sex=Men,indicator,homeless,2016-05,32,,",
    ] {
        assert!(csv.contains(&format!("\r\n{row}\r\n")), "{row}\n{csv}");
    }
    let scoped =
        String::from_utf8(run(&["--since", old, "--format", "json", "--goal", "g2"]).stdout)
            .expect("UTF-8");
    let json: Value = serde_json::from_str(&scoped).expect("JSON");
    let ids: Vec<&str> = json["changes"]["indicators"]
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["education"]);
}

#[test]
fn a_review_mark_survives_a_restart_and_is_the_dashboards_default() {
    use goalboard::settings::{Paths, ReviewKey, Reviews};
    let dir = std::env::temp_dir().join(format!("goalboard-since-mark-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("goals.json");
    let paths = Paths {
        config: dir.join("config.toml"),
        state: dir.join("state").join("state.json"),
    };
    // Marked reviewed while the file held the older version; the file has moved on since.
    std::fs::copy(fixture("old.json"), &file).expect("copy");
    let at = chrono::DateTime::parse_from_rfc3339("2017-03-20T10:15:00+01:00").expect("a time");
    let content = std::fs::read(&file).expect("read");
    Reviews::beside(&paths.state)
        .mark(&ReviewKey::file(&file), &content, at)
        .expect("the mark is kept");
    std::fs::copy(fixture("new.json"), &file).expect("copy");
    // A new process: nothing but the state directory carries the mark over.
    let read = goalboard::tui::since::read_baseline(
        None,
        Current::File(&file),
        Some(&paths),
        goalboard::model::Lang::En,
    );
    let baseline = match read {
        Some(Ok(baseline)) => baseline,
        Some(Err(e)) => panic!("{e}"),
        None => panic!("the mark should be the default baseline"),
    };
    let day = chrono::NaiveDate::from_ymd_opt(2017, 3, 20).expect("a day");
    assert_eq!(baseline.origin, Origin::Review(day));
    let new = load(&file);
    assert_eq!(
        changes_json(&baseline.pair.0, &new, &baseline.origin),
        expected()
    );
    std::fs::remove_dir_all(&dir).expect("clean up");
}
