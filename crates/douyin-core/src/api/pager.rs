//! Pure pagination state machines, one per cursor kind: given the last answer, the next request
//! position or a reason to stop. No I/O, no clock; the list streams drive them.
//!
//! Where F2 wastes a request or loses a page (http.md §9, §15.5) these machines do it right:
//! `has_more == 0` always stops (F2's post/like loops ask once more), the friend feed yields the
//! page that says `has_more == false` (F2 drops it), an interval stops as soon as the next
//! cursor is older than the interval start (F2 fetches one page more), and a cursor that does
//! not advance stops instead of looping forever.

use serde_json::Value;

/// Empty pages in a row after which a list stops even if Douyin says `has_more`.
pub const MAX_EMPTY_PAGES: u32 = 5;

/// Page size and total cap of one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Items asked for per request (`count`).
    pub page_counts: u32,
    /// Total items wanted; `None` means all.
    pub max_counts: Option<u64>,
}

/// Which request fields the follow lists move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowOrder {
    /// `offset ← $.offset` (following, `source_type` 4).
    Offset,
    /// `max_time ← $.min_time`, offset and min_time stay 0 (following, `source_type` 1).
    RecentFirst,
    /// `min_time ← $.max_time`, offset and max_time stay 0 (following, `source_type` 3).
    OldestFirst,
    /// `offset ← $.offset` and `max_time ← $.min_time` (followers).
    OffsetAndMaxTime,
}

/// How a list carries its position from one request to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CursorKind {
    /// `max_cursor ← $.max_cursor` (posts, likes, F2's feed mode); optionally bounded below by
    /// an interval start in ms. An empty page with `has_more` continues without pausing.
    MaxCursor {
        /// Stop once the next cursor is older than this (ms); `None` or 0 disables.
        min_cursor: Option<i64>,
    },
    /// `cursor ← $.cursor` (collection, folders, folder videos, music, mix, comments, replies,
    /// follow feed).
    Cursor,
    /// `offset`, `min_time`, `max_time` (following, followers).
    Follow(FollowOrder),
    /// `filterGids ←` ids of the previous page (related posts).
    FilterGids,
    /// `cursor ← $.cursor`, `level ← $.level`, `pull_type ← $.level` (friend feed, as F2 sends).
    FriendFeed,
    /// `offset ← $.cursor`, `search_id ← $.log_pb.impr_id` (search in a user's posts).
    Search,
}

/// The request-side position of a list; each kind reads the fields it uses. Serialisable, so a
/// downloader can save it after each page and continue there after a restart.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Position {
    /// `max_cursor` or `cursor`.
    pub cursor: i64,
    /// Friend feed `level`.
    pub level: i64,
    /// Friend feed `pull_type` (also sent as `refresh_type`).
    pub pull_type: i64,
    /// Follow lists and search `offset`.
    pub offset: i64,
    /// Follow lists `min_time`.
    pub min_time: i64,
    /// Follow lists `max_time`.
    pub max_time: i64,
    /// Search `search_id`.
    pub search_id: String,
    /// Related posts: ids of the previous page.
    pub filter_gids: Vec<String>,
}

/// What one answer says about paging, read leniently from its JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageSummary {
    /// Items on the page.
    pub items: usize,
    /// Item ids in order (used by related posts).
    pub ids: Vec<String>,
    /// `has_more`, as 0/1, bool or string.
    pub has_more: bool,
    /// `$.cursor`.
    pub cursor: Option<i64>,
    /// `$.max_cursor`.
    pub max_cursor: Option<i64>,
    /// `$.offset`.
    pub offset: Option<i64>,
    /// `$.min_time`.
    pub min_time: Option<i64>,
    /// `$.max_time`.
    pub max_time: Option<i64>,
    /// `$.level`.
    pub level: Option<i64>,
    /// `$.log_pb.impr_id`.
    pub impr_id: Option<String>,
}

impl PageSummary {
    /// Reads the paging fields of `body`, given the page's item count and ids.
    pub fn from_body(body: &Value, items: usize, ids: Vec<String>) -> Self {
        Self {
            items,
            ids,
            has_more: truthy(body.get("has_more")),
            cursor: int(body.get("cursor")),
            max_cursor: int(body.get("max_cursor")),
            offset: int(body.get("offset")),
            min_time: int(body.get("min_time")),
            max_time: int(body.get("max_time")),
            level: int(body.get("level")),
            impr_id: body.pointer("/log_pb/impr_id").and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }),
        }
    }
}

fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !matches!(s.trim(), "" | "0" | "false" | "False"),
        _ => false,
    }
}

/// Why a list ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StopReason {
    /// Douyin said `has_more` is false.
    NoMore,
    /// `max_counts` items were collected.
    MaxCounts,
    /// The next cursor would be older than the interval start.
    PastMinCursor,
    /// The answer did not move the cursor; asking again would repeat the page.
    CursorStuck,
    /// Too many empty pages in a row.
    EmptyPages,
}

/// What to do after a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Ask for the next page; `pause` says whether to wait the page delay first.
    Continue {
        /// Wait the page delay before the next request.
        pause: bool,
    },
    /// The list is complete.
    Stop(StopReason),
}

/// The outcome of accepting one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted {
    /// How many of the page's items to hand out (the last page is trimmed to `max_counts`).
    pub keep: usize,
    /// Continue or stop.
    pub next: Next,
}

/// One list's paging state.
#[derive(Debug, Clone)]
pub struct Pager {
    kind: CursorKind,
    limits: Limits,
    position: Position,
    collected: u64,
    empty_streak: u32,
    stopped: Option<StopReason>,
}

impl Pager {
    /// A pager starting at `start`.
    pub fn new(kind: CursorKind, limits: Limits, start: Position) -> Self {
        Self {
            kind,
            limits,
            position: start,
            collected: 0,
            empty_streak: 0,
            stopped: None,
        }
    }

    /// The position to request next.
    pub fn position(&self) -> &Position {
        &self.position
    }

    /// Items handed out so far.
    pub fn collected(&self) -> u64 {
        self.collected
    }

    /// Why the list stopped, once it has.
    pub fn stopped(&self) -> Option<StopReason> {
        self.stopped
    }

    /// The `count` of the next request, or `None` when the list is complete. The last request
    /// asks only for the remainder under `max_counts`.
    pub fn next_count(&self) -> Option<u32> {
        if self.stopped.is_some() {
            return None;
        }
        let page = u64::from(self.limits.page_counts.max(1));
        match self.limits.max_counts {
            Some(max) if self.collected >= max => None,
            Some(max) => u32::try_from(page.min(max - self.collected)).ok(),
            None => u32::try_from(page).ok(),
        }
    }

    /// Takes one answer: trims it to the cap, moves the position and decides what comes next.
    pub fn accept(&mut self, page: &PageSummary) -> Accepted {
        let remaining = match self.limits.max_counts {
            Some(max) => max.saturating_sub(self.collected),
            None => u64::MAX,
        };
        let keep = usize::try_from(remaining).map_or(page.items, |r| page.items.min(r));
        self.collected += keep as u64;
        if page.items == 0 {
            self.empty_streak += 1;
        } else {
            self.empty_streak = 0;
        }
        let before = self.position.clone();
        self.advance(page);
        let next = self.decide(page, &before);
        if let Next::Stop(reason) = next {
            self.stopped = Some(reason);
        }
        Accepted { keep, next }
    }

    fn decide(&self, page: &PageSummary, before: &Position) -> Next {
        if self
            .limits
            .max_counts
            .is_some_and(|max| self.collected >= max)
        {
            return Next::Stop(StopReason::MaxCounts);
        }
        if !page.has_more {
            return Next::Stop(StopReason::NoMore);
        }
        if let CursorKind::MaxCursor {
            min_cursor: Some(min),
        } = self.kind
        {
            if min > 0 && self.position.cursor < min {
                return Next::Stop(StopReason::PastMinCursor);
            }
        }
        if self.position == *before {
            return Next::Stop(StopReason::CursorStuck);
        }
        if self.empty_streak >= MAX_EMPTY_PAGES {
            return Next::Stop(StopReason::EmptyPages);
        }
        // F2 retries an empty post or friend-feed page at once (the cursor moved past filtered
        // items); every other list waits as usual.
        let pause = !(page.items == 0
            && matches!(
                self.kind,
                CursorKind::MaxCursor { .. } | CursorKind::FriendFeed
            ));
        Next::Continue { pause }
    }

    fn advance(&mut self, page: &PageSummary) {
        let p = &mut self.position;
        let set = |field: &mut i64, value: Option<i64>| {
            if let Some(v) = value {
                *field = v;
            }
        };
        match self.kind {
            CursorKind::MaxCursor { .. } => set(&mut p.cursor, page.max_cursor),
            CursorKind::Cursor => set(&mut p.cursor, page.cursor),
            CursorKind::Follow(order) => match order {
                FollowOrder::Offset => set(&mut p.offset, page.offset),
                FollowOrder::RecentFirst => set(&mut p.max_time, page.min_time),
                FollowOrder::OldestFirst => set(&mut p.min_time, page.max_time),
                FollowOrder::OffsetAndMaxTime => {
                    set(&mut p.offset, page.offset);
                    set(&mut p.max_time, page.min_time);
                }
            },
            CursorKind::FilterGids => {
                if !page.ids.is_empty() {
                    p.filter_gids = page.ids.clone();
                }
            }
            CursorKind::FriendFeed => {
                set(&mut p.cursor, page.cursor);
                set(&mut p.level, page.level);
                // F2 sends the answer's level as pull_type (and refresh_type); the web client
                // it imitates does the same, so keep it.
                set(&mut p.pull_type, page.level);
            }
            CursorKind::Search => {
                set(&mut p.offset, page.cursor);
                if let Some(id) = &page.impr_id {
                    p.search_id = id.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn limits(page: u32, max: Option<u64>) -> Limits {
        Limits {
            page_counts: page,
            max_counts: max,
        }
    }

    fn summary(body: Value, items: usize) -> PageSummary {
        PageSummary::from_body(&body, items, Vec::new())
    }

    #[test]
    fn cap_trims_the_last_page_and_asks_for_the_remainder() {
        let mut p = Pager::new(
            CursorKind::Cursor,
            limits(20, Some(25)),
            Position::default(),
        );
        assert_eq!(p.next_count(), Some(20));
        let a = p.accept(&summary(json!({"has_more": 1, "cursor": 20}), 20));
        assert_eq!(a.keep, 20);
        assert_eq!(p.next_count(), Some(5));
        // The server ignores count and sends 20: only 5 are handed out.
        let a = p.accept(&summary(json!({"has_more": 1, "cursor": 40}), 20));
        assert_eq!(a.keep, 5);
        assert_eq!(a.next, Next::Stop(StopReason::MaxCounts));
        assert_eq!(p.next_count(), None);
    }

    #[test]
    fn a_cursor_that_does_not_move_stops_the_list() {
        let mut p = Pager::new(CursorKind::Cursor, limits(10, None), Position::default());
        p.accept(&summary(json!({"has_more": true, "cursor": 10}), 10));
        let a = p.accept(&summary(json!({"has_more": true, "cursor": 10}), 10));
        assert_eq!(a.next, Next::Stop(StopReason::CursorStuck));
    }

    #[test]
    fn missing_cursor_field_counts_as_stuck() {
        let mut p = Pager::new(
            CursorKind::MaxCursor { min_cursor: None },
            limits(10, None),
            Position::default(),
        );
        let a = p.accept(&summary(json!({"has_more": 1}), 3));
        assert_eq!(a.next, Next::Stop(StopReason::CursorStuck));
    }

    #[test]
    fn empty_post_pages_continue_without_pause_but_not_forever() {
        let mut p = Pager::new(
            CursorKind::MaxCursor { min_cursor: None },
            limits(10, None),
            Position::default(),
        );
        for i in 1..MAX_EMPTY_PAGES {
            let a = p.accept(&summary(
                json!({"has_more": 1, "max_cursor": 1000 - i64::from(i)}),
                0,
            ));
            assert_eq!(a.next, Next::Continue { pause: false });
        }
        let a = p.accept(&summary(json!({"has_more": 1, "max_cursor": 1}), 0));
        assert_eq!(a.next, Next::Stop(StopReason::EmptyPages));
    }

    #[test]
    fn has_more_accepts_every_spelling() {
        for (v, want) in [
            (json!(1), true),
            (json!(0), false),
            (json!(true), true),
            (json!(false), false),
            (json!("1"), true),
            (json!("0"), false),
            (Value::Null, false),
        ] {
            assert_eq!(truthy(Some(&v)), want, "{v}");
        }
        assert_eq!(
            int(Some(&json!("1718000000123456"))),
            Some(1_718_000_000_123_456)
        );
    }

    #[test]
    fn followers_move_offset_and_max_time() {
        let mut p = Pager::new(
            CursorKind::Follow(FollowOrder::OffsetAndMaxTime),
            limits(20, None),
            Position::default(),
        );
        p.accept(&summary(
            json!({"has_more": true, "offset": 20, "min_time": 5, "max_time": 9}),
            20,
        ));
        assert_eq!(p.position().offset, 20);
        assert_eq!(p.position().max_time, 5);
        assert_eq!(p.position().min_time, 0);
    }

    #[test]
    fn related_pages_filter_the_previous_page_and_stop_when_stuck() {
        let mut p = Pager::new(CursorKind::FilterGids, limits(2, None), Position::default());
        let page = |ids: &[&str]| PageSummary {
            items: ids.len(),
            ids: ids.iter().map(|s| s.to_string()).collect(),
            has_more: true,
            ..PageSummary::default()
        };
        p.accept(&page(&["1", "2"]));
        assert_eq!(p.position().filter_gids, vec!["1", "2"]);
        // An empty page keeps the old ids: asking again would repeat it, so stop.
        let a = p.accept(&page(&[]));
        assert_eq!(a.next, Next::Stop(StopReason::CursorStuck));
    }

    #[test]
    fn search_moves_offset_and_search_id() {
        let mut p = Pager::new(CursorKind::Search, limits(10, None), Position::default());
        p.accept(&summary(
            json!({"has_more": 1, "cursor": 10, "log_pb": {"impr_id": "ABC"}}),
            10,
        ));
        assert_eq!(p.position().offset, 10);
        assert_eq!(p.position().search_id, "ABC");
    }

    #[test]
    fn friend_feed_sends_the_level_as_pull_type() {
        let start = Position {
            level: 1,
            ..Position::default()
        };
        let mut p = Pager::new(CursorKind::FriendFeed, limits(20, None), start);
        p.accept(&summary(
            json!({"has_more": true, "cursor": 77, "level": 2}),
            1,
        ));
        assert_eq!(
            (
                p.position().cursor,
                p.position().level,
                p.position().pull_type
            ),
            (77, 2, 2)
        );
    }

    #[test]
    fn interval_stops_once_the_next_cursor_is_older_than_the_start() {
        let mut p = Pager::new(
            CursorKind::MaxCursor {
                min_cursor: Some(1_000),
            },
            limits(20, None),
            Position {
                cursor: 5_000,
                ..Position::default()
            },
        );
        let a = p.accept(&summary(json!({"has_more": 1, "max_cursor": 2_000}), 20));
        assert_eq!(a.next, Next::Continue { pause: true });
        let a = p.accept(&summary(json!({"has_more": 1, "max_cursor": 999}), 20));
        assert_eq!(a.next, Next::Stop(StopReason::PastMinCursor));
        assert_eq!(p.next_count(), None);
    }
}
