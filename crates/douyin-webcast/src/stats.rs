//! Per-session danmaku statistics: messages per method, viewer counts over time, and the top
//! gifters by diamond value. Fed event by event; the caller supplies receive times.

use super::event::LiveEvent;
use super::gift::count_gift;
use super::record::TimedEvent;
use std::collections::{BTreeMap, HashMap};

/// Which message a viewer sample came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ViewerSource {
    /// `WebcastRoomUserSeqMessage` (`total` online, `total_user` cumulative).
    RoomUserSeq,
    /// `WebcastRoomStatsMessage` (`display_value` online).
    RoomStats,
}

/// Viewer counts at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewerSample {
    /// Offset from the session start, ms.
    pub offset_ms: i64,
    /// Viewers online at that moment.
    pub online: i64,
    /// Cumulative viewers, when the message carries it.
    pub total_viewers: Option<i64>,
    /// The message the sample came from.
    pub source: ViewerSource,
}

/// Gifts of one sender over the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GifterTotal {
    /// Stable sender key (see [`super::gift::user_key`]).
    pub user_key: String,
    /// Most recent nickname seen.
    pub nickname: String,
    /// Total diamond value.
    pub diamonds: i64,
    /// Number of gifts.
    pub gifts: i64,
}

/// Running statistics of one danmaku session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SessionStats {
    start_ms: i64,
    messages: BTreeMap<String, u64>,
    viewers: Vec<ViewerSample>,
    gifters: HashMap<String, GifterTotal>,
}

impl SessionStats {
    /// Empty statistics for a session starting at `start_ms` (ms since the epoch).
    pub fn new(start_ms: i64) -> Self {
        Self {
            start_ms,
            ..Self::default()
        }
    }

    /// Accounts one received event.
    pub fn observe(&mut self, e: &TimedEvent) {
        *self
            .messages
            .entry(e.event.method().to_owned())
            .or_default() += 1;
        let offset_ms = e.received_ms.saturating_sub(self.start_ms);
        match &e.event {
            LiveEvent::RoomUserSeq(m) => self.viewers.push(ViewerSample {
                offset_ms,
                online: m.total,
                total_viewers: (m.total_user != 0).then_some(m.total_user),
                source: ViewerSource::RoomUserSeq,
            }),
            LiveEvent::RoomStats(m) => self.viewers.push(ViewerSample {
                offset_ms,
                online: m.display_value,
                total_viewers: None,
                source: ViewerSource::RoomStats,
            }),
            LiveEvent::Gift(g) => {
                if let Some(c) = count_gift(g) {
                    let entry =
                        self.gifters
                            .entry(c.user_key.clone())
                            .or_insert_with(|| GifterTotal {
                                user_key: c.user_key,
                                nickname: String::new(),
                                diamonds: 0,
                                gifts: 0,
                            });
                    if !c.nickname.is_empty() {
                        entry.nickname = c.nickname;
                    }
                    entry.diamonds = entry.diamonds.saturating_add(c.diamonds);
                    entry.gifts = entry.gifts.saturating_add(c.count);
                }
            }
            _ => {}
        }
    }

    /// Message counts per method (sorted by method name).
    pub fn messages_per_method(&self) -> &BTreeMap<String, u64> {
        &self.messages
    }

    /// Total number of messages seen.
    pub fn total_messages(&self) -> u64 {
        self.messages.values().sum()
    }

    /// Viewer samples in the order received.
    pub fn viewers(&self) -> &[ViewerSample] {
        &self.viewers
    }

    /// The highest online count seen, if any sample arrived.
    pub fn peak_online(&self) -> Option<i64> {
        self.viewers.iter().map(|v| v.online).max()
    }

    /// The `n` senders with the highest diamond totals (ties: more gifts, then key).
    pub fn top_gifters(&self, n: usize) -> Vec<GifterTotal> {
        let mut all: Vec<GifterTotal> = self.gifters.values().cloned().collect();
        all.sort_by(|a, b| {
            b.diamonds
                .cmp(&a.diamonds)
                .then(b.gifts.cmp(&a.gifts))
                .then_with(|| a.user_key.cmp(&b.user_key))
        });
        all.truncate(n);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{GiftMessage, GiftStruct, RoomStatsMessage, RoomUserSeqMessage, User};
    use crate::text::pb_string;

    fn gift(at: i64, uid: i64, nick: &str, diamonds: i32, repeat: i64) -> TimedEvent {
        let g = GiftMessage {
            repeat_count: repeat,
            repeat_end: 1,
            user: Some(Box::new(User {
                id: uid,
                nickname: pb_string(nick),
                ..User::default()
            })),
            gift: Some(Box::new(GiftStruct {
                diamond_count: diamonds,
                combo: true,
                ..GiftStruct::default()
            })),
            ..GiftMessage::default()
        };
        TimedEvent {
            received_ms: at,
            msg_id: 0,
            event: LiveEvent::Gift(Box::new(g)),
        }
    }

    #[test]
    fn counts_viewers_and_ranks_gifters() {
        let mut s = SessionStats::new(10_000);
        let seq = RoomUserSeqMessage {
            total: 120,
            total_user: 5_000,
            ..RoomUserSeqMessage::default()
        };
        s.observe(&TimedEvent {
            received_ms: 11_000,
            msg_id: 0,
            event: LiveEvent::RoomUserSeq(Box::new(seq)),
        });
        let stats = RoomStatsMessage {
            display_value: 150,
            ..RoomStatsMessage::default()
        };
        s.observe(&TimedEvent {
            received_ms: 12_000,
            msg_id: 0,
            event: LiveEvent::RoomStats(Box::new(stats)),
        });
        s.observe(&gift(13_000, 1, "甲", 1, 10));
        s.observe(&gift(14_000, 2, "乙", 100, 1));
        s.observe(&gift(15_000, 1, "甲2", 1, 5));

        assert_eq!(s.total_messages(), 5);
        assert_eq!(s.messages_per_method().get("WebcastGiftMessage"), Some(&3));
        assert_eq!(s.viewers().len(), 2);
        assert_eq!(
            s.viewers()[0],
            ViewerSample {
                offset_ms: 1_000,
                online: 120,
                total_viewers: Some(5_000),
                source: ViewerSource::RoomUserSeq
            }
        );
        assert_eq!(s.peak_online(), Some(150));
        let top = s.top_gifters(5);
        assert_eq!(top.len(), 2);
        assert_eq!(
            (top[0].user_key.as_str(), top[0].diamonds, top[0].gifts),
            ("2", 100, 1)
        );
        assert_eq!(
            (top[1].nickname.as_str(), top[1].diamonds, top[1].gifts),
            ("甲2", 15, 15)
        );
        assert_eq!(s.top_gifters(1).len(), 1);
    }
}
