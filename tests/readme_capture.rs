//! The README's text capture of the overview is what the dashboard draws today: the bundled
//! dataset at 80×24 with goal 7 selected. When the screen changes on purpose, capture it again
//! (`tmux new -d -x 80 -y 24 …`, `capture-pane -p`) and paste it between the markers.

mod tui_support;

use goalboard::model::Lang;
use ratatui::crossterm::event::KeyCode;
use tui_support::{app_with, options, press, screen};

#[test]
fn the_readme_shows_the_overview_as_drawn() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme
        .find("<!-- capture:start -->")
        .expect("the start marker");
    let end = readme.find("<!-- capture:end -->").expect("the end marker");
    let block = &readme[start..end];
    let open = block.find("```text\n").expect("a text block") + "```text\n".len();
    let close = block[open..].find("```").expect("the block's end") + open;
    let captured: Vec<&str> = block[open..close].lines().map(str::trim_end).collect();

    // Named as the binary names the bundled dataset (too long to fit beside the title at 80).
    let options = goalboard::tui::Options {
        source: format!("{} (bundled)", goalboard::bundled::NAME),
        ..options(Lang::Da)
    };
    let mut app = app_with(goalboard::bundled::BYTES, options, (80, 24));
    press(&mut app, &[KeyCode::Down; 6]);
    let drawn = screen(&app);
    let drawn: Vec<&str> = drawn.lines().map(str::trim_end).collect();
    assert_eq!(captured, drawn, "the README's capture is out of date");
}
