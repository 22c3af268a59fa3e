//! When each room is live: from its start (at emulator start, after a `--live-delay-s`, or on
//! `POST /__admin/live/start`) until its end (`--live-seconds` after going live, or
//! `POST /__admin/live/end`), plus the stream drops `POST /__admin/live/drop` causes.

use crate::world::World;

/// One room's live session and stream state.
#[derive(Debug, Clone, Default)]
pub struct RoomLive {
    /// When the current (or next) live starts, ms; None = not live.
    pub from_ms: Option<u64>,
    /// When it ends, ms; None = open-ended.
    pub until_ms: Option<u64>,
    /// Stream drops so far; an open FLV body is cut when this moves.
    pub drops: u64,
    /// The next playlist fetch answers 404 (then the stream is back).
    pub fail_next_playlist: bool,
}

/// The live state of every room.
#[derive(Debug, Clone, Default)]
pub struct LiveBoard {
    /// By room index.
    pub rooms: Vec<RoomLive>,
    duration_ms: Option<u64>,
}

impl LiveBoard {
    /// Rooms live at start go live at `started_ms`, or after their delay; every live lasts
    /// `duration_ms` (None = until ended).
    pub fn new(
        world: &World,
        started_ms: u64,
        delays_s: &[(usize, u64)],
        duration_ms: Option<u64>,
    ) -> Self {
        let rooms = (0..world.rooms.len())
            .map(|r| {
                let delay = delays_s
                    .iter()
                    .find(|(i, _)| *i == r)
                    .map(|(_, s)| s * 1000);
                let from = match delay {
                    Some(d) => Some(started_ms + d),
                    None => world.rooms[r].live_at_start.then_some(started_ms),
                };
                RoomLive {
                    from_ms: from,
                    until_ms: from.and_then(|f| duration_ms.map(|d| f + d)),
                    ..RoomLive::default()
                }
            })
            .collect();
        Self { rooms, duration_ms }
    }

    /// Whether room `r` is live at `now`.
    pub fn is_live(&self, r: usize, now: u64) -> bool {
        self.rooms.get(r).is_some_and(|s| {
            s.from_ms.is_some_and(|f| now >= f) && s.until_ms.is_none_or(|u| now < u)
        })
    }

    /// Room `r` goes live now (a new live if it had ended); false if there is no such room.
    pub fn start(&mut self, r: usize, now: u64) -> bool {
        let live = self.is_live(r, now);
        let duration = self.duration_ms;
        let Some(s) = self.rooms.get_mut(r) else {
            return false;
        };
        if !live {
            s.from_ms = Some(now);
            s.until_ms = duration.map(|d| now + d);
        }
        true
    }

    /// Room `r` ends now (a scheduled start is cancelled too).
    pub fn end(&mut self, r: usize, now: u64) -> bool {
        let Some(s) = self.rooms.get_mut(r) else {
            return false;
        };
        if s.from_ms.is_some_and(|f| f > now) {
            s.from_ms = None;
        }
        s.until_ms = Some(s.until_ms.map_or(now, |u| u.min(now)));
        true
    }

    /// Room `r`'s stream drops once: open FLV bodies are cut and the next playlist fetch
    /// fails, while the room stays live.
    pub fn drop_stream(&mut self, r: usize) -> bool {
        let Some(s) = self.rooms.get_mut(r) else {
            return false;
        };
        s.drops += 1;
        s.fail_next_playlist = true;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> LiveBoard {
        let world = crate::world::generate(
            1,
            crate::world::build::Sizes {
                users: 3,
                posts_per_user: 3,
                comments_per_post: 0,
            },
        );
        LiveBoard::new(&world, 1_000, &[(1, 30)], Some(60_000))
    }

    #[test]
    fn delays_durations_starts_and_ends() {
        let mut b = board();
        assert!(b.is_live(0, 1_000) && !b.is_live(1, 1_000));
        assert!(b.is_live(1, 31_000) && !b.is_live(1, 91_000));
        assert!(!b.is_live(0, 61_000), "a live lasts --live-seconds");
        assert!(b.start(0, 70_000) && b.is_live(0, 70_000) && !b.is_live(0, 130_000));
        assert!(b.end(0, 80_000) && !b.is_live(0, 80_000));
        assert!(
            b.end(1, 2_000) && !b.is_live(1, 31_000),
            "a scheduled start is cancelled"
        );
        assert!(!b.start(99, 0) && !b.end(99, 0) && !b.drop_stream(99));
    }
}
