//! The presenter's side: a thread owns the listening socket and one connection per follower,
//! and the presenter only stores its latest position in a slot and wakes the thread. Nothing the
//! presenter does waits for a follower: every write is non-blocking, and a follower that cannot
//! take a message now (slow, stopped with SIGSTOP, gone) keeps at most the message being written
//! and the latest one after it, so it gets the latest position when it reads again.
//!
//! Followers speak no part of this: the thread reads from their sockets only to see them close,
//! and one that sends anything is cut off.

use std::io::{self, Read, Write};
use std::os::fd::AsFd;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use rustix::event::{PollFd, PollFlags, poll};

use super::ShareError;
use super::place::{Access, protect_socket};
use super::protocol::{Message, ProtocolError, encode};

/// At most this many followers at once; more are turned away.
pub const MAX_FOLLOWERS: usize = 256;

type Frame = Arc<[u8]>;

/// What the presenter and the thread share.
#[derive(Default)]
struct Shared {
    /// The latest message and its number (the thread sends each number once).
    latest: Mutex<(u64, Option<Frame>)>,
    stop: AtomicBool,
    followers: AtomicUsize,
}

/// A running share: dropping it closes every follower's connection (they see the presenter
/// leave) and removes the socket.
pub struct Publisher {
    shared: Arc<Shared>,
    wake: UnixStream,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
    /// The socket file's identity, so only our own is removed (not a later presenter's).
    inode: (u64, u64),
}

impl Publisher {
    /// Listens at `path` (its directory already prepared). A socket file left by a presenter
    /// that died is replaced; one with a presenter behind it is refused.
    pub fn bind(path: &Path, access: &Access) -> Result<Self, ShareError> {
        let listener = listen(path)?;
        let fail = |source| ShareError::Socket {
            path: path.to_owned(),
            source,
        };
        protect_socket(path, access).map_err(fail)?;
        listener.set_nonblocking(true).map_err(fail)?;
        let meta = std::fs::symlink_metadata(path).map_err(fail)?;
        let (wake, wake_rx) = UnixStream::pair().map_err(fail)?;
        wake.set_nonblocking(true).map_err(fail)?;
        wake_rx.set_nonblocking(true).map_err(fail)?;
        let shared = Arc::new(Shared::default());
        let thread = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name("share".into())
                .spawn(move || serve(&listener, &wake_rx, &shared))
                .map_err(fail)?
        };
        Ok(Self {
            shared,
            wake,
            thread: Some(thread),
            path: path.to_owned(),
            inode: (meta.dev(), meta.ino()),
        })
    }

    /// Sends a position to every follower, as soon as each can take it. Never waits for one.
    pub fn publish(&self, message: &Message) -> Result<(), ProtocolError> {
        let frame: Frame = encode(message)?.into();
        self.publish_frame(frame);
        Ok(())
    }

    /// Stores an encoded message as the latest and wakes the thread.
    pub fn publish_frame(&self, frame: Arc<[u8]>) {
        {
            let mut latest = self
                .shared
                .latest
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            latest.0 += 1;
            latest.1 = Some(frame);
        }
        self.wake();
    }

    /// How many followers are connected.
    pub fn followers(&self) -> usize {
        self.shared.followers.load(Ordering::Relaxed)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn wake(&self) {
        // A full pipe means a wake is already pending: nothing lost.
        let _ = (&self.wake).write(&[1]);
    }
}

impl Drop for Publisher {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        self.wake();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        if let Ok(meta) = std::fs::symlink_metadata(&self.path)
            && (meta.dev(), meta.ino()) == self.inode
        {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Binds the socket, replacing a stale one and refusing a live one.
fn listen(path: &Path) -> Result<UnixListener, ShareError> {
    let fail = |source| ShareError::Socket {
        path: path.to_owned(),
        source,
    };
    match UnixListener::bind(path) {
        Ok(listener) => return Ok(listener),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => {}
        Err(e) => return Err(fail(e)),
    }
    let meta = std::fs::symlink_metadata(path).map_err(fail)?;
    if !meta.file_type().is_socket() {
        return Err(ShareError::NotASocket(path.to_owned()));
    }
    if UnixStream::connect(path).is_ok() {
        return Err(ShareError::AlreadyShared(path.to_owned()));
    }
    // Nobody listens: a presenter died without removing it.
    std::fs::remove_file(path).map_err(fail)?;
    UnixListener::bind(path).map_err(fail)
}

/// One follower's connection and what it still has to get.
struct Peer {
    stream: UnixStream,
    /// The message being written and how much of it is written.
    writing: Option<(Frame, usize)>,
    /// The latest message after that one (older ones are dropped).
    next: Option<Frame>,
}

impl Peer {
    fn offer(&mut self, frame: &Frame) {
        if self.writing.is_none() {
            self.writing = Some((Arc::clone(frame), 0));
        } else {
            self.next = Some(Arc::clone(frame));
        }
    }

    /// Writes what the socket takes now; `false` when the follower is gone.
    fn flush(&mut self) -> bool {
        while let Some((frame, done)) = &mut self.writing {
            match (&self.stream).write(&frame[*done..]) {
                Ok(0) => return false,
                Ok(n) => {
                    *done += n;
                    if *done == frame.len() {
                        self.writing = self.next.take().map(|f| (f, 0));
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
        true
    }

    /// Whether the follower is still there: it closed, or broke the rule and spoke.
    fn still_there(&mut self) -> bool {
        let mut scratch = [0u8; 64];
        match (&self.stream).read(&mut scratch) {
            Err(e) => matches!(
                e.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
            ),
            // Closed (0), or spoke (what it said is not read).
            Ok(_said) => false,
        }
    }
}

/// The thread: accepts followers, sends each the latest message, notices those that leave.
fn serve(listener: &UnixListener, wake: &UnixStream, shared: &Shared) {
    let mut peers: Vec<Peer> = Vec::new();
    let mut sent_seq = 0;
    let mut latest: Option<Frame> = None;
    while !shared.stop.load(Ordering::Relaxed) {
        let Ok(ready) = wait(listener, wake, &peers) else {
            break;
        };
        if ready.wake {
            drain(wake);
            let (seq, frame) = {
                let slot = shared.latest.lock().unwrap_or_else(PoisonError::into_inner);
                (slot.0, slot.1.clone())
            };
            if seq != sent_seq
                && let Some(frame) = frame
            {
                sent_seq = seq;
                for peer in &mut peers {
                    peer.offer(&frame);
                }
                latest = Some(frame);
            }
        }
        if ready.listener {
            accept(listener, &mut peers, latest.as_ref());
        }
        let mut i = 0;
        peers.retain_mut(|peer| {
            let (readable, _) = ready.peers.get(i).copied().unwrap_or_default();
            i += 1;
            (!readable || peer.still_there()) && peer.flush()
        });
        shared.followers.store(peers.len(), Ordering::Relaxed);
    }
}

/// What `poll` found ready.
struct Ready {
    wake: bool,
    listener: bool,
    /// Per peer: readable (or closed), writable.
    peers: Vec<(bool, bool)>,
}

fn wait(listener: &UnixListener, wake: &UnixStream, peers: &[Peer]) -> io::Result<Ready> {
    let mut fds = Vec::with_capacity(peers.len() + 2);
    fds.push(PollFd::new(wake, PollFlags::IN));
    fds.push(PollFd::new(listener, PollFlags::IN));
    for peer in peers {
        let mut flags = PollFlags::IN;
        if peer.writing.is_some() {
            flags |= PollFlags::OUT;
        }
        fds.push(PollFd::from_borrowed_fd(peer.stream.as_fd(), flags));
    }
    loop {
        match poll(&mut fds, None) {
            Ok(_) => break,
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let closed = PollFlags::IN | PollFlags::HUP | PollFlags::ERR;
    let got = |fd: &PollFd| fd.revents();
    Ok(Ready {
        wake: got(&fds[0]).intersects(closed),
        listener: got(&fds[1]).intersects(closed),
        peers: fds[2..]
            .iter()
            .map(|fd| {
                let r = got(fd);
                (r.intersects(closed), r.contains(PollFlags::OUT))
            })
            .collect(),
    })
}

fn drain(wake: &UnixStream) {
    let mut buf = [0u8; 64];
    while matches!((&*wake).read(&mut buf), Ok(n) if n > 0) {}
}

/// Takes every waiting follower; each starts with the latest position.
fn accept(listener: &UnixListener, peers: &mut Vec<Peer>, latest: Option<&Frame>) {
    while let Ok((stream, _)) = listener.accept() {
        if peers.len() >= MAX_FOLLOWERS || stream.set_nonblocking(true).is_err() {
            continue;
        }
        let mut peer = Peer {
            stream,
            writing: None,
            next: None,
        };
        if let Some(frame) = latest {
            peer.offer(frame);
        }
        peers.push(peer);
    }
}
