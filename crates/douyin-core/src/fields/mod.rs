//! F2's fields of a post, a user, a live room, a comment, … (http.md §10.3): the named values
//! F2's filters read from an answer, computed from our typed models with F2's value (names
//! through `replace_t`, times as `YYYY-MM-DD HH-MM-SS` in UTC+8, ids as Douyin sent them). The
//! download engine stores exactly these as the history DB's F2 columns (`video_info`,
//! `user_info_web`, live-dl-db-cli.md §5).
//!
//! A record answer (a profile, a post's detail, a live room) gives one [`F2Fields`]. A list
//! answer gives an [`F2Page`]: its page-level fields and one [`F2Fields`] per item, whose
//! [`F2Page::rows`] are F2's `_to_list()` rows. Where F2's filter crashes or reads the wrong
//! place, these give the corrected value:
//! - every row carries its own post's `caption` (F2 reads it with its single-value accessor, so
//!   a one-post page's row gets the caption's first character, §10.1);
//! - an image whose `video` is null has no live-photo clip (F2's friend-feed and search filters
//!   raise TypeError there, §10.2; its post-list filter skips it);
//! - a follower row reads the follower's own `can_share` and secondary text (F2 reads
//!   `$.followersfollowers[*]` and `$.followings[*]`, §10.3 notes);
//! - a music page without `mc_list` has no lyric urls (F2 raises, §10.2);
//! - a timestamp of 0 renders as the epoch (F2 reads the clock there; the core never does).

mod live;
mod post;
mod user;

pub use live::{
    following_live_fields, following_lives_page, im_fetch_fields, live_room_fields,
    live_status_fields, reflow_room_fields,
};
pub use post::{
    friend_feed_item_fields, friend_feed_page, list_post_fields, post_detail_fields, post_fields,
    post_list_page, search_item_fields, search_page, PostListCursor,
};
pub use user::{
    collects_folder_fields, collects_page, comment_fields, comment_page, follow_page,
    follow_user_fields, music_fields, music_page, post_stats_fields, query_user_fields,
    suggest_word_fields, suggest_words_page, user_fields, FollowList,
};

use crate::models::{first_url, Flag, Id, QualityMap, UrlSet};
use crate::naming::replace_t_json;
use crate::timefmt::{timestamp_2_str, utc_plus_8, TimestampInput, INVALID_TIMESTAMP};
use serde_json::{Map, Value};

/// The format F2's filters render times in.
const TIME_FORMAT: &str = "%Y-%m-%d %H-%M-%S";

/// Named F2 field values in F2's property order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct F2Fields {
    pairs: Vec<(&'static str, Value)>,
}

impl F2Fields {
    pub(crate) fn new(pairs: Vec<(&'static str, Value)>) -> Self {
        Self { pairs }
    }

    /// The value of field `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The field names, in order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.pairs.iter().map(|(n, _)| *n)
    }

    /// Every `(name, value)`, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Value)> + '_ {
        self.pairs.iter().map(|(n, v)| (*n, v))
    }

    /// How many fields there are.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The fields as a JSON object (a history row, an export line).
    pub fn to_map(&self) -> Map<String, Value> {
        self.pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), v.clone()))
            .collect()
    }
}

/// A list answer's F2 fields: page-level values and one set of fields per item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct F2Page {
    /// Fields of the whole answer (`status_code`, `has_more`, the cursor, …).
    pub page: F2Fields,
    /// Each item's fields, in answer order.
    pub items: Vec<F2Fields>,
    /// The page fields F2 copies into every `_to_list()` row.
    pub extras: &'static [&'static str],
}

impl F2Page {
    /// F2's `_to_list()`: per item, the copied page fields followed by the item's fields.
    pub fn rows(&self) -> Vec<F2Fields> {
        self.items
            .iter()
            .map(|item| {
                let mut pairs: Vec<(&'static str, Value)> = self
                    .extras
                    .iter()
                    .map(|name| (*name, self.page.get(name).cloned().unwrap_or(Value::Null)))
                    .collect();
                pairs.extend(item.iter().map(|(n, v)| (n, v.clone())));
                F2Fields::new(pairs)
            })
            .collect()
    }
}

pub(crate) fn text(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |x| Value::String(x.to_owned()))
}

pub(crate) fn st(v: &Option<String>) -> Value {
    text(v.as_deref())
}

pub(crate) fn int(v: Option<i64>) -> Value {
    v.map_or(Value::Null, Value::from)
}

pub(crate) fn boolean(v: Option<bool>) -> Value {
    v.map_or(Value::Null, Value::Bool)
}

pub(crate) fn id(v: &Option<Id>) -> Value {
    v.as_ref().map_or(Value::Null, Id::to_json)
}

pub(crate) fn flag(v: Option<Flag>) -> Value {
    v.map_or(Value::Null, Flag::to_json)
}

pub(crate) fn url0(v: &Option<UrlSet>) -> Value {
    text(first_url(v))
}

pub(crate) fn qmap(v: &Option<QualityMap>) -> Value {
    v.as_ref().map_or(Value::Null, QualityMap::to_json)
}

/// F2's `replaceT` on a record's field value (a missing value stays None).
pub(crate) fn rt(v: Value) -> Value {
    replace_t_json(&v)
}

/// F2's `replaceT` on one item's value of a list field: F2 applies it to the whole list, where
/// a missing (falsy) value becomes `""`, so each row holds `""` there.
pub(crate) fn rt_item(v: Value) -> Value {
    match replace_t_json(&Value::Array(vec![v])) {
        Value::Array(mut one) => one.pop().unwrap_or(Value::Null),
        other => other,
    }
}

/// F2's `timestamp_2_str(str(v))`: UTC+8, milliseconds above 1e10, a missing value as
/// "Invalid timestamp".
pub(crate) fn time(v: Option<i64>) -> Value {
    let input = match v {
        Some(t) => TimestampInput::Number(t as f64),
        None => TimestampInput::Null,
    };
    Value::String(
        timestamp_2_str(input, TIME_FORMAT, utc_plus_8(), 0)
            .unwrap_or_else(|_| INVALID_TIMESTAMP.to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn times_render_in_utc_plus_8_and_missing_ones_as_f2_does() {
        assert_eq!(time(Some(1_718_000_000)), json!("2024-06-10 14-13-20"));
        assert_eq!(time(Some(1_718_000_000_123)), json!("2024-06-10 14-13-20"));
        assert_eq!(time(None), json!("Invalid timestamp"));
        assert_eq!(time(Some(0)), json!("1970-01-01 08-00-00"));
    }

    #[test]
    fn list_items_get_f2_s_list_replace_t() {
        assert_eq!(rt_item(json!("a b")), json!("a_b"));
        assert_eq!(rt_item(Value::Null), json!(""));
        assert_eq!(rt(Value::Null), Value::Null);
    }

    #[test]
    fn rows_copy_the_page_extras_before_the_item_fields() {
        let page = F2Page {
            page: F2Fields::new(vec![("has_more", json!(true)), ("status_code", json!(0))]),
            items: vec![F2Fields::new(vec![("aweme_id", json!("1"))])],
            extras: &["has_more"],
        };
        let rows = page.rows();
        assert_eq!(rows.len(), 1);
        let names: Vec<_> = rows[0].names().collect();
        assert_eq!(names, ["has_more", "aweme_id"]);
        assert_eq!(
            rows[0].to_map(),
            json!({"has_more": true, "aweme_id": "1"})
                .as_object()
                .cloned()
                .unwrap()
        );
    }
}
