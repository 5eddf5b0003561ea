//! Live reload on the real binary in a pseudo-terminal, on a temporary copy of a small
//! dataset: a save by rename (as editors and `sed -i` do) shows on screen with the selection
//! kept; a broken save (invalid JSON, and separately a check error) keeps the last good data
//! with a banner naming the error; fixing the file takes the banner away. `e` runs `$EDITOR`
//! (a small script) at the selected goal's line, in a terminal handed over (alternate screen
//! left, modes cooked) and taken back (the whole screen drawn again, the edit shown); SIGTERM
//! while the editor runs reaches the editor, and SIGINT is the editor's alone.
//!
//! Waits poll the screen or the files; the limits only stop a hung test.

mod hostile_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use hostile_support::pty::{Session, Start, find_all, private_home, repo};

const SIZE: (u16, u16) = (100, 30);
const GOAL_7: &str = "Færre skal være hjemløse";

/// A directory of the test's own with a copy of the small dataset as `data.json`.
fn data_dir(name: &str) -> (PathBuf, PathBuf) {
    let dir = private_home(&format!("{name}-data"));
    let file = dir.join("data.json");
    std::fs::copy(repo("tests/fixtures/tui-small.json"), &file).expect("the fixture is copied");
    (dir, file)
}

fn small_text() -> String {
    std::fs::read_to_string(repo("tests/fixtures/tui-small.json")).expect("the fixture")
}

/// Saves as editors do: a temporary file beside it, renamed over it.
fn save_by_rename(file: &Path, text: &str) {
    let tmp = file.with_extension("json.tmp");
    std::fs::write(&tmp, text).expect("the temporary file is written");
    std::fs::rename(&tmp, file).expect("renamed over the file");
}

fn start(name: &str, file: &Path, env: &[(&str, &str)]) -> Session {
    let path = file.to_str().expect("a UTF-8 temporary path");
    let mut session = Session::start(
        name,
        &Start {
            args: &[path],
            size: SIZE,
            env,
            ..Start::default()
        },
    );
    session.wait_for_text(GOAL_7);
    // Goal 7 selected (the second goal).
    session.send(b"j");
    session.wait_for("goal 7 selected", |s| {
        s.contents().lines().any(|l| l.starts_with("▸ 7"))
    });
    session
}

fn selected_row(screen: &vt100::Screen) -> String {
    screen
        .contents()
        .lines()
        .find(|l| l.starts_with('▸'))
        .unwrap_or_default()
        .to_owned()
}

/// The banner's rows (under the two lines of the overview's header), as one line.
fn banner(screen: &vt100::Screen) -> String {
    // One row, or two for an error too long for one (the goals pane's rule comes next).
    let contents = screen.contents();
    let mut rows = contents.lines().skip(2).take(2).map(str::trim_end);
    let first = rows.next().unwrap_or_default().to_owned();
    match rows.next() {
        Some(second) if !second.starts_with('─') => format!("{first} {second}"),
        _ => first,
    }
}

/// The first error of `text` as `check --lang da` prints it for `file`: the dashboard runs in
/// Danish.
fn first_error(file: &Path, text: &str) -> String {
    let loaded = goalboard::load::load_bytes(text.as_bytes(), &file.display().to_string());
    let error = loaded.errors().next().expect("an error");
    error.in_lang(goalboard::model::Lang::Da)
}

/// Whether the banner shows `error` (as much of it as fits at this width: the banner cuts
/// it with `…` to keep its last words).
fn shows(screen: &vt100::Screen, error: &str) -> bool {
    let shown: String = format!("✗ {error}").chars().take(68).collect();
    banner(screen).starts_with(&shown)
}

fn quit(mut session: Session) {
    session.send(b"q");
    let status = session.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_restored(session);
}

/// After the program exited: the terminal is as it was before it.
fn assert_restored(session: Session) {
    assert!(
        session.cooked(),
        "the terminal is cooked again: {:?}",
        session.local_modes()
    );
    let (_, parser) = session.finish_screen();
    let screen = parser.screen();
    assert!(!screen.alternate_screen(), "not on the alternate screen");
    assert!(!screen.hide_cursor(), "the cursor shows");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is off"
    );
}

#[test]
fn saves_show_and_broken_saves_keep_the_last_good_data() {
    let (dir, file) = data_dir("reload");
    let mut session = start("reload", &file, &[]);
    let text = small_text();

    // Idle with a file watched: the loop wakes to look for changes, but writes nothing. (The
    // one wait here that is not for a condition: nothing is the condition.)
    let idle = session.bytes().len();
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(session.bytes().len(), idle, "bytes written while idle");

    // A save by rename: the new title, still selected.
    let renamed = text.replace(GOAL_7, "Ingen skal være hjemløse");
    let saved = Instant::now();
    save_by_rename(&file, &renamed);
    session.wait_for("the new title, selected", |s| {
        selected_row(s).contains("Ingen skal være hjemløse")
    });
    eprintln!("a save by rename showed after {:?}", saved.elapsed());

    // Invalid JSON: the last good data stays, under the error as `check` prints it.
    let broken = renamed.replacen("\"goals\": [", "\"goals\": [,", 1);
    save_by_rename(&file, &broken);
    let expected = first_error(&file, &broken);
    assert!(expected.starts_with(&format!("fejl: {}:", file.display())));
    session.wait_for("the banner for invalid JSON", |s| shows(s, &expected));
    let screen = session.parser().screen().clone();
    assert!(
        selected_row(&screen).contains("Ingen skal være hjemløse"),
        "the last good data stays:\n{}",
        screen.contents()
    );
    assert!(
        banner(&screen).ends_with("(sidste gode version vises)"),
        "{}",
        screen.contents()
    );

    // A check error (valid JSON): its path in the banner.
    let bad = renamed.replacen(
        "\"direction\": \"decrease\",\n          \"series\"",
        "\"direction\": \"sideways\",\n          \"series\"",
        1,
    );
    assert_ne!(bad, renamed, "the fixture has the direction to break");
    save_by_rename(&file, &bad);
    let expected = first_error(&file, &bad);
    assert!(expected.contains(": goals[1].ind"), "{expected}");
    session.wait_for("the banner for the check error", |s| shows(s, &expected));
    assert!(selected_row(session.parser().screen()).contains("Ingen skal være hjemløse"));

    // Fixed, written in place this time: the banner goes, the change shows.
    std::fs::write(&file, text.replace(GOAL_7, "Færre hjemløse")).expect("written in place");
    session.wait_for("the fix, without the banner", |s| {
        selected_row(s).contains("Færre hjemløse") && !s.contents().contains("fejl:")
    });

    // Gone, then back (a save that deletes first): a banner, then the data.
    std::fs::remove_file(&file).expect("removed");
    session.wait_for("the banner for a vanished file", |s| {
        banner(s).contains("filen findes ikke")
    });
    save_by_rename(&file, &text);
    session.wait_for("the file back", |s| {
        selected_row(s).contains(GOAL_7) && !s.contents().contains("fejl:")
    });

    // `r` by hand: nothing changed, nothing drawn, nothing breaks.
    session.send(b"r");
    session.send(b"j");
    session.wait_for("the next goal", |s| selected_row(s).starts_with("▸ 8"));
    quit(session);
    let _ = std::fs::remove_dir_all(dir);
}

/// Writes an executable shell script.
fn script(path: &Path, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, format!("#!/bin/sh\n{body}")).expect("the script is written");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .expect("the script is executable");
}

fn wait_for_file(session: &mut Session, path: &Path) {
    session.wait_until(&format!("{} written", path.display()), |_| path.exists());
}

#[test]
fn e_runs_the_editor_at_the_line_and_comes_back() {
    let (dir, file) = data_dir("edit");
    let argv = dir.join("argv.txt");
    let modes = dir.join("stty.txt");
    // Named as an editor that takes `+LINE`, in a directory whose name has a space.
    std::fs::create_dir_all(dir.join("my editors")).expect("a directory");
    let editor = dir.join("my editors/vim");
    // Records its arguments and the terminal's modes, edits the last argument, says so.
    script(
        &editor,
        &format!(
            "printf '%s\\n' \"$@\" > '{argv}.tmp' && mv '{argv}.tmp' '{argv}'\n\
             stty -a > '{modes}'\n\
             for last; do :; done\n\
             sed -i 's/{GOAL_7}/Redigeret i editoren/' \"$last\"\n\
             echo 'THE EDITOR RAN'\n",
            argv = argv.display(),
            modes = modes.display(),
        ),
    );
    // Quoted, as a shell would need it: the path has a space.
    let editor_var = format!("'{}' --wait", editor.display());
    let mut session = start("edit", &file, &[("EDITOR", &editor_var)]);
    let before = session.bytes().len();
    session.send(b"e");
    wait_for_file(&mut session, &argv);
    session.wait_for("the edit, on a redrawn screen", |s| {
        s.alternate_screen()
            && selected_row(s).contains("Redigeret i editoren")
            && !s.contents().contains("THE EDITOR RAN")
            && s.contents().contains("q afslut")
    });

    // The goal's line: its `{` is on the line before its id.
    let text = small_text();
    let id_line = text
        .lines()
        .position(|l| l.contains("\"id\": \"g7\""))
        .expect("goal 7 in the fixture")
        + 1;
    let args = std::fs::read_to_string(&argv).expect("the arguments");
    assert_eq!(
        args.lines().collect::<Vec<_>>(),
        [
            "--wait",
            &format!("+{}", id_line - 1),
            file.to_str().expect("UTF-8")
        ],
        "the editor's arguments"
    );
    let stty = std::fs::read_to_string(&modes).expect("the modes");
    for mode in ["icanon", "echo", "isig"] {
        assert!(
            stty.split_whitespace().any(|w| w == mode),
            "{mode} is on while the editor runs: {stty}"
        );
    }
    // The alternate screen was left before the editor wrote, and entered again after.
    let bytes = session.bytes()[before..].to_vec();
    let ran = find_all(&bytes, b"THE EDITOR RAN")[0];
    let left = find_all(&bytes, b"\x1b[?1049l");
    let entered = find_all(&bytes, b"\x1b[?1049h");
    assert!(left.iter().any(|&i| i < ran), "left before the editor");
    assert!(entered.iter().any(|&i| i > ran), "entered after the editor");
    assert!(
        find_all(&bytes, b"\x1b[?1000h").iter().any(|&i| i > ran),
        "the mouse is on again"
    );
    quit(session);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sigterm_while_the_editor_runs_reaches_the_editor() {
    let (dir, file) = data_dir("edit-term");
    let started = dir.join("started");
    let got = dir.join("got-term");
    let editor = dir.join("editor.sh");
    // Takes the terminal raw, as an editor does, and waits; on SIGTERM notes it and exits
    // without restoring anything (as vim does when killed).
    script(
        &editor,
        &format!(
            "trap 'touch \"{got}\"; exit 0' TERM\n\
             stty raw -echo\n\
             printf '\\033[?1049h\\033[?1000h'\n\
             touch '{started}'\n\
             while :; do sleep 0.05; done\n",
            got = got.display(),
            started = started.display(),
        ),
    );
    let editor_var = editor.display().to_string();
    let mut session = start("edit-term", &file, &[("VISUAL", &editor_var)]);
    session.send(b"e");
    wait_for_file(&mut session, &started);
    session.signal("TERM");
    let status = session.wait_exit();
    assert_eq!(status.exit_code(), 143, "{status:?}");
    assert!(got.exists(), "the editor got SIGTERM");
    assert_restored(session);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_editor_that_leaves_its_modes_behind_does_not_break_the_terminal() {
    let (dir, file) = data_dir("edit-raw");
    let editor = dir.join("editor.sh");
    script(&editor, "stty raw -echo\nprintf '\\033[?1000h'\nexit 1\n");
    let editor_var = editor.display().to_string();
    let mut session = start("edit-raw", &file, &[("EDITOR", &editor_var)]);
    let before = session.bytes().len();
    session.send(b"e");
    session.wait_until("the dashboard back", |s| {
        find_all(&s.bytes()[before..], b"\x1b[?1049h").len() == 1
    });
    session.wait_for("the dashboard drawn", |s| s.contents().contains("q afslut"));
    assert!(session.raw(), "raw again, as the dashboard runs");
    quit(session);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn sigint_while_the_editor_runs_is_the_editors() {
    let (dir, file) = data_dir("edit-int");
    let started = dir.join("started");
    let stop = dir.join("stop");
    let editor = dir.join("editor.sh");
    script(
        &editor,
        &format!(
            "trap '' INT\n\
             touch '{started}'\n\
             while [ ! -e '{stop}' ]; do sleep 0.05; done\n",
            started = started.display(),
            stop = stop.display(),
        ),
    );
    let editor_var = editor.display().to_string();
    let mut session = start("edit-int", &file, &[("EDITOR", &editor_var)]);
    session.send(b"e");
    wait_for_file(&mut session, &started);
    session.signal("INT");
    // Give a wrong exit the time to happen: this is the one wait that is not for a condition.
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        session.running(),
        "SIGINT went to the editor, not the dashboard"
    );
    std::fs::write(&stop, "").expect("the editor is told to stop");
    session.wait_for("the dashboard back", |s| {
        s.alternate_screen() && s.contents().contains("q afslut")
    });
    quit(session);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn e_with_an_editor_that_does_not_start_says_so() {
    let (dir, file) = data_dir("edit-missing");
    let mut session = start(
        "edit-missing",
        &file,
        &[("EDITOR", "/no/such/editor --flag")],
    );
    session.send(b"e");
    session.wait_for("the note", |s| {
        banner(s).starts_with("ℹ editoren startede ikke: /no/such/editor:")
    });
    assert!(session.parser().screen().alternate_screen());
    session.send(b"j");
    session.wait_for("the note gone", |s| {
        !s.contents().contains("editoren startede ikke")
    });
    quit(session);
    let _ = std::fs::remove_dir_all(dir);
}
