//! Synthetic datasets of any size in format v1, for benchmarks and tests: Danish goals,
//! indicators, series, comparisons and initiatives, the same bytes for the same seed.
//!
//! Library-free on purpose (only `std`, and `serde_json` for string escaping), so both the
//! `gen_dataset` example and the benches include it without a dependency on goalboard's own
//! loader. The output is streamed: a 60 MB file never exists as one string.
//!
//! Every file it writes must pass `goalboard check` with no error and no warning: series are
//! written sorted with one point per date, `%` values stay within 0–100, baselines are the first
//! point, deadlines lie after the first point, every target has an explicit direction, and ids
//! are unique (`g7`, `g7-3`, `ini12`, `ini12-m1`, `o5-2`).

use std::io::{self, Write};

use super::json_writer::Json;
use super::words::{
    COMPARISON_LABELS, Direction, GOAL_NOTES, INITIATIVE_DESCRIPTIONS, INITIATIVE_NAMES,
    IndicatorKind, MEASURES, MILESTONES, MUNICIPALITIES, OWNER_KINDS, POINT_NOTES, QUALIFIERS,
    STATUSES, TAGS, THEMES, Theme, UPDATES, Unit,
};

/// How big a dataset to write.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub goals: usize,
    pub indicators: usize,
    pub points: usize,
    pub initiatives: usize,
}

impl Size {
    /// The "large" dataset of issue 7: about 60 MB.
    pub const LARGE: Size = Size {
        goals: 1_000,
        indicators: 10,
        points: 120,
        initiatives: 50_000,
    };
}

/// The most points a series may have: monthly points back from 2024 stay in years ≥ 1000.
pub const MAX_POINTS: usize = 12_000;

/// Writes a whole dataset to `out` (wrap it in a `BufWriter`; this writes many small pieces).
pub fn write_dataset<W: Write>(out: W, size: Size, seed: u64) -> io::Result<W> {
    let mut g = Generator {
        json: Json::new(out),
        rng: Rng::new(seed),
        size: Size {
            points: size.points.min(MAX_POINTS),
            ..size
        },
    };
    g.dataset(seed);
    g.json.finish()
}

/// The dataset's status date: every series ends at or a little before it.
const AS_OF: Month = Month(2024 * 12 + 11);

struct Generator<W: Write> {
    json: Json<W>,
    rng: Rng,
    size: Size,
}

impl<W: Write> Generator<W> {
    fn dataset(&mut self, seed: u64) {
        let j = &mut self.json;
        j.open(b'{');
        j.field_str("format", "goalboard/1");
        j.field_str(
            "title",
            &format!("Social mobilitet i Danmarks kommuner (syntetisk, frø {seed})"),
        );
        j.field_str("organization", "Kommunernes fælles opfølgning");
        j.field_str(
            "description",
            "Syntetiske data til ydelsesmåling: mål, indikatorer og indsatser for 98 kommuner.\n\
             Tallene er tilfældige, men formen er ægte.",
        );
        j.field_str("as_of", &AS_OF.to_string());
        j.field_str("language", "da");
        self.owners();
        self.json.key("goals");
        self.json.open(b'[');
        for i in 0..self.size.goals {
            self.goal(i);
        }
        self.json.close(b']');
        self.json.key("initiatives");
        self.json.open(b'[');
        for k in 0..self.size.initiatives {
            self.initiative(k);
        }
        self.json.close(b']');
        self.json.close(b'}');
    }

    /// One owner of each kind in each municipality that has a goal.
    fn owners(&mut self) {
        let municipalities = self.municipalities_used();
        let j = &mut self.json;
        j.key("owners");
        j.open(b'[');
        for (m, municipality) in MUNICIPALITIES.iter().take(municipalities).enumerate() {
            for (kind, (name, short)) in OWNER_KINDS.iter().enumerate() {
                j.open(b'{');
                j.field_str("id", &owner_id(m, kind));
                j.field_str("name", &format!("{name}, {municipality}"));
                j.field_str("short", short);
                j.close(b'}');
            }
        }
        j.close(b']');
    }

    fn municipalities_used(&self) -> usize {
        self.size
            .goals
            .div_ceil(THEMES.len())
            .clamp(1, MUNICIPALITIES.len())
    }

    /// Goal `i` is theme `i % 10` in municipality `i / 10` (wrapping after 98).
    fn goal(&mut self, i: usize) {
        let theme = &THEMES[i % THEMES.len()];
        let muni = municipality_of(i);
        let j = &mut self.json;
        j.open(b'{');
        j.field_str("id", &format!("g{}", i + 1));
        j.field_str("code", &(i + 1).to_string());
        j.field_str(
            "title",
            &format!("{} – {}", theme.goal, MUNICIPALITIES[muni]),
        );
        if self.rng.chance(0.6) {
            let text = format!(
                "Målet er vedtaget af byrådet i {} Kommune og følges op hvert halve år.",
                MUNICIPALITIES[muni]
            );
            self.json.field_str("description", &text);
        }
        let first = self.rng.below(OWNER_KINDS.len());
        let owners = [
            owner_id(muni, first),
            owner_id(muni, (first + 3) % OWNER_KINDS.len()),
        ];
        let n_owners = 1 + self.rng.below(2);
        self.json
            .field_strs("owners", owners[..n_owners].iter().map(String::as_str));
        let tags = self.tags();
        self.json.field_strs("tags", tags.iter().copied());
        self.json.key("indicators");
        self.json.open(b'[');
        for n in 0..self.size.indicators {
            self.indicator(&format!("g{}-{}", i + 1, n + 1), theme, n);
        }
        self.json.close(b']');
        self.goal_notes();
        self.json.close(b'}');
    }

    fn tags(&mut self) -> Vec<&'static str> {
        let n = 1 + self.rng.below(3);
        let start = self.rng.below(TAGS.len());
        (0..n).map(|k| TAGS[(start + k) % TAGS.len()]).collect()
    }

    fn goal_notes(&mut self) {
        let n = self.rng.below(4);
        if n == 0 {
            return;
        }
        self.json.key("notes");
        self.json.open(b'[');
        for k in 0..n {
            let date = AS_OF.minus(6 * (n - k)).to_string();
            let text = *self.rng.pick(GOAL_NOTES);
            let j = &mut self.json;
            j.open(b'{');
            j.field_str("date", &date);
            j.field_str("text", text);
            j.close(b'}');
        }
        self.json.close(b']');
    }

    /// An indicator: a monthly series ending at or just before the status date.
    fn indicator(&mut self, id: &str, theme: &Theme, n: usize) {
        let kind = theme.indicator(n);
        let title = match n / theme.indicators.len() {
            0 => kind.title.to_owned(),
            round => format!(
                "{} ({})",
                kind.title,
                QUALIFIERS[(round - 1) % QUALIFIERS.len()]
            ),
        };
        let end = AS_OF.minus(self.rng.below(3));
        let series = self.series_values(kind, self.size.points);
        let start = end.minus(series.len().saturating_sub(1));
        self.json.open(b'{');
        self.json.field_str("id", id);
        self.json.field_str("title", &title);
        self.json.field_str("unit", kind.unit.name());
        if self.rng.chance(0.5) {
            self.json.key("decimals");
            self.json.raw(&kind.unit.decimals().to_string());
        }
        self.targeted_fields(kind, &series, start);
        self.json.key("series");
        self.series(&series, end, 1, kind.unit);
        if self.rng.chance(0.15) {
            self.comparison(kind, &series, end);
        }
        self.json
            .field_str("source", &format!("Danmarks Statistik, {}", kind.table));
        self.json.close(b'}');
    }

    /// Direction, baseline and target: with a target the direction is always written, so no
    /// file depends on inference, and the target's deadline lies after the first point.
    fn targeted_fields(&mut self, kind: &IndicatorKind, series: &[Option<f64>], start: Month) {
        let first = series.iter().flatten().next().copied();
        let last = series.iter().rev().flatten().next().copied();
        let target = match (kind.direction, first, last) {
            (Direction::None, ..) | (_, None, _) | (_, _, None) => None,
            (dir, Some(first), Some(last)) if self.rng.chance(0.75) => {
                Some(self.target_value(kind.unit, dir, first, last))
            }
            _ => None,
        };
        if target.is_some() || self.rng.chance(0.5) {
            self.json.field_str("direction", kind.direction.name());
        }
        if let (Some(first), true) = (first, self.rng.chance(0.3)) {
            self.json.key("baseline");
            self.json.open(b'{');
            self.json.field_str("date", &start.to_string());
            self.json.key("value");
            self.json.raw(&kind.unit.format(first));
            self.json.close(b'}');
        }
        if let Some(value) = target {
            let deadline = self.deadline(start);
            let j = &mut self.json;
            j.key("target");
            j.open(b'{');
            j.key("value");
            j.raw(&kind.unit.format(value));
            j.field_str("date", &deadline);
            if self.rng.chance(0.3) {
                self.json.field_str("label", "Byrådets mål");
            }
            self.json.close(b'}');
        }
    }

    /// A target 5–30 % better than the latest value, never equal to the baseline.
    fn target_value(&mut self, unit: Unit, dir: Direction, first: f64, last: f64) -> f64 {
        let better = if dir == Direction::Increase {
            1.0
        } else {
            -1.0
        };
        let step = last.abs().max(1.0) * (0.05 + 0.25 * self.rng.float());
        let mut target = unit.clamp(last + better * step);
        if unit.format(target) == unit.format(first) {
            target = unit.clamp(first + better * unit.quantum().max(1.0));
        }
        target
    }

    /// Mostly a future deadline in several precisions; sometimes one already passed.
    fn deadline(&mut self, start: Month) -> String {
        let year = 2025 + self.rng.below(6) as i32;
        let passed = start.0 + 24 <= AS_OF.0 && self.rng.chance(0.2);
        if passed {
            let span = AS_OF.0 - start.0 - 12;
            return Month(start.0 + 12 + self.rng.below(span as usize) as i32).to_string();
        }
        match self.rng.below(4) {
            0 => year.to_string(),
            1 => format!("{year}-12"),
            2 => format!("{year}-Q{}", 1 + self.rng.below(4)),
            _ => format!("{year}-H{}", 1 + self.rng.below(2)),
        }
    }

    /// A random walk with a drift, about 2 % holes, the first and last points always measured.
    fn series_values(&mut self, kind: &IndicatorKind, len: usize) -> Vec<Option<f64>> {
        let (lo, hi) = kind.unit.range();
        let mut value = lo + (hi - lo) * (0.2 + 0.6 * self.rng.float());
        let drift = (hi - lo) * 0.002 * (self.rng.float() - 0.5);
        let noise = (hi - lo) * 0.01;
        (0..len)
            .map(|k| {
                value = kind
                    .unit
                    .clamp(value + drift + noise * (self.rng.float() - 0.5));
                let hole = k > 0 && k + 1 < len && self.rng.chance(0.02);
                (!hole).then(|| kind.unit.round(value))
            })
            .collect()
    }

    /// Points every `step` months ending at `end`; `from` spans the step when given.
    fn series(&mut self, values: &[Option<f64>], end: Month, step: usize, unit: Unit) {
        let start = end.minus(step * values.len().saturating_sub(1));
        self.json.open(b'[');
        for (k, value) in values.iter().enumerate() {
            let date = Month(start.0 + (k * step) as i32);
            let j = &mut self.json;
            j.open(b'{');
            if step > 1 {
                j.field_str("from", &date.minus(step - 1).to_string());
            }
            j.field_str("date", &date.to_string());
            j.key("value");
            match value {
                Some(v) => j.raw(&unit.format(*v)),
                None => j.raw("null"),
            }
            if self.rng.chance(0.01) {
                let note = *self.rng.pick(POINT_NOTES);
                self.json.field_str("note", note);
            }
            self.json.close(b'}');
        }
        self.json.close(b']');
    }

    /// A benchmark series: quarterly, near the indicator's own values.
    fn comparison(&mut self, kind: &IndicatorKind, own: &[Option<f64>], end: Month) {
        let label = *self.rng.pick(COMPARISON_LABELS);
        let offset = (self.rng.float() - 0.5) * 0.2;
        let quarterly: Vec<Option<f64>> = own
            .iter()
            .rev()
            .step_by(3)
            .rev()
            .map(|v| v.map(|v| kind.unit.round(kind.unit.clamp(v * (1.0 + offset)))))
            .collect();
        let start = end.minus(3 * quarterly.len().saturating_sub(1));
        self.json.key("comparisons");
        self.json.open(b'[');
        self.json.open(b'{');
        self.json.field_str("label", label);
        self.json.key("series");
        self.json.open(b'[');
        for (k, value) in quarterly.iter().enumerate() {
            let j = &mut self.json;
            j.open(b'{');
            j.field_str("date", &Month(start.0 + 3 * k as i32).to_string());
            j.key("value");
            j.raw(&value.map_or_else(|| "null".to_owned(), |v| kind.unit.format(v)));
            j.close(b'}');
        }
        self.json.close(b']');
        self.json.close(b'}');
        self.json.close(b']');
    }

    /// Initiative `k` serves one to three neighbouring goals of one municipality.
    fn initiative(&mut self, k: usize) {
        let goals = self.initiative_goals(k);
        let muni = goals.first().map_or(0, |&g| municipality_of(g));
        let status = *self.rng.pick(&STATUSES);
        let start = AS_OF.minus(6 + self.rng.below(96));
        let end = start.plus(12 + self.rng.below(60));
        let j = &mut self.json;
        j.open(b'{');
        j.field_str("id", &format!("ini{}", k + 1));
        let name = INITIATIVE_NAMES[k % INITIATIVE_NAMES.len()];
        j.field_str("title", &format!("{name} – {}", MUNICIPALITIES[muni]));
        let ids: Vec<String> = goals.iter().map(|g| format!("g{}", g + 1)).collect();
        j.field_strs("goals", ids.iter().map(String::as_str));
        let owner = owner_id(muni, self.rng.below(OWNER_KINDS.len()));
        self.json.field_strs("owners", [owner.as_str()]);
        let tags = self.tags();
        self.json.field_strs("tags", tags.iter().copied());
        if self.rng.chance(0.3) {
            let text = *self.rng.pick(INITIATIVE_DESCRIPTIONS);
            self.json.field_str("description", text);
        }
        self.json.field_str("status", status);
        self.json.field_str("start", &start.to_string());
        if self.rng.chance(0.7) {
            self.json.field_str("end", &end.to_string());
        }
        self.milestones(start, end);
        self.updates(start, status);
        if self.rng.chance(0.1) {
            self.measures(&format!("ini{}", k + 1));
        }
        self.json.close(b'}');
    }

    fn initiative_goals(&mut self, k: usize) -> Vec<usize> {
        let n = self.size.goals;
        if n == 0 {
            return Vec::new();
        }
        // Spread initiatives over every goal first, so no goal is left without one.
        let first = if k < n { k } else { self.rng.below(n) };
        let count = (1 + self.rng.below(3)).min(n);
        (0..count).map(|d| (first + d) % n).collect()
    }

    fn milestones(&mut self, start: Month, end: Month) {
        let n = self.rng.below(3);
        if n == 0 {
            return;
        }
        self.json.key("milestones");
        self.json.open(b'[');
        for m in 0..n {
            let date = Month(start.0 + (end.0 - start.0) * (m as i32 + 1) / (n as i32 + 1));
            let title = *self.rng.pick(MILESTONES);
            let done = date.0 < AS_OF.0 && self.rng.chance(0.8);
            let j = &mut self.json;
            j.open(b'{');
            j.field_str("date", &date.to_string());
            j.field_str("title", title);
            j.key("done");
            j.raw(if done { "true" } else { "false" });
            j.close(b'}');
        }
        self.json.close(b']');
    }

    /// One or two dated updates after the start, with a day on some.
    fn updates(&mut self, start: Month, status: &str) {
        let n = 1 + self.rng.below(2);
        let span = (AS_OF.0 - start.0).max(1) as usize;
        self.json.key("updates");
        self.json.open(b'[');
        for u in 0..n {
            let month = Month(start.0 + (span * (u + 1) / n) as i32).min(AS_OF);
            let date = if self.rng.chance(0.3) {
                format!("{month}-{:02}", 1 + self.rng.below(28))
            } else {
                month.to_string()
            };
            let text = *self.rng.pick(UPDATES);
            let j = &mut self.json;
            j.open(b'{');
            j.field_str("date", &date);
            j.field_str("text", text);
            if u + 1 == n {
                j.field_str("status", status);
            }
            j.close(b'}');
        }
        self.json.close(b']');
    }

    /// One performance measure: a quarterly series whose points each cover their quarter.
    fn measures(&mut self, initiative: &str) {
        let kind = self.rng.pick(MEASURES);
        let values = self.series_values(kind, 8);
        let end = AS_OF.minus(self.rng.below(3));
        let start = end.minus(3 * (values.len() - 1));
        self.json.key("measures");
        self.json.open(b'[');
        self.json.open(b'{');
        self.json.field_str("id", &format!("{initiative}-m1"));
        self.json.field_str("title", kind.title);
        self.json.field_str("unit", kind.unit.name());
        self.targeted_fields(kind, &values, start);
        self.json.key("series");
        self.series(&values, end, 3, kind.unit);
        self.json.close(b'}');
        self.json.close(b']');
    }
}

fn municipality_of(goal: usize) -> usize {
    (goal / THEMES.len()) % MUNICIPALITIES.len()
}

fn owner_id(muni: usize, kind: usize) -> String {
    format!("o{}-{}", muni + 1, kind + 1)
}

/// A calendar month as a count of months since year 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Month(i32);

impl Month {
    fn minus(self, months: usize) -> Month {
        Month(self.0 - months as i32)
    }

    fn plus(self, months: usize) -> Month {
        Month(self.0 + months as i32)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:04}-{:02}",
            self.0.div_euclid(12),
            self.0.rem_euclid(12) + 1
        )
    }
}

/// `SplitMix64`: tiny, fast and good enough for test data; the same seed gives the same file on
/// every platform (no dependency on a crate's algorithm choices across versions).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn float(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0); the tiny modulo bias does not matter for test data.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        self.float() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generate(size: Size, seed: u64) -> Vec<u8> {
        write_dataset(Vec::new(), size, seed).expect("writing to a Vec cannot fail")
    }

    const SMALL: Size = Size {
        goals: 12,
        indicators: 3,
        points: 30,
        initiatives: 20,
    };

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        assert_eq!(generate(SMALL, 7), generate(SMALL, 7));
        assert_ne!(generate(SMALL, 7), generate(SMALL, 8));
    }

    #[test]
    fn output_is_json_with_the_asked_counts() {
        let v: serde_json::Value = serde_json::from_slice(&generate(SMALL, 1)).expect("valid JSON");
        assert_eq!(v["format"], "goalboard/1");
        assert_eq!(v["goals"].as_array().map(Vec::len), Some(12));
        assert_eq!(
            v["goals"][0]["indicators"].as_array().map(Vec::len),
            Some(3)
        );
        assert_eq!(
            v["goals"][0]["indicators"][0]["series"]
                .as_array()
                .map(Vec::len),
            Some(30)
        );
        assert_eq!(v["initiatives"].as_array().map(Vec::len), Some(20));
    }

    #[test]
    fn months_print_as_the_format_spells_them() {
        assert_eq!(Month(2024 * 12 + 11).to_string(), "2024-12");
        assert_eq!(Month(2025 * 12).minus(1).to_string(), "2024-12");
    }
}
