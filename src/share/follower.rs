//! The follower's side: a thread connects to the presenter's socket, reads its messages and
//! hands them on as [`FollowEvent`]s. When the presenter leaves (quits, or dies: either way the
//! socket closes) it says so once, then keeps trying to connect, so a presenter that starts
//! again is followed again. It never writes to the socket.

use std::io;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::thread::JoinHandle;
use std::time::Duration;

use super::protocol::{FrameReader, Message, ProtocolError};

/// How often a follower without a presenter tries to connect again.
pub const RETRY: Duration = Duration::from_millis(200);
/// How long a read waits before the thread looks whether it should stop.
const TICK: Duration = Duration::from_millis(100);
/// Events not yet taken by the dashboard; when full, the thread waits, the socket fills, and
/// the presenter keeps only the latest position for this follower.
const QUEUE: usize = 64;

/// What happened on the presenter's side.
#[derive(Debug)]
pub enum FollowEvent {
    /// Connected (again): positions follow.
    Joined,
    /// Boxed: a position is large beside the other events, and the dashboard takes it boxed.
    Message(Box<Message>),
    /// A message that could not be read was skipped.
    Skipped(ProtocolError),
    /// The presenter has left: its socket closed.
    Left,
}

/// A running follower; dropping it ends the thread within a tick.
pub struct Follower {
    events: Receiver<FollowEvent>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
}

impl Follower {
    /// Follows the share at `path`; the first connection is tried at once.
    pub fn start(path: &Path) -> io::Result<Self> {
        let (tx, events) = sync_channel(QUEUE);
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let stop = Arc::clone(&stop);
            let path = path.to_owned();
            std::thread::Builder::new()
                .name("follow".into())
                .spawn(move || follow(&path, &tx, &stop))?
        };
        Ok(Self {
            events,
            stop,
            thread: Some(thread),
            path: path.to_owned(),
        })
    }

    /// The next event if one is waiting.
    pub fn try_next(&self) -> Option<FollowEvent> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting at most `timeout`.
    pub fn next_within(&self, timeout: Duration) -> Option<FollowEvent> {
        self.events.recv_timeout(timeout).ok()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Not joined: it may be waiting for a read to time out, and nothing it holds needs
        // closing in order.
        drop(self.thread.take());
    }
}

fn follow(path: &Path, tx: &SyncSender<FollowEvent>, stop: &AtomicBool) {
    while !stop.load(Ordering::Relaxed) {
        let Ok(stream) = UnixStream::connect(path) else {
            std::thread::sleep(RETRY);
            continue;
        };
        if stream.set_read_timeout(Some(TICK)).is_err() || !send(tx, FollowEvent::Joined, stop) {
            return;
        }
        if !read(stream, tx, stop) {
            return;
        }
        if !send(tx, FollowEvent::Left, stop) {
            return;
        }
    }
}

/// Reads until the socket closes (`true`) or the follower stops (`false`).
fn read(stream: UnixStream, tx: &SyncSender<FollowEvent>, stop: &AtomicBool) -> bool {
    let mut reader = FrameReader::new(stream);
    loop {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        let event = match reader.next_message() {
            Ok(Some(message)) => FollowEvent::Message(Box::new(message)),
            Err(ProtocolError::Io(e))
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                continue;
            }
            // The end, or a broken connection (reset): either way the presenter is gone.
            Ok(None) | Err(ProtocolError::Io(_)) => return true,
            Err(e @ ProtocolError::Truncated { .. }) => {
                return send(tx, FollowEvent::Skipped(e), stop);
            }
            Err(e) => FollowEvent::Skipped(e),
        };
        if !send(tx, event, stop) {
            return false;
        }
    }
}

/// Hands an event on, waiting while the queue is full; `false` when nobody listens any more.
fn send(tx: &SyncSender<FollowEvent>, mut event: FollowEvent, stop: &AtomicBool) -> bool {
    loop {
        match tx.try_send(event) {
            Ok(()) => return true,
            Err(TrySendError::Disconnected(_)) => return false,
            Err(TrySendError::Full(back)) => {
                if stop.load(Ordering::Relaxed) {
                    return false;
                }
                event = back;
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }
}
