use super::*;
use crate::share::protocol::{Message, VERSION};
use crate::tui::{Options, update};

fn app(size: (u16, u16)) -> App {
    let bytes = include_bytes!("../../../tests/fixtures/tui-small.json");
    let dataset = crate::load::load_bytes(bytes, "small.json")
        .dataset
        .expect("the fixture loads");
    let mut app = App::new(dataset, Options::default());
    update(&mut app, Action::Resize(size.0, size.1));
    app
}

fn follower() -> App {
    let mut f = app((80, 24));
    update(&mut f, Action::StartFollowing);
    update(&mut f, Action::PresenterJoined);
    f
}

fn message(position: Position, reloaded: u64) -> Box<Message> {
    Box::new(Message {
        version: VERSION,
        presenter: "anna".into(),
        reloaded,
        position,
        ..Message::default()
    })
}

#[test]
fn every_screen_arrives_as_it_left() {
    let steps: [&[Action]; 6] = [
        &[Action::Down, Action::Down],
        &[Action::Down, Action::NextPane, Action::Down, Action::Enter],
        &[Action::NextPane, Action::NextPane, Action::Enter],
        &[Action::Browser, Action::Down],
        &[Action::Down, Action::Present, Action::NextGoal],
        &[Action::Search, Action::Type('s'), Action::Type('k')],
    ];
    for keys in steps {
        let mut presenter = app((120, 40));
        for key in keys {
            update(&mut presenter, key.clone());
        }
        let sent = position(&presenter);
        let mut f = follower();
        update(&mut f, Action::Follow(message(sent.clone(), 0)));
        assert_eq!(f.view(), presenter.view(), "after {keys:?}");
        let got = position(&f);
        if sent.screen == Shown::Present {
            // The goal on screen is the presented one; the overview's selection under it
            // is not sent apart.
            assert_eq!(
                (got.goal, got.page, got.pages),
                (sent.goal, sent.page, sent.pages)
            );
            continue;
        }
        assert_eq!((got.goal, got.indicator), (sent.goal, sent.indicator));
        assert_eq!((got.initiative, got.page), (sent.initiative, sent.page));
        assert_eq!(
            (got.screen, got.row, got.query),
            (sent.screen, sent.row, sent.query)
        );
    }
}

#[test]
fn in_step_keys_wait_look_around_moves_snap_back_returns() {
    let mut presenter = app((120, 40));
    update(&mut presenter, Action::Down);
    let mut f = follower();
    update(&mut f, Action::Follow(message(position(&presenter), 0)));
    let there = f.ui.clone();
    update(&mut f, Action::Down);
    assert_eq!(f.ui.stack, there.stack);
    assert_eq!(f.ui.overview, there.overview, "a key in step moves nothing");
    assert!(f.ui.note.is_some(), "it says why");
    update(&mut f, Action::LookAround);
    update(&mut f, Action::Down);
    assert_ne!(f.ui.overview, there.overview);
    // The presenter moves meanwhile: kept, not shown.
    update(&mut presenter, Action::Down);
    let moved = position(&presenter);
    update(&mut f, Action::Follow(message(moved.clone(), 0)));
    update(&mut f, Action::SnapBack);
    assert_eq!(position(&f).goal, moved.goal);
}

#[test]
fn a_new_generation_reads_the_file_again_and_the_presenter_leaving_is_said() {
    let mut f = follower().with_file("/data/x.json".into());
    let p = position(&app((80, 24)));
    assert_eq!(update(&mut f, Action::Follow(message(p.clone(), 0))), None);
    assert_eq!(
        update(&mut f, Action::Follow(message(p, 1))),
        Some(Effect::Load("/data/x.json".into()))
    );
    update(&mut f, Action::PresenterLeft);
    let said = status(f.ui.follow.as_ref().unwrap(), Lang::En);
    assert_eq!(said, "the presenter has left");
}

#[test]
fn unknown_ids_and_a_hostile_name_do_no_harm() {
    let mut f = follower();
    let p = Position {
        screen: Shown::Indicator,
        goal: Some("nope".into()),
        indicator: Some("nope".into()),
        query: None,
        ..Position::default()
    };
    let mut m = message(p, 0);
    m.presenter = "\u{1b}[2Jevil".into();
    update(&mut f, Action::Follow(m));
    assert_eq!(f.view(), crate::tui::app::View::Overview);
    let said = status(f.ui.follow.as_ref().unwrap(), Lang::En);
    assert!(!said.contains('\u{1b}'), "{said:?}");
}

#[test]
fn the_browser_arrives_filtered_and_sorted_as_the_presenter_has_it() {
    let bundled = || {
        let dataset = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
            .dataset
            .expect("the bundled dataset loads");
        let mut app = App::new(dataset, Options::default());
        update(&mut app, Action::Resize(120, 40));
        app
    };
    let rows = |app: &App| match app.screen() {
        Some(Screen::Browser(b)) => (b.rows.clone(), b.cursor.selected),
        _ => panic!("not on the browser"),
    };
    let owner = [Action::FilterOwner, Action::Down, Action::Enter];
    let goal = [
        Action::FilterGoal,
        Action::Down,
        Action::Down,
        Action::Enter,
    ];
    let text = [Action::FilterText, Action::Type('e'), Action::Enter];
    let sort = [Action::SortNext, Action::SortNext, Action::SortReverse];
    let together: Vec<Action> = [&sort[..], &text, &goal].concat();
    let steps: [&[Action]; 5] = [&owner, &goal, &text, &sort, &together];
    let mut presenter = bundled();
    for keys in steps {
        presenter = bundled();
        update(&mut presenter, Action::Browser);
        let all = rows(&presenter).0.len();
        for key in keys.iter().chain([&Action::Down]) {
            update(&mut presenter, key.clone());
        }
        let (shown, selected) = rows(&presenter);
        assert!(!shown.is_empty(), "after {keys:?}");
        assert!(shown.len() < all || keys == sort, "after {keys:?}");
        let sent = position(&presenter);
        let line = crate::share::protocol::encode(&message(sent, 0)).unwrap();
        let got = crate::share::protocol::decode(&line).unwrap();
        let mut f = bundled();
        update(&mut f, Action::StartFollowing);
        update(&mut f, Action::Follow(Box::new(got)));
        assert_eq!(rows(&f), (shown, selected), "after {keys:?}");
    }
    let mut f = follower();
    // What the follower's copy lacks is not filtered by; it still shows the browser.
    update(&mut presenter, Action::FilterStatus);
    let mut p = position(&presenter);
    let filter = p.browser.as_mut().unwrap();
    (filter.owner, filter.goal, filter.status) = (Some("nope".into()), None, None);
    (filter.query, filter.sort) = (String::new(), "someday".into());
    update(&mut f, Action::Follow(message(p, 0)));
    let Some(Screen::Browser(b)) = f.screen() else {
        panic!("not on the browser");
    };
    assert_eq!((b.owner, b.goal, b.status), (None, None, None));
    assert_eq!(b.sort, f.ui.browser_sort.column);
}
