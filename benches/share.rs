//! Following a presenter: encoding and decoding one position message, the presenter's side of a
//! publish (what a key press pays), and a publish until each of N followers has read it, over
//! real Unix sockets in a temporary directory.

use std::hint::black_box;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use goalboard::share::protocol::{
    FrameReader, Message, Position, Screen, Scroll, VERSION, decode, encode,
};
use goalboard::share::{Access, start_in};

/// A position as the presenter sends one: an indicator of a goal, a few scrolls, a query.
fn message(seq: u64) -> Message {
    Message {
        version: VERSION,
        seq,
        reloaded: 2,
        presenter: "anna".into(),
        dataset: Some("/home/anna/data/ishoj-social-mobilitet.json".into()),
        position: Position {
            screen: Screen::Indicator,
            goal: Some("ung-uddannelse".into()),
            indicator: Some("ung-uddannelse-fuldfort".into()),
            initiative: Some("lektiecafe".into()),
            row: 4,
            scroll: Scroll {
                goals: 3,
                indicators: 1,
                initiatives: 0,
                screen: 2,
            },
            page: None,
            query: Some("skole".into()),
            ..Position::default()
        },
    }
}

fn protocol(c: &mut Criterion) {
    let m = message(1);
    let line = encode(&m).unwrap();
    c.bench_function("share/encode", |b| {
        b.iter(|| encode(black_box(&m)).unwrap());
    });
    c.bench_function("share/decode", |b| {
        b.iter(|| decode(black_box(&line)).unwrap());
    });
}

fn publish(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("gb-sharebench-{}", std::process::id()));
    for n in [0usize, 1, 4, 16] {
        let presenter = start_in(&dir, None, &Access::Private).unwrap();
        let mut readers: Vec<FrameReader<UnixStream>> = (0..n)
            .map(|_| {
                let s = UnixStream::connect(presenter.path()).unwrap();
                s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
                FrameReader::new(s)
            })
            .collect();
        let end = Instant::now() + Duration::from_secs(5);
        while presenter.followers() < n && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(1));
        }
        let mut seq = 0;
        if n == 0 {
            c.bench_function("share/publish (the presenter's side)", |b| {
                b.iter(|| {
                    seq += 1;
                    presenter.publish(black_box(&message(seq))).unwrap();
                });
            });
            continue;
        }
        c.bench_function(&format!("share/publish until {n} followers read it"), |b| {
            b.iter(|| {
                seq += 1;
                presenter.publish(&message(seq)).unwrap();
                for reader in &mut readers {
                    while reader.next_message().unwrap().map(|m| m.seq) != Some(seq) {}
                }
            });
        });
    }
    let _ = std::fs::remove_dir_all(PathBuf::from(&dir));
}

criterion_group!(benches, protocol, publish);
criterion_main!(benches);
