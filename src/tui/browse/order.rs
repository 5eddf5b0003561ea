//! What the initiatives browser sorts and filters by, worked out once per dataset: for each
//! column a rank per initiative (equal values share one), so sorting 50,000 rows compares
//! integers; each initiative's title and id folded for `/`; each cell's width, so the columns
//! are as wide as the whole table. Each part is built the first time it is needed (never
//! before the first frame) and lives as long as the data.

use memchr::memmem::Finder;

use crate::model::InitiativeStatus;
use crate::tui::app::{App, Column};
use crate::tui::orders::Folded;
use crate::tui::prepared::Data;

/// The rank of an initiative without a value in a column: last, either way.
const MISSING: u32 = u32::MAX;

/// Each initiative's rank in a column, ascending (`MISSING` for no value).
pub fn ranks(data: &Data, column: Column) -> &[u32] {
    data.prepared.browse.ranks[column.index()].get_or_init(|| build_ranks(data, column))
}

/// Whether initiative `n`'s title or id holds every word (folded, as the search folds).
fn holds(data: &Data, n: usize, words: &[Finder<'_>]) -> bool {
    let folded = data.prepared.browse.text.get_or_init(|| fold_all(data));
    let start = n.checked_sub(1).map_or(0, |b| folded.ends[b]);
    let Some(key) = folded.text.as_bytes().get(start..folded.ends[n]) else {
        return false;
    };
    words.iter().all(|w| w.find(key).is_some())
}

/// Each initiative's cells' widths, in [`Column::ALL`]'s order (at most 255).
pub fn widths(app: &App) -> &[[u8; 7]] {
    app.data
        .prepared
        .browse
        .widths
        .get_or_init(|| cell_widths(app))
}

/// The widest status word, owner's label and latest update over the whole dataset, worked out
/// once (one pass over the owners, one over the initiatives' dates with each distinct date
/// measured once): the overview's initiatives pane can keep its columns there from goal to
/// goal.
pub fn steady_widths(app: &App) -> [usize; 3] {
    use crate::tui::text::width;
    *app.data.prepared.browse.steady.get_or_init(|| {
        let (data, theme, loc) = (&app.data, &app.theme, app.locale);
        let statuses = (InitiativeStatus::ALL.iter())
            .map(|&s| width(&loc.initiative_status(s)))
            .max()
            .unwrap_or(0);
        let owners = (data.dataset.owners.iter())
            .map(|o| width(&theme.clean(crate::model::owner_label(o))))
            .max()
            .unwrap_or(0);
        let mut seen = std::collections::HashSet::new();
        let dates = (data.prepared.initiatives.iter())
            .filter_map(|p| p.latest_update)
            .filter(|d| seen.insert(*d))
            .map(|d| width(&loc.date(d)))
            .max()
            .unwrap_or(0);
        [statuses, owners, dates]
    })
}

/// The initiatives among `rows` whose title or id holds every word of `query` (all when it
/// has none).
pub fn filter_text(data: &Data, rows: &mut Vec<usize>, query: &str) {
    let folded = crate::tui::search::fold(query);
    let words: Vec<Finder> = folded
        .split_whitespace()
        .map(|w| Finder::new(w.as_bytes()))
        .collect();
    if words.is_empty() {
        return;
    }
    rows.retain(|&n| holds(data, n, &words));
}

/// Sorts rows by their ranks; missing values last either way, file order between equals.
pub fn sort(rows: &mut [usize], ranks: &[u32], descending: bool) {
    rows.sort_unstable_by_key(|&n| {
        let rank = ranks.get(n).copied().unwrap_or(MISSING);
        let rank = if descending && rank != MISSING {
            MISSING - 1 - rank
        } else {
            rank
        };
        (u64::from(rank) << 32) | n as u64
    });
}

fn build_ranks(data: &Data, column: Column) -> Vec<u32> {
    let inis = &data.dataset.initiatives;
    let prepared = &data.prepared.initiatives;
    let lookup = &data.prepared.lookup;
    let each = 0..inis.len().min(prepared.len());
    match column {
        Column::Title => ranks_of(
            &each
                .map(|n| Some(natural_key(&prepared[n].title_key)))
                .collect::<Vec<_>>(),
        ),
        Column::Owners => ranks_of(
            &each
                .map(|n| {
                    let key = &prepared[n].owners_key;
                    (!key.is_empty()).then(|| natural_key(key))
                })
                .collect::<Vec<_>>(),
        ),
        Column::Status => ranks_of(
            &each
                .map(|n| Some(status_rank(inis[n].status)))
                .collect::<Vec<_>>(),
        ),
        Column::Goals => ranks_of(
            &each
                .map(|n| {
                    let first = inis[n].goals.first()?;
                    lookup.goals(first.as_str()).first().copied()
                })
                .collect::<Vec<_>>(),
        ),
        Column::Start => ranks_of(&each.map(|n| inis[n].start).collect::<Vec<_>>()),
        Column::End => ranks_of(&each.map(|n| inis[n].end).collect::<Vec<_>>()),
        Column::Updated => ranks_of(&each.map(|n| prepared[n].latest_update).collect::<Vec<_>>()),
    }
}

/// Each key's rank among the keys, equal keys sharing one; `MISSING` for none.
fn ranks_of<K: Ord>(keys: &[Option<K>]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..keys.len()).filter(|&n| keys[n].is_some()).collect();
    order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut ranks = vec![MISSING; keys.len()];
    let mut rank = 0;
    for (i, &n) in order.iter().enumerate() {
        if i > 0 && keys[order[i - 1]] != keys[n] {
            rank += 1;
        }
        ranks[n] = rank;
    }
    ranks
}

/// A folded sort key whose bytes compare numbers as numbers: each run of digits becomes its
/// length, then the digits without leading zeros (`2` is `12`, `10` is `210`), so "Indsats 2"
/// comes before "Indsats 10". A length is one digit up to 8, else `9` and two digits.
pub fn natural_key(key: &str) -> Vec<u8> {
    let bytes = key.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + 4);
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(bytes.len(), |p| i + p);
        let digits = &bytes[i..end];
        let zeros = digits.iter().take_while(|&&b| b == b'0').count();
        let digits = &digits[zeros.min(digits.len() - 1)..];
        let len = digits.len().min(99);
        if len < 9 {
            out.push(b'0' + len as u8);
        } else {
            out.extend([b'9', b'0' + (len / 10) as u8, b'0' + (len % 10) as u8]);
        }
        out.extend_from_slice(digits);
        i = end;
    }
    out
}

fn status_rank(s: InitiativeStatus) -> usize {
    InitiativeStatus::ALL
        .iter()
        .position(|&x| x == s)
        .unwrap_or(0)
}

fn fold_all(data: &Data) -> Folded {
    let mut folded = Folded::default();
    for ini in &data.dataset.initiatives {
        folded.text.push_str(&crate::tui::search::fold(&ini.title));
        folded.text.push('\n');
        folded
            .text
            .push_str(&crate::tui::search::fold(ini.id.as_str()));
        folded.ends.push(folded.text.len());
    }
    folded
}

/// The widths of every initiative's cells as the browser draws them, without drawing them.
/// Formatting each row's owners, goals and three dates to measure them made the first `b` on
/// the large file (50,000 initiatives) take 170–198 ms; here each owner's and goal's label and
/// each distinct date is measured once, and a list's width is its labels' widths plus two cells
/// per `, ` between them (what `owners_text` and `goals_text` join them with). The columns then
/// stay as wide as the whole table, so paging moves no column, for a tenth of the time.
fn cell_widths(app: &App) -> Vec<[u8; 7]> {
    use crate::tui::text::width;
    let (data, theme, loc) = (&app.data, &app.theme, app.locale);
    let (ds, lookup) = (&data.dataset, &data.prepared.lookup);
    let statuses: Vec<usize> = InitiativeStatus::ALL
        .iter()
        .map(|&s| width(&loc.initiative_status(s)))
        .collect();
    let owners: Vec<usize> = (ds.owners.iter())
        .map(|o| width(&theme.clean(crate::model::owner_label(o))))
        .collect();
    let goals: Vec<usize> = (ds.goals.iter())
        .map(|g| width(&theme.clean(g.code.as_deref().unwrap_or(g.id.as_str()))))
        .collect();
    // A reference to no owner or goal is shown by its id.
    let owner = |id: &crate::model::OwnerId| match lookup.owner(id.as_str()) {
        Some(o) => owners[o],
        None => width(&theme.clean(id.as_str())),
    };
    let goal = |id: &crate::model::GoalId| match lookup.goal(id.as_str()) {
        Some(g) => goals[g],
        None => width(&theme.clean(id.as_str())),
    };
    let mut dates = std::collections::HashMap::new();
    let mut date = |d: Option<crate::model::Period>| {
        d.map_or(0, |d| {
            *dates.entry(d).or_insert_with(|| width(&loc.date(d)))
        })
    };
    let byte = |w: usize| w.min(255) as u8;
    (ds.initiatives.iter().zip(&data.prepared.initiatives))
        .map(|(ini, prep)| {
            [
                width(&theme.clean(&ini.title)),
                statuses[status_rank(ini.status)],
                listed(ini.owners.iter().map(owner)),
                listed(ini.goals.iter().map(goal)),
                date(ini.start),
                date(ini.end),
                date(prep.latest_update),
            ]
            .map(byte)
        })
        .collect()
}

/// The width of labels joined with `, `.
fn listed(widths: impl Iterator<Item = usize>) -> usize {
    widths
        .enumerate()
        .map(|(i, w)| if i > 0 { w + 2 } else { w })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_sort_as_numbers() {
        let mut titles = [
            "indsats 10",
            "indsats 2",
            "indsats 02b",
            "indsats",
            "indsats 1x",
        ];
        titles.sort_by_key(|t| natural_key(t));
        assert_eq!(
            titles,
            [
                "indsats",
                "indsats 1x",
                "indsats 2",
                "indsats 02b",
                "indsats 10"
            ]
        );
        assert!(natural_key("a 123456789012") > natural_key("a 99999999"));
        assert!(
            natural_key("a 9") < natural_key("a b"),
            "digits before letters"
        );
    }

    /// The widths measured once per label and date are those of the cells as drawn, for every
    /// initiative of the bundled dataset and for references to no owner or goal.
    #[test]
    fn cell_widths_are_the_drawn_cells_widths() {
        use crate::tui::text::width;
        let mut dataset = crate::load::load_bytes(crate::bundled::BYTES, crate::bundled::NAME)
            .dataset
            .expect("the bundled dataset loads");
        let ini = &mut dataset.initiatives[0];
        ini.owners
            .push(crate::model::OwnerId::from("no-such-owner"));
        ini.goals.push(crate::model::GoalId::from("no such goal ✓"));
        let app = App::new(dataset, crate::tui::Options::default());
        let (data, theme, loc) = (&app.data, &app.theme, app.locale);
        let date = |d: Option<crate::model::Period>| d.map_or(0, |d| width(&loc.date(d)));
        let drawn: Vec<[u8; 7]> = (data.dataset.initiatives.iter().enumerate())
            .map(|(n, ini)| {
                [
                    width(&theme.clean(&ini.title)),
                    width(&loc.initiative_status(ini.status)),
                    width(&data.owners_text(n, theme)),
                    width(&data.goals_text(n, theme)),
                    date(ini.start),
                    date(ini.end),
                    date(data.prepared.initiatives[n].latest_update),
                ]
                .map(|w| w.min(255) as u8)
            })
            .collect();
        assert!(
            drawn.iter().any(|w| w[2] > 0 && w[4] > 0),
            "cells to measure"
        );
        assert_eq!(cell_widths(&app), drawn);
    }

    #[test]
    fn equal_values_share_a_rank_and_missing_ones_come_last_either_way() {
        let ranks = ranks_of(&[Some(5), None, Some(1), Some(5)]);
        assert_eq!(ranks, [1, MISSING, 0, 1]);
        let mut rows = vec![0, 1, 2, 3];
        sort(&mut rows, &ranks, false);
        assert_eq!(rows, [2, 0, 3, 1]);
        sort(&mut rows, &ranks, true);
        assert_eq!(rows, [0, 3, 2, 1], "file order between equals");
    }
}
