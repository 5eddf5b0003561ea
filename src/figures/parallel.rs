//! A list mapped on every core (at most eight threads), in order: the figures (of a dataset,
//! or of the older version in a comparison) and what is prepared for drawing are independent
//! per goal and per initiative, and a national dataset has tens of thousands of them.

/// Below this many items one thread is quicker than starting more.
const ALONE: usize = 512;

/// `items.iter().map(f).collect()`, on scoped threads over equal runs of the list.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if workers < 2 || items.len() < ALONE {
        return items.iter().map(f).collect();
    }
    let run = items.len().div_ceil(workers);
    let f = &f;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(run)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut all = Vec::with_capacity(items.len());
        for part in parts {
            // A panic on a worker is a bug, not data: carried on as it was.
            match part.join() {
                Ok(done) => all.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn in_order_alone_and_on_threads() {
        for n in [0, 3, super::ALONE, 10_007] {
            let items: Vec<usize> = (0..n).collect();
            let doubled: Vec<usize> = items.iter().map(|i| i * 2).collect();
            assert_eq!(super::map(&items, |i| i * 2), doubled, "{n}");
        }
    }
}
