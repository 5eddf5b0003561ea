//! An entry's hit in 8 bytes: a national dataset's index has 170,000 entries.

use super::Packed;

/// A [`Packed`] in 8 bytes when each of its positions is under 2^20 (a million goals,
/// indicators of a goal, points of an indicator…), else the place of the whole one in a side
/// list, so that no hit is lost.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slim(u64);

/// Bits per position.
const BITS: u32 = 20;
/// The kind (a [`Packed`]'s are under 13) marking a hit kept in the side list.
const ASIDE: u64 = 15;

impl Slim {
    /// `None` only past `u64` places in the side list, which no file can hold.
    pub(super) fn of(p: Packed, aside: &mut Vec<Packed>) -> Option<Self> {
        let fits = |x: u32| x < 1 << BITS;
        if fits(p.a) && fits(p.b) && fits(p.c) {
            let (a, b, c) = (u64::from(p.a), u64::from(p.b), u64::from(p.c));
            return Some(Self(
                u64::from(p.kind) | a << 4 | b << (4 + BITS) | c << (4 + 2 * BITS),
            ));
        }
        let place = u64::try_from(aside.len()).ok()?;
        aside.push(p);
        Some(Self(ASIDE | place << 4))
    }

    pub(super) fn packed(self, aside: &[Packed]) -> Option<Packed> {
        let kind = self.0 & 0xF;
        if kind == ASIDE {
            return aside.get(usize::try_from(self.0 >> 4).ok()?).copied();
        }
        let position = |shift: u32| ((self.0 >> shift) & ((1 << BITS) - 1)) as u32;
        Some(Packed {
            kind: kind as u8,
            a: position(4),
            b: position(4 + BITS),
            c: position(4 + 2 * BITS),
        })
    }
}
