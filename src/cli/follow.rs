//! `goalboard follow [NAME]`: the dashboard of someone who presents (`goalboard --share`),
//! moving along with them. The share is found by name (or the newest); its first message names
//! the dataset's file, which this dashboard opens itself, in its own size, language and colours.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::share::{FollowEvent, Follower, Message, place};
use crate::tui::Action;
use crate::tui::link::Link;

use super::dashboard::{self, DashboardArgs, Fallback, ViewArgs};

/// How long to wait for the presenter's first message.
const FIRST_MESSAGE: Duration = Duration::from_secs(3);

#[derive(Debug, clap::Args)]
pub struct FollowArgs {
    /// The share to follow: the dataset's file, (the start of) the share's name, or its socket
    /// (default: the newest share).
    pub name: Option<String>,
    /// How this terminal shows it: language, glyphs, colours, mouse (the presenter's are not
    /// sent).
    #[command(flatten)]
    pub view: ViewArgs,
}

pub fn run(args: &FollowArgs, config_path: Option<&Path>) -> ExitCode {
    if let Some(refused) = dashboard::refuse_without_terminal() {
        return refused;
    }
    let fail = |message: String| {
        super::output::say!("goalboard: {message}");
        ExitCode::from(1)
    };
    let socket = match place::find(args.name.as_deref(), &place::search_dirs()) {
        Ok(socket) => socket,
        Err(e) => return fail(e.to_string()),
    };
    let follower = match Follower::start(&socket) {
        Ok(follower) => follower,
        Err(e) => return fail(format!("{}: {e}", socket.display())),
    };
    let Some(first) = first_message(&follower) else {
        return fail(format!(
            "{}: the presenter does not answer (the share may have ended)",
            socket.display()
        ));
    };
    let view = DashboardArgs {
        file: first.dataset.as_ref().map(PathBuf::from),
        fallback: if first.dataset.is_none() {
            Fallback::Bundled
        } else {
            Fallback::Usual
        },
        view: args.view.clone(),
        ..DashboardArgs::default()
    };
    let mut session = match dashboard::open(&view, config_path) {
        Ok(session) => session,
        Err(code) => return code,
    };
    crate::tui::update(&mut session.app, Action::StartFollowing);
    crate::tui::update(&mut session.app, Action::PresenterJoined);
    crate::tui::update(&mut session.app, Action::Follow(Box::new(first)));
    session.link = Link::Follow(follower);
    session.run()
}

/// The presenter's first message, which says which dataset to open.
fn first_message(follower: &Follower) -> Option<Message> {
    let end = Instant::now() + FIRST_MESSAGE;
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        match follower.next_within(left)? {
            FollowEvent::Message(m) => return Some(*m),
            FollowEvent::Left => return None,
            FollowEvent::Joined | FollowEvent::Skipped(_) => {}
        }
    }
    None
}
