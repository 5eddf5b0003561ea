//! The second round of hostile input (issue 19), each defect run as the real binary: files that
//! are not files (a named pipe, an endless device), output that cannot be written (a full
//! disk, a closed pipe), escapes where the sanitiser did not look (config warnings, `check`'s
//! JSON), and data that is valid but extreme (deep unknown members, 100,000 points, 1e308,
//! year 0000, wide encodings, formula-like ids, repeated ids).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_goalboard"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("HOME", std::env::temp_dir())
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_STATE_HOME");
    cmd
}

/// Runs `cmd` and waits at most 20 s: a hang is a failure, not a stuck test.
fn run(mut cmd: Command) -> Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let pid = child.id().to_string();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if wait.recv_timeout(Duration::from_secs(20)).is_err() {
            let _ = Command::new("kill").args(["-9", &pid]).status();
            return true;
        }
        false
    });
    let output = child.wait_with_output().expect("its output");
    let _ = done.send(());
    assert!(!watchdog.join().expect("the watchdog"), "{cmd:?} hung");
    output
}

fn goalboard(args: &[&str]) -> Output {
    let mut cmd = bin();
    cmd.args(args);
    run(cmd)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("goalboard-r2-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    dir
}

/// tests/bad/ok.json as a value, to change and write.
fn ok_dataset() -> Value {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad/ok.json"))
            .expect("tests/bad/ok.json");
    serde_json::from_str(&text).expect("ok.json parses")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("a file");
    path.to_string_lossy().into_owned()
}

// Items 5 and 9: only regular files are read, at once.

#[test]
fn a_named_pipe_or_a_device_is_refused_at_once() {
    let dir = temp_dir("fifo");
    let fifo = dir.join("data.json");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let fifo = fifo.to_string_lossy().into_owned();
    let link = dir.join("zero.json");
    std::os::unix::fs::symlink("/dev/zero", &link).expect("a link");
    let link = link.to_string_lossy().into_owned();
    for (file, kind) in [
        (fifo.as_str(), "a named pipe (FIFO)"),
        ("/dev/zero", "a character device"),
        (link.as_str(), "a character device"),
    ] {
        for args in [&["check", file][..], &["report", file]] {
            let started = Instant::now();
            let out = goalboard(args);
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{args:?} took long"
            );
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
            assert!(
                said.contains(&format!("is {kind}, not a dataset file")),
                "{args:?}: {said}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn config_and_state_linked_to_an_endless_device_are_refused() {
    let dir = temp_dir("settings");
    let state_dir = dir.join("state/goalboard");
    std::fs::create_dir_all(&state_dir).expect("a state directory");
    std::os::unix::fs::symlink("/dev/zero", state_dir.join("state.json")).expect("a link");
    let mut cmd = bin();
    cmd.args(["config", "--config", "/dev/zero"])
        .env("XDG_STATE_HOME", dir.join("state"));
    let started = Instant::now();
    let out = run(cmd);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.matches("a character device").count(), 2, "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

// Item 8: a failed write is an error; a closed pipe ends quietly.

#[test]
fn a_full_disk_is_an_error_in_every_subcommand() {
    let dir = temp_dir("full");
    let config = write(&dir, "c.toml", b"theme = \"light\"\n");
    for args in [
        &["check", "tests/bad/ok.json"][..],
        &["check", "--format", "json", "tests/bad/ok.json"],
        &["report", "tests/bad/ok.json"],
        &["report", "--format", "markdown", "tests/bad/ok.json"],
        &["report", "--format", "json", "tests/bad/ok.json"],
        &["report", "--format", "csv", "tests/bad/ok.json"],
        &["schema"],
        &["config", "--config", &config],
        &["--help"],
        &["--version"],
        &["check", "--help"],
    ] {
        let mut cmd = bin();
        cmd.args(args);
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = cmd
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write the output"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_closed_pipe_ends_quietly_with_the_verdict() {
    let dir = temp_dir("pipe");
    let config = write(&dir, "c.toml", b"theme = \"light\"\n");
    for (args, status) in [
        (&["config", "--config", &config][..], 0),
        (&["schema"], 0),
        (&["--help"], 0),
        (&["report", "tests/bad/ok.json"], 0),
        (&["check", "--format", "json", "tests/bad/ok.json"], 0),
        (&["check", "tests/bad/unknown-goal.json"], 2),
    ] {
        let mut child = bin()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        // No reader: the first write meets a closed pipe (as `goalboard config | true`).
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("its output");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(status), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("cannot write"), "{args:?}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// Items 3 and 4: escapes in check's JSON and in config warnings.

#[test]
fn check_json_escapes_c1_bidi_and_separators_in_file_message_and_path() {
    let dir = temp_dir("json");
    let mut ds = ok_dataset();
    ds["goals"][0]["owners"][0] = json!("x\u{9b}2J\u{202e}\u{2066}\u{2028}\u{61c}\u{206a}");
    ds["goals"][0]["x\u{9b}y\u{202e}"] = json!(1);
    let file = write(
        &dir,
        "bad\u{9b}2J\u{202e}.json",
        serde_json::to_string(&ds).expect("json").as_bytes(),
    );
    let out = goalboard(&["check", "--format", "json", &file]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = text(&out.stdout);
    let unsafe_chars: Vec<char> = stdout
        .chars()
        .filter(|c| matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{61c}' | '\u{206a}'..='\u{206f}'))
        .collect();
    assert!(unsafe_chars.is_empty(), "{unsafe_chars:?} in {stdout}");
    assert!(stdout.contains("bad\\u009b2J\\u202e.json"), "{stdout}");
    // It reads back as the data: the file name, the message and the path as they are.
    let read: Value = serde_json::from_str(&stdout).expect("check's JSON parses");
    let all = read.as_array().expect("a list");
    assert!(all.iter().all(|d| d["file"] == json!(file)), "{stdout}");
    assert!(
        all.iter().any(|d| d["path"]
            .as_str()
            .is_some_and(|p| p.contains("x\u{9b}y\u{202e}"))),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn config_warnings_quote_keys_and_values_sanitised() {
    let dir = temp_dir("config");
    for (name, toml) in [
        ("key.toml", "\"\\u001b]0;TITLE\\u0007\\u001b[2J\" = 1\n"),
        (
            "value.toml",
            "theme = \"\\u001b]0;TITLE\\u0007\\u001b[2J\"\n",
        ),
    ] {
        let config = write(&dir, name, toml.as_bytes());
        let out = goalboard(&["config", "--config", &config]);
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with("warning: "), "{stderr}");
        assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
        assert!(!stderr.contains('\u{7}'), "{stderr:?}");
        assert!(stderr.contains("\u{fffd}]0;TITLE"), "{stderr:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// Items 10–14: extreme but valid data.

#[test]
fn reports_cap_sparklines_and_defuse_ids_and_show_huge_numbers_and_early_years() {
    let dir = temp_dir("extreme");
    let mut ds = ok_dataset();
    // 100,000 days, a few hundred years from the year 1000 (28 days a month is enough).
    let series: Vec<Value> = (0..100_000)
        .map(|i| {
            let date = format!(
                "{:04}-{:02}-{:02}",
                1000 + i / 336,
                1 + (i / 28) % 12,
                1 + i % 28
            );
            json!({"date": date, "value": i % 9})
        })
        .collect();
    let points = series.len();
    ds["goals"][0]["indicators"][0]["series"] = Value::Array(series);
    ds["goals"][0]["indicators"][0]
        .as_object_mut()
        .map(|o| o.remove("target"));
    ds["goals"][0]["id"] = json!("-1-2");
    ds["initiatives"][0]["goals"][0] = json!("-1-2");
    ds["initiatives"][0]["measures"][0]["series"] =
        json!([{"date": "0000", "value": 50}, {"date": "0001", "value": 1e308}]);
    ds["initiatives"][0]["measures"][0]
        .as_object_mut()
        .map(|o| o.remove("comparisons"));
    let file = write(
        &dir,
        "extreme.json",
        serde_json::to_string(&ds).expect("json").as_bytes(),
    );
    assert_eq!(points, 100_000);
    for format in ["text", "markdown"] {
        let out = goalboard(&["report", "--format", format, &file]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let report = text(&out.stdout);
        let widest = report.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest < 400, "{format}: a line of {widest} characters");
        let stderr = text(&out.stderr);
        assert!(!stderr.contains("0000000000000000000000"), "{stderr}");
        assert!(report.contains('…'), "{format}");
        let longest_digits = report
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        assert!(
            longest_digits < 20,
            "{format}: {longest_digits} digits in a row"
        );
        assert!(
            report.contains("siden 0000") || report.contains("since 0000"),
            "{format}: {report}"
        );
        assert!(
            !report.contains("since 0 ") && !report.contains("siden 0 "),
            "{format}"
        );
    }
    let csv = text(&goalboard(&["report", "--format", "csv", &file]).stdout);
    assert!(
        csv.lines()
            .nth(1)
            .is_some_and(|row| row.starts_with("indicator,'-1-2,")),
        "{csv}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_deep_unknown_member_is_refused_like_any_deep_value() {
    let dir = temp_dir("deep");
    let depth = 5_000_000;
    let json = format!(
        "{{\"format\": \"goalboard/1\", \"title\": \"t\", \"goals\": [], \"x\": {}1{}}}",
        "{\"a\":".repeat(depth),
        "}".repeat(depth)
    );
    let file = write(&dir, "deep.json", json.as_bytes());
    let out = goalboard(&["check", &file]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    assert!(stdout.contains("nested deeper than 128 levels"), "{stdout}");
    assert!(stdout.contains(": x.a.a.a"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wide_encodings_are_named() {
    let dir = temp_dir("encodings");
    let json = "{\"format\": \"goalboard/1\"}";
    let be16: Vec<u8> = json.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let le32: Vec<u8> = [
        &b"\xFF\xFE\0\0"[..],
        &json
            .chars()
            .flat_map(|c| u32::from(c).to_le_bytes())
            .collect::<Vec<_>>(),
    ]
    .concat();
    for (name, bytes, encoding) in [("be16.json", be16, "UTF-16"), ("le32.json", le32, "UTF-32")] {
        let file = write(&dir, name, &bytes);
        let stdout = text(&goalboard(&["check", &file]).stdout);
        assert!(
            stdout.contains(&format!("the file is {encoding}, not UTF-8")),
            "{name}: {stdout}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn repeated_goals_owners_codes_and_backward_dates_are_warned_about() {
    let dir = temp_dir("repeats");
    let mut ds = ok_dataset();
    ds["initiatives"][0]["goals"] = json!(["g1", "g1", "g1"]);
    ds["initiatives"][0]["owners"] = json!(["bolig", "bolig"]);
    ds["initiatives"][0]["start"] = json!("2019");
    ds["initiatives"][0]["end"] = json!("2018-06");
    let mut second = ds["goals"][0].clone();
    second["id"] = json!("g2");
    second["indicators"][0]["id"] = json!("uden-bolig-2");
    if let Some(goals) = ds["goals"].as_array_mut() {
        goals.push(second);
    }
    let file = write(
        &dir,
        "repeats.json",
        serde_json::to_string_pretty(&ds).expect("json").as_bytes(),
    );
    let out = goalboard(&["check", &file]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    for (path, says) in [
        ("initiatives[0].goals[0]", "goal 'g1' is named 3 times"),
        ("initiatives[0].owners[0]", "owner 'bolig' is named 2 times"),
        (
            "initiatives[0].end",
            "ends (2018-06) before it starts (2019)",
        ),
        (
            "goals[1].code",
            "goal code '1' is also the code of goal 'g1'",
        ),
    ] {
        assert!(
            stdout.lines().any(|l| l.starts_with("warning: ")
                && l.contains(&format!(": {path}: "))
                && l.contains(says)),
            "{path}: {stdout}"
        );
    }
    assert!(stdout.ends_with(": ok, 4 warnings\n"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
