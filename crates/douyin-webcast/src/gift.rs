//! How a gift message counts: which messages of a combo are final, how many gifts and diamonds
//! one message stands for, and who sent it. Shared by the subtitle writer and the statistics.

use super::schema::{GiftMessage, User};
use super::text::pb_text;

/// What one gift message contributes once counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiftCount {
    /// Stable key of the sender (id, else id_str, else sec_uid, else nickname).
    pub user_key: String,
    /// Sender nickname.
    pub nickname: String,
    /// Gift display name.
    pub gift_name: String,
    /// Number of gifts this message stands for (`repeat_count` × `group_count`, each ≥ 1).
    pub count: i64,
    /// Diamond value (`gift.diamond_count` × `count`).
    pub diamonds: i64,
}

/// The sender key used to aggregate per user.
pub fn user_key(user: &User) -> String {
    if user.id != 0 {
        return user.id.to_string();
    }
    [&user.id_str, &user.sec_uid, &user.nickname]
        .into_iter()
        .find(|f| !f.is_empty())
        .map(|f| pb_text(f).into_owned())
        .unwrap_or_default()
}

/// The contribution of `gift`, or `None` for an intermediate combo update (a combo gift is
/// repeated with growing `repeat_count` and counted once, on the message with `repeat_end`).
pub fn count_gift(gift: &GiftMessage) -> Option<GiftCount> {
    let combo = gift.gift.as_ref().is_some_and(|g| g.combo);
    if combo && gift.repeat_end == 0 {
        return None;
    }
    let count = gift
        .repeat_count
        .max(1)
        .saturating_mul(gift.group_count.max(1));
    let unit = gift.gift.as_ref().map_or(0, |g| i64::from(g.diamond_count));
    let user = gift.user.as_deref();
    Some(GiftCount {
        user_key: user.map(user_key).unwrap_or_default(),
        nickname: user
            .map(|u| pb_text(&u.nickname).into_owned())
            .unwrap_or_default(),
        gift_name: gift
            .gift
            .as_ref()
            .map(|g| pb_text(&g.name).into_owned())
            .unwrap_or_default(),
        count,
        diamonds: unit.saturating_mul(count),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::GiftStruct;
    use crate::text::pb_string;

    fn gift(combo: bool, repeat_count: i64, repeat_end: i32) -> GiftMessage {
        GiftMessage {
            repeat_count,
            repeat_end,
            group_count: 1,
            user: Some(Box::new(User {
                id: 42,
                nickname: pb_string("一清"),
                ..User::default()
            })),
            gift: Some(Box::new(GiftStruct {
                combo,
                diamond_count: 10,
                name: pb_string("玫瑰"),
                ..GiftStruct::default()
            })),
            ..GiftMessage::default()
        }
    }

    #[test]
    fn combo_counts_only_final_message() {
        assert_eq!(count_gift(&gift(true, 3, 0)), None);
        let last = count_gift(&gift(true, 5, 1));
        assert_eq!(last.as_ref().map(|c| (c.count, c.diamonds)), Some((5, 50)));
        assert_eq!(
            last.map(|c| (c.user_key, c.nickname, c.gift_name)),
            Some(("42".into(), "一清".into(), "玫瑰".into()))
        );
        assert_eq!(count_gift(&gift(false, 0, 0)).map(|c| c.count), Some(1));
    }
}
