//! Prints screens of the small fixture, for looking at while developing (ignored by default).

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tui_support::*;

#[test]
#[ignore = "prints screens to look at"]
fn look() {
    let size = std::env::var("SIZE").ok().and_then(|s| {
        let (w, h) = s.split_once('x')?;
        Some((w.parse().ok()?, h.parse().ok()?))
    });
    let size = size.unwrap_or((80, 24));
    let keys = std::env::var("KEYS").unwrap_or_default();
    let bundled_data = std::env::var("BUNDLED").is_ok();
    let mut app = if bundled_data {
        bundled(size)
    } else {
        small(size)
    };
    for k in keys.split(',').filter(|k| !k.is_empty()) {
        let code = match k {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "down" => KeyCode::Down,
            "up" => KeyCode::Up,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "bs" => KeyCode::Backspace,
            other => {
                type_text(&mut app, other);
                continue;
            }
        };
        press(&mut app, &[code]);
    }
    println!("{}", screen(&app));
}

#[test]
#[ignore = "times frames, for looking at while developing"]
fn timing() {
    use goalboard::tui::{Action, update};
    let data =
        std::env::var("DATA").map_or_else(|_| SMALL.to_vec(), |p| std::fs::read(p).expect("data"));
    for keys in [
        &[][..],
        &[KeyCode::Tab, KeyCode::Enter],
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Enter],
        &[KeyCode::Char('b')],
        &[KeyCode::Char('?')],
    ] {
        let mut app = app_with(&data, options(goalboard::model::Lang::Da), (80, 24));
        press(&mut app, keys);
        let start = std::time::Instant::now();
        for i in 0..20 {
            update(&mut app, Action::Resize(80 + i, 24));
            let _ = screen(&app);
        }
        println!("{keys:?}: {:?} per resize+frame", start.elapsed() / 20);
    }
}
