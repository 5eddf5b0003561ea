//! The fast path for large files: the file is read in blocks and cut by [`split`] into its
//! skeleton and batches of goals and initiatives, which worker threads parse and check
//! (`check::parts`) while the rest is read. Neither the file nor its raw tree is ever held
//! whole, and the parse and the checks use every core.
//!
//! It answers only for a file without a single finding: any parse error, unknown member, error
//! or warning, and anything the scanner does not expect, sends the caller to the ordinary path,
//! which reads the file again and reports exactly what it always has. A clean file gives the
//! same dataset either way (the tests compare the two).

mod batch;
mod flag;
mod split;

use std::cell::Cell;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel, sync_channel};
use std::sync::{Mutex, PoisonError};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{MAX_FILE_BYTES, parse};
use crate::check::parts::{assemble, lone_goal, lone_initiative};
use crate::model::{Dataset, Goal, Initiative};
use crate::raw::field::{Expect, Field};
use batch::{Batch, List};
use flag::Flagging;
use split::{Skeleton, Splitter};

/// Smaller files take the ordinary path: they load in milliseconds, and threads would not pay.
pub const MIN_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What is read at a time.
const BLOCK_BYTES: usize = 1 << 20;
/// About what a worker parses at a time: small enough that the batches in flight (about three
/// per worker) hold little of the file, large enough that handing them over costs nothing
/// (on the large file, 1 MiB and 256 KiB take the same time; 256 KiB holds 6 MB less).
const BATCH_BYTES: usize = 1 << 18;

/// The dataset of a clean file, or `None` when the file must take the ordinary path.
pub fn load_clean(path: &Path) -> Option<Dataset> {
    // Only a regular file, opened without waiting (a named pipe must not block here either).
    let (file, len) = super::file::open_regular(path).ok()?;
    if !(MIN_FILE_BYTES..=MAX_FILE_BYTES).contains(&len) {
        return None;
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    load_clean_from(file, workers)
}

/// The fast path on any reader, with `workers` parsing threads (the tests pick them).
pub fn load_clean_from(file: impl Read, workers: usize) -> Option<Dataset> {
    let (skeleton, goals, initiatives) = split_and_parse(file, workers.max(1))?;
    let mut root = match parse(std::str::from_utf8(&skeleton.bytes).ok()?) {
        Ok(parsed) if parsed.unknown.is_empty() => parsed.root,
        _ => return None,
    };
    let Field::Ok(raw) = &mut root else {
        return None;
    };
    // A list the scanner did not cut out (its key written with escapes, say) was parsed with
    // the skeleton: its elements are checked here, as the workers check theirs.
    let goals = if skeleton.split.contains(&List::Goals) {
        goals
    } else {
        let Field::Ok(list) = std::mem::take(&mut raw.goals) else {
            return None;
        };
        list.into_iter().map(lone_goal).collect::<Option<_>>()?
    };
    let initiatives = if skeleton.split.contains(&List::Initiatives) {
        initiatives
    } else {
        match std::mem::take(&mut raw.initiatives) {
            Field::Ok(list) => list
                .into_iter()
                .map(lone_initiative)
                .collect::<Option<_>>()?,
            Field::Missing | Field::Null => Vec::new(),
            Field::Wrong(_) => return None,
        }
    };
    let Field::Ok(raw) = root else {
        return None;
    };
    assemble(raw, goals, initiatives)
}

/// The elements of one batch, parsed and checked.
enum Elements {
    Goals(Vec<Goal>),
    Initiatives(Vec<Initiative>),
}

type Lists = (Skeleton, Vec<Goal>, Vec<Initiative>);

/// Reads and cuts the file on this thread while `workers` threads parse the batches.
fn split_and_parse(mut file: impl Read, workers: usize) -> Option<Lists> {
    let failed = AtomicBool::new(false);
    // Room for two batches per worker: the reader stays ahead without holding the file.
    let (send, receive) = sync_channel::<Batch>(workers * 2);
    let receive = Mutex::new(receive);
    // Batches parsed go back to the reader, to be filled again.
    let (give_back, given_back) = channel::<Batch>();
    let (skeleton, parsed) = std::thread::scope(|scope| {
        // A thread the system will not start is one worker fewer; with none, the file goes
        // the ordinary way.
        let handles: Vec<_> = (0..workers)
            .filter_map(|_| {
                let give_back = give_back.clone();
                let (receive, failed) = (&receive, &failed);
                std::thread::Builder::new()
                    .spawn_scoped(scope, move || work(receive, &give_back, failed))
                    .ok()
            })
            .collect();
        if handles.is_empty() {
            failed.store(true, Ordering::Relaxed);
            return (None, Vec::new());
        }
        let skeleton = read_and_split(&mut file, &failed, &given_back, |batch| {
            // A worker gone means a failure already noted: the batch is not needed.
            let _ = send.send(batch);
        });
        drop(send);
        let mut parsed = Vec::new();
        for handle in handles {
            match handle.join() {
                Ok(batches) => parsed.extend(batches),
                Err(_) => failed.store(true, Ordering::Relaxed),
            }
        }
        (skeleton, parsed)
    });
    if failed.load(Ordering::Relaxed) {
        return None;
    }
    let skeleton = skeleton?;
    let (goals, initiatives) = in_file_order(parsed);
    Some((skeleton, goals, initiatives))
}

/// Feeds the file to the scanner block by block; `None` on a read error, a failed parse or a
/// file the scanner does not expect.
fn read_and_split(
    file: &mut impl Read,
    failed: &AtomicBool,
    given_back: &Receiver<Batch>,
    send: impl FnMut(Batch),
) -> Option<Skeleton> {
    let mut splitter = Splitter::new(BATCH_BYTES, send);
    let mut block = vec![0; BLOCK_BYTES];
    let mut total: u64 = 0;
    loop {
        let n = match file.read(&mut block) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return fail(failed),
        };
        total += n as u64;
        // A file growing while it is read is left to the ordinary path and its size limit.
        if total > MAX_FILE_BYTES || failed.load(Ordering::Relaxed) {
            return fail(failed);
        }
        for batch in given_back.try_iter() {
            splitter.give_back(batch);
        }
        if splitter.feed(&block[..n]).is_err() {
            return fail(failed);
        }
    }
    splitter.finish().ok().or_else(|| fail(failed))
}

fn fail<T>(failed: &AtomicBool) -> Option<T> {
    failed.store(true, Ordering::Relaxed);
    None
}

/// A worker: parses batches until there are none, or until anything fails.
fn work(
    receive: &Mutex<Receiver<Batch>>,
    give_back: &Sender<Batch>,
    failed: &AtomicBool,
) -> Vec<(usize, Elements)> {
    let mut done = Vec::new();
    loop {
        // The lock is held only to take a batch; a poisoned lock still hands them out.
        let batch = receive
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv();
        let Ok(batch) = batch else {
            return done;
        };
        if failed.load(Ordering::Relaxed) {
            continue;
        }
        let parsed = match batch.list {
            List::Goals => elements(&batch, lone_goal).map(Elements::Goals),
            List::Initiatives => elements(&batch, lone_initiative).map(Elements::Initiatives),
        };
        match parsed {
            Some(parsed) => done.push((batch.seq, parsed)),
            None => failed.store(true, Ordering::Relaxed),
        }
        // The reader may be done: then the batch is simply freed.
        let _ = give_back.send(batch);
    }
}

/// Each element of a batch parsed alone, as the ordinary parse would have read it in its list,
/// and checked alone by `check`; `None` if one fails, has an unknown member or a finding.
fn elements<T, M>(batch: &Batch, check: impl Fn(Field<T>) -> Option<M>) -> Option<Vec<M>>
where
    T: DeserializeOwned + Expect,
{
    // Elements are cut at ASCII bytes: the batch is UTF-8 exactly when each element is.
    let all = std::str::from_utf8(&batch.bytes).ok()?;
    let mut done = Vec::with_capacity(batch.ends.len());
    for range in batch.ranges() {
        let mut de = serde_json::Deserializer::from_str(all.get(range)?);
        let unknown = Cell::new(false);
        let element = Field::<T>::deserialize(Flagging::new(&mut de, &unknown)).ok()?;
        de.end().ok()?;
        if unknown.get() {
            return None;
        }
        done.push(check(element)?);
    }
    Some(done)
}

/// The parsed batches back in the order of the file.
fn in_file_order(mut parsed: Vec<(usize, Elements)>) -> (Vec<Goal>, Vec<Initiative>) {
    parsed.sort_unstable_by_key(|(seq, _)| *seq);
    let count = |goals: bool| -> usize {
        parsed
            .iter()
            .map(|(_, batch)| match batch {
                Elements::Goals(g) if goals => g.len(),
                Elements::Initiatives(i) if !goals => i.len(),
                _ => 0,
            })
            .sum()
    };
    let mut goals = Vec::with_capacity(count(true));
    let mut initiatives = Vec::with_capacity(count(false));
    for (_, batch) in parsed {
        match batch {
            Elements::Goals(mut g) => goals.append(&mut g),
            Elements::Initiatives(mut i) => initiatives.append(&mut i),
        }
    }
    (goals, initiatives)
}
