//! The event loop's tie to other dashboards: none, sharing (`--share`: after each update the
//! position is published, when it changed), or following (`follow`: the presenter's events
//! come in as actions, looked for every [`FOLLOW_TICK`]).

use std::time::Duration;

use super::action::Action;
use super::app::App;
use crate::share::protocol::{Message, Position, VERSION};
use crate::share::{FollowEvent, Follower, Publisher};

/// How often a follower looks for the presenter's moves while no key comes: well within the
/// 100 ms a move may take to show.
pub const FOLLOW_TICK: Duration = Duration::from_millis(15);

pub enum Link {
    Alone,
    Share(Box<Sharing>),
    Follow(Follower),
}

/// A presenter's side: what was sent last, and how many new versions of the file it loaded.
pub struct Sharing {
    publisher: Publisher,
    presenter: String,
    dataset: Option<String>,
    seq: u64,
    reloaded: u64,
    last: Option<Position>,
}

impl Sharing {
    /// `dataset`: the file's canonical path, which followers open themselves (`None`: bundled).
    pub fn new(publisher: Publisher, dataset: Option<String>) -> Self {
        Self {
            publisher,
            presenter: user_name(),
            dataset,
            seq: 0,
            reloaded: 0,
            last: None,
        }
    }

    pub fn publisher(&self) -> &Publisher {
        &self.publisher
    }
}

/// Who presents, as followers see it.
fn user_name() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| format!("uid {}", rustix::process::getuid().as_raw()))
}

impl Link {
    /// How long the loop may wait for a key before looking here again.
    pub fn timeout(&self) -> Option<Duration> {
        match self {
            Link::Follow(_) => Some(FOLLOW_TICK),
            Link::Alone | Link::Share(_) => None,
        }
    }

    /// The presenter's events that came, as actions (a follower's; others have none).
    pub fn actions(&mut self) -> Vec<Action> {
        let Link::Follow(follower) = self else {
            return Vec::new();
        };
        std::iter::from_fn(|| follower.try_next())
            .filter_map(|event| match event {
                FollowEvent::Joined => Some(Action::PresenterJoined),
                FollowEvent::Message(m) => Some(Action::Follow(m)),
                FollowEvent::Left => Some(Action::PresenterLeft),
                FollowEvent::Skipped(_) => None,
            })
            .collect()
    }

    /// Notes an action the update step took: a new version of the file is a new generation.
    pub fn saw(&mut self, action: &Action) {
        if let (Link::Share(s), Action::Loaded(version)) = (self, action)
            && version.dataset.is_some()
        {
            s.reloaded += 1;
            // Sent again even where the position is the same: followers must reload.
            s.last = None;
        }
    }

    /// Publishes where the dashboard is now, if it moved since the last time.
    pub fn publish(&mut self, app: &App) {
        let Link::Share(s) = self else {
            return;
        };
        let position = super::follow::position(app);
        if s.last.as_ref() == Some(&position) {
            return;
        }
        s.seq += 1;
        let message = Message {
            version: VERSION,
            seq: s.seq,
            reloaded: s.reloaded,
            presenter: s.presenter.clone(),
            dataset: s.dataset.clone(),
            position: position.clone(),
        };
        // Too long a message (ids beyond reason) is not sent; followers stay where they are.
        if s.publisher.publish(&message).is_ok() {
            s.last = Some(position);
        }
    }
}
