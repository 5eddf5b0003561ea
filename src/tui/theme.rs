//! Colours and glyphs in one place. A theme is built once from the options (colour or none,
//! Unicode or ASCII, dark or light) and already knows its variants, so views ask it for a style
//! or a glyph and never branch on `NO_COLOR` or `--ascii` themselves. A few places ask
//! [`Theme::ascii`] on purpose, where ASCII changes more than one glyph: presentation mode's
//! large digits and title (a row taller in ASCII, drawn with `#`) and so its plan of rows, the
//! breakdown chart's table of glyphs, the changed-since mark (`Δ` or `*`), and the last pass of
//! a frame (`ui::render`), which replaces anything outside ASCII that came from the data.
//!
//! Colours come from the 16-colour palette so they follow the user's terminal theme. Without
//! colour every style is only modifiers: crossterm writes an empty `CSI m` for colours under
//! `NO_COLOR`, which would also reset bold and reverse, so no colour may be set at all.

use std::borrow::Cow;

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;

use crate::figures::{Status, Trend};
use crate::model::InitiativeStatus;
use crate::sanitize;

/// What the user asked for. The default: colour, Unicode, a dark background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThemeOptions {
    /// Colour on (off under `NO_COLOR` or `--no-color`).
    pub color: bool,
    /// No glyph outside ASCII.
    pub ascii: bool,
    /// A light terminal background.
    pub light: bool,
}

impl Default for ThemeOptions {
    fn default() -> Self {
        Self {
            color: true,
            ascii: false,
            light: false,
        }
    }
}

/// The glyphs of the interface, in a Unicode and an ASCII set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glyphs {
    pub ellipsis: &'static str,
    /// The rule drawn after a pane's title, and the one between panes side by side.
    pub rule: &'static str,
    pub vrule: &'static str,
    /// Marks the selected row, so selection never depends on colour or reverse video.
    pub cursor: &'static str,
    pub bar_full: &'static str,
    pub bar_empty: &'static str,
    /// Marks the current column header's sort order.
    pub sort_up: &'static str,
    pub sort_down: &'static str,
    /// Beside a text that scrolls: more above the first row shown, more below the last.
    pub more_above: &'static str,
    pub more_below: &'static str,
    /// Keys for the footer and help.
    pub key_up_down: &'static str,
    pub key_left_right: &'static str,
    pub key_enter: &'static str,
    /// Before a failed reload's error and a note in the banner.
    pub error: &'static str,
    pub info: &'static str,
    /// Between a size's columns and rows (`80×24`).
    pub times: &'static str,
    /// A milestone done, still due, overdue.
    pub done: &'static str,
    pub due: &'static str,
    pub overdue: &'static str,
    /// The timeline of an initiative and the mark of the reference date on it.
    pub timeline: &'static str,
    pub now: &'static str,
    /// Between breadcrumbs.
    pub crumb: &'static str,
    /// A range of dates: `feb 2015 – nov 2016`.
    pub dash: &'static str,
    /// Chart markers: the measured series, its points, the forecast, target, deadline,
    /// baseline, and one per comparison series.
    pub series: Marker,
    pub point: char,
    pub forecast: char,
    pub target: char,
    pub deadline: char,
    pub baseline: char,
    pub comparisons: [char; 4],
}

const UNICODE: Glyphs = Glyphs {
    ellipsis: "…",
    rule: "─",
    vrule: "│",
    cursor: "▸",
    bar_full: "█",
    bar_empty: "░",
    sort_up: "▲",
    sort_down: "▼",
    more_above: "↑",
    more_below: "↓",
    key_up_down: "↑↓",
    key_left_right: "←→",
    key_enter: "⏎",
    error: "✗",
    info: "ℹ",
    times: "×",
    done: "✔",
    due: "○",
    overdue: "!",
    timeline: "─",
    now: "┃",
    crumb: " › ",
    dash: " – ",
    series: Marker::Braille,
    point: '●',
    forecast: '·',
    target: '─',
    deadline: '│',
    baseline: '◆',
    comparisons: ['×', '+', '∘', '▪'],
};

const ASCII: Glyphs = Glyphs {
    ellipsis: "~",
    rule: "-",
    vrule: "|",
    cursor: ">",
    bar_full: "#",
    bar_empty: ".",
    sort_up: "^",
    sort_down: "v",
    more_above: "^",
    more_below: "v",
    key_up_down: "j/k",
    key_left_right: "h/l",
    key_enter: "Enter",
    error: "!",
    info: "i",
    times: "x",
    done: "x",
    due: "o",
    overdue: "!",
    timeline: "-",
    now: "|",
    crumb: " > ",
    dash: " - ",
    series: Marker::Custom('*'),
    point: 'O',
    forecast: '.',
    target: '=',
    deadline: '|',
    baseline: 'B',
    comparisons: ['x', '+', '%', '@'],
};

/// Every style and glyph the views use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub options: ThemeOptions,
    pub glyphs: Glyphs,
    pub text: Style,
    pub dim: Style,
    pub heading: Style,
    /// A pane's title line, and the same when the pane has the focus.
    pub pane: Style,
    pub pane_focused: Style,
    /// The selected row in the focused pane, and in a pane without the focus.
    pub selected: Style,
    pub selected_unfocused: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// Better and worse, for changes and comparisons judged by the direction.
    pub good: Style,
    pub bad: Style,
    /// A problem the user should see: warnings, the too-small screen, no search hits.
    pub warning: Style,
    /// Chart parts.
    pub series: Style,
    pub forecast: Style,
    pub target: Style,
    pub deadline: Style,
    pub comparisons: [Style; 4],
}

impl Theme {
    pub fn new(options: ThemeOptions) -> Self {
        let glyphs = if options.ascii { ASCII } else { UNICODE };
        let c = |color: Color| {
            if options.color {
                Style::new().fg(color)
            } else {
                Style::new()
            }
        };
        let accent = if options.light {
            Color::Blue
        } else {
            Color::Cyan
        };
        let bold = Modifier::BOLD;
        let dim = if options.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        };
        Self {
            options,
            glyphs,
            text: Style::new(),
            dim,
            heading: Style::new().add_modifier(bold),
            pane: Style::new().add_modifier(bold),
            pane_focused: c(accent).add_modifier(bold | Modifier::REVERSED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            selected_unfocused: Style::new().add_modifier(bold),
            key: c(accent).add_modifier(bold),
            good: c(Color::Green),
            bad: c(Color::Red),
            warning: c(Color::Yellow).add_modifier(bold),
            series: c(accent),
            forecast: c(accent),
            target: c(Color::Green),
            deadline: c(Color::Red),
            comparisons: [
                c(Color::Magenta),
                c(Color::Yellow),
                c(Color::Blue),
                c(Color::Red),
            ],
        }
    }

    pub fn ascii(&self) -> bool {
        self.options.ascii
    }

    /// A data string made safe to print: controls replaced, and in ASCII, every other
    /// character outside ASCII spelled in ASCII.
    pub fn clean<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.options.ascii {
            sanitize::clean_ascii(s)
        } else {
            sanitize::clean(s)
        }
    }

    /// A data string for a view that wraps text, line breaks kept.
    pub fn clean_multiline<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.options.ascii {
            let lines: Vec<String> = s
                .lines()
                .map(|l| sanitize::clean_ascii(l).into_owned())
                .collect();
            Cow::Owned(lines.join("\n"))
        } else {
            sanitize::clean_multiline(s)
        }
    }

    /// The colour of a status; its symbol and word carry it without colour.
    pub fn status(&self, status: Status) -> Style {
        let color = match status {
            Status::Achieved | Status::OnTrack => Color::Green,
            Status::AtRisk => Color::Yellow,
            Status::OffTrack | Status::Missed => Color::Red,
            Status::InsufficientData => Color::Magenta,
            Status::NoTarget | Status::NoData => return self.dim,
        };
        let style = if self.options.color {
            Style::new().fg(color)
        } else {
            Style::new()
        };
        match status {
            Status::Missed | Status::OffTrack => style.add_modifier(Modifier::BOLD),
            _ => style,
        }
    }

    /// The colour of a trend: better or worse by the direction, plain when it has none.
    pub fn trend(&self, trend: Trend) -> Style {
        match trend {
            Trend::Improving => self.good,
            Trend::Worsening => self.bad,
            Trend::Flat | Trend::Rising | Trend::Falling => self.text,
        }
    }

    pub fn initiative_status(&self, status: InitiativeStatus) -> Style {
        match status {
            InitiativeStatus::Active => self.good,
            InitiativeStatus::Planned => self.text,
            InitiativeStatus::Paused => self.warning,
            InitiativeStatus::Completed | InitiativeStatus::Cancelled => self.dim,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(t: &Theme) -> Vec<Style> {
        let mut all = vec![
            t.text,
            t.dim,
            t.heading,
            t.pane,
            t.pane_focused,
            t.selected,
            t.selected_unfocused,
            t.key,
            t.good,
            t.bad,
            t.warning,
            t.series,
            t.forecast,
            t.target,
            t.deadline,
        ];
        all.extend(t.comparisons);
        all.extend(Status::ALL.map(|s| t.status(s)));
        all.extend(InitiativeStatus::ALL.map(|s| t.initiative_status(s)));
        all
    }

    #[test]
    fn without_colour_no_style_sets_a_colour() {
        for ascii in [false, true] {
            let t = Theme::new(ThemeOptions {
                color: false,
                ascii,
                light: false,
            });
            for style in styles(&t) {
                assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
            }
        }
    }

    #[test]
    fn selection_shows_without_colour() {
        let t = Theme::new(ThemeOptions {
            color: false,
            ..ThemeOptions::default()
        });
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(t.pane_focused.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn ascii_glyphs_are_ascii() {
        let g = ASCII;
        let strs = [
            g.ellipsis,
            g.rule,
            g.vrule,
            g.cursor,
            g.bar_full,
            g.bar_empty,
            g.sort_up,
            g.sort_down,
            g.key_up_down,
            g.key_left_right,
            g.key_enter,
            g.done,
            g.due,
            g.overdue,
            g.timeline,
            g.now,
            g.crumb,
            g.dash,
        ];
        assert!(strs.iter().all(|s| s.is_ascii()), "{strs:?}");
        let chars = [g.point, g.forecast, g.target, g.deadline, g.baseline];
        assert!(chars.iter().chain(&g.comparisons).all(char::is_ascii));
        assert!(matches!(g.series, Marker::Custom(c) if c.is_ascii()));
    }

    #[test]
    fn clean_follows_the_variant() {
        let t = Theme::new(ThemeOptions {
            ascii: true,
            ..ThemeOptions::default()
        });
        assert_eq!(t.clean("hjemløse\u{1b}"), "hjemloese?");
        let t = Theme::new(ThemeOptions::default());
        assert_eq!(t.clean("hjemløse\u{1b}"), "hjemløse\u{FFFD}");
    }
}
