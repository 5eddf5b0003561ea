//! The breakdowns screen in a presenter's position (`--share`, `follow`): the dimension by
//! name, the selected breakdown by its dimension pairs, the filter, the breakdown open. A
//! follower finds them in its own copy of the dataset; what it lacks leaves the list at its top.

use super::found_again;
use crate::share::protocol::{BreakdownsPosition, shown_pairs, shown_query};
use crate::tui::app::{App, Cursor, Screen};
use crate::tui::screens::{BreakdownScreen, Opened};

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn at(i: u32) -> usize {
    usize::try_from(i).unwrap_or(usize::MAX)
}

/// The breakdowns screen `s` as sent.
pub fn position(app: &App, s: &BreakdownScreen) -> Option<Box<BreakdownsPosition>> {
    let p = app.data.indicator(s.indicator)?;
    let all = &p.indicator.breakdowns;
    let selected = match s.open {
        Some(o) => Some(o.breakdown),
        None => s.rows.get(s.cursor.selected).copied(),
    };
    Some(Box::new(BreakdownsPosition {
        dimension: p
            .prepared
            .breakdowns
            .dimensions
            .get(s.dimension)
            .cloned()
            .unwrap_or_default(),
        query: shown_query(&s.query),
        editing: s.editing,
        selected: selected
            .and_then(|n| all.get(n))
            .map(|b| shown_pairs(&b.dimensions))
            .unwrap_or_default(),
        offset: u32_of(s.cursor.offset),
        open: s
            .open
            .map(|o| (u32_of(o.points.selected), u32_of(o.points.offset))),
    }))
}

/// Opens the breakdowns sent over the indicator screen on top (put there by the position):
/// nothing when there is none or its indicator has no breakdowns here.
pub fn apply(app: &mut App, b: &BreakdownsPosition) {
    let Some(Screen::Indicator(below)) = app.ui.stack.last() else {
        return;
    };
    let r = below.indicator;
    // Another's text, shown in the filter's line: cleaned as data is.
    let query: String = crate::sanitize::clean(&b.query)
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let Some(mut s) = found_again(app, r, Some(&b.dimension), query) else {
        return;
    };
    let Some(p) = app.data.indicator(r) else {
        return;
    };
    let all = &p.indicator.breakdowns;
    let found = s
        .rows
        .iter()
        .position(|&n| all.get(n).is_some_and(|x| x.dimensions == b.selected));
    s.editing = b.editing;
    s.cursor = Cursor {
        selected: found.unwrap_or(0),
        offset: at(b.offset),
    };
    if let (Some(i), Some((selected, offset))) = (found, b.open) {
        s.open = Some(Opened {
            breakdown: s.rows[i],
            points: Cursor {
                selected: at(selected),
                offset: at(offset),
            },
        });
    }
    app.ui.stack.push(Screen::Breakdowns(s));
}

#[cfg(test)]
mod tests {
    use crate::share::protocol::{Message, Position, Screen as Shown, VERSION, decode, encode};
    use crate::tui::action::Action;
    use crate::tui::app::{App, Screen, View};
    use crate::tui::follow::position;
    use crate::tui::{Options, update};

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/breakdowns.json");

    fn app_of(dataset: crate::model::Dataset) -> App {
        let mut app = App::new(dataset, Options::default());
        update(&mut app, Action::Resize(120, 40));
        app
    }

    fn dataset() -> crate::model::Dataset {
        crate::load::load_bytes(FIXTURE, "breakdowns.json")
            .dataset
            .expect("the fixture loads")
    }

    fn presenter(keys: &[Action]) -> App {
        let mut app = app_of(dataset());
        let to_breakdowns = [Action::Enter, Action::Enter, Action::Breakdowns];
        for key in to_breakdowns.iter().chain(keys) {
            update(&mut app, key.clone());
        }
        app
    }

    /// The position as a follower reads it off the wire, applied through `update`.
    fn follow(f: &mut App, position: Position) {
        let message = Message {
            version: VERSION,
            presenter: "anna".into(),
            position,
            ..Message::default()
        };
        let line = encode(&message).expect("a position fits a frame");
        let message = decode(&line).expect("it reads back");
        if f.ui.follow.is_none() {
            update(f, Action::StartFollowing);
        }
        update(f, Action::Follow(Box::new(message)));
    }

    fn breakdowns(app: &App) -> &crate::tui::screens::BreakdownScreen {
        match app.ui.stack.last() {
            Some(Screen::Breakdowns(s)) => s,
            other => panic!("the breakdowns are not on top: {other:?}"),
        }
    }

    /// The selected breakdown's pairs, whether the list or that breakdown is shown.
    fn selected(app: &App) -> Vec<(String, String)> {
        let s = breakdowns(app);
        let p = app.data.indicator(s.indicator).expect("the indicator");
        let n = s
            .open
            .map_or_else(|| s.rows[s.cursor.selected], |o| o.breakdown);
        p.indicator.breakdowns[n].dimensions.clone()
    }

    #[test]
    fn a_follower_opens_the_same_dimension_row_and_breakdown() {
        let cases: [&[Action]; 4] = [
            &[],
            &[Action::Right, Action::Down, Action::Down],
            &[Action::Right, Action::Down, Action::Enter, Action::Down],
            &[
                Action::Search,
                Action::Type('1'),
                Action::Enter,
                Action::Down,
            ],
        ];
        for keys in cases {
            let presenter = presenter(keys);
            let sent = position(&presenter);
            assert_eq!(
                sent.screen,
                Shown::Indicator,
                "{keys:?}: older followers stay there"
            );
            let mut f = app_of(dataset());
            follow(&mut f, sent);
            assert_eq!(f.view(), View::Breakdowns, "{keys:?}");
            let (got, want) = (breakdowns(&f), breakdowns(&presenter));
            assert_eq!(
                (got.dimension, &got.query, &got.rows, got.cursor.selected),
                (
                    want.dimension,
                    &want.query,
                    &want.rows,
                    want.cursor.selected
                ),
                "{keys:?}"
            );
            assert_eq!(got.open, want.open, "{keys:?}");
            // Back on the indicator beneath, as the presenter's `d` would be.
            assert!(matches!(
                f.ui.stack.iter().rev().nth(1),
                Some(Screen::Indicator(_))
            ));
        }
    }

    #[test]
    fn the_breakdown_is_found_by_its_values_not_its_place() {
        let presenter = presenter(&[Action::Right, Action::Down]);
        let want = selected(&presenter);
        // The follower's copy lists the breakdowns in another order.
        let mut other = dataset();
        other.goals[0].indicators[0].breakdowns.reverse();
        let mut f = app_of(other);
        follow(&mut f, position(&presenter));
        assert_eq!(selected(&f), want);
        assert_ne!(
            breakdowns(&f).cursor.selected,
            breakdowns(&presenter).cursor.selected,
            "the same breakdown at another place"
        );
    }

    #[test]
    fn leaving_the_breakdowns_and_unknown_names_are_followed() {
        let mut presenter = presenter(&[Action::Right]);
        let mut f = app_of(dataset());
        follow(&mut f, position(&presenter));
        assert_eq!(f.view(), View::Breakdowns);
        update(&mut presenter, Action::Breakdowns);
        follow(&mut f, position(&presenter));
        assert_eq!(f.view(), View::Indicator);
        // A dimension and values this copy does not have: the first dimension, at the top.
        let mut sent = position(&presenter_at_breakdowns());
        if let Some(b) = sent.breakdowns.as_mut() {
            b.dimension = "Nope".into();
            b.selected = vec![("Nope".into(), "x".into())];
            b.open = Some((3, 0));
        }
        follow(&mut f, sent);
        let s = breakdowns(&f);
        assert_eq!((s.dimension, s.cursor.selected, s.open), (0, 0, None));
    }

    fn presenter_at_breakdowns() -> App {
        presenter(&[])
    }
}
