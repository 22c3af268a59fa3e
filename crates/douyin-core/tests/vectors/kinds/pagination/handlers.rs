//! Every paged handler of http.md §9, one row each: how F2's loop is shaped, where the items
//! sit, which answer fields move the request, how a request is rendered (through our request
//! models, whose rendering the `requests` vectors prove), and which of our list streams plays it.

use super::{drain, Api, Scripted};
use douyin_core::api::{FollowSource, ListOptions};
use douyin_core::params::models::*;
use douyin_core::params::RequestModel;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Map, Value};

/// The shape of F2's loop for a handler (http.md §9, "stop condition" column).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// Posts, likes, feed: every page is handed out, the stop checks come after; an empty page
    /// with `has_more` moves on at once; a full page with `has_more == 0` still continues.
    PostLike {
        /// Posts only: stop once the cursor just requested is older than the interval start.
        interval: bool,
        /// Likes: one `fetch_user_profile` request after the loop.
        profile_after: bool,
        /// Posts: `UnboundLocalError` at the end when no page had items.
        fails_without_items: bool,
    },
    /// Hand out the page (only when it has items, for collects folder videos), stop when
    /// `has_more` is falsy, else move and sleep.
    Plain {
        /// Whether pages without items are handed out.
        yields_empty: bool,
        /// Comment replies (HEAD): `AttributeError` once `has_more` is truthy.
        fails_on_more: bool,
        /// Collect folders: `count = page_counts` always, never the remainder.
        fixed_count: bool,
    },
    /// Friend feed: `has_more` and `status_code` are checked before handing out; an empty page
    /// is asked again at once with the same request.
    Friend,
}

/// The request-side position of a list (the fields §9's "request cursor params" column names).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub cursor: i64,
    pub level: i64,
    pub pull_type: i64,
    pub offset: i64,
    pub min_time: i64,
    pub max_time: i64,
    pub search_id: String,
    /// Related posts: the ids the next request excludes (the first page: the post itself and a
    /// comma).
    pub filter_gids: Vec<String>,
}

/// One request as F2's log records it.
pub struct Request {
    pub method: &'static str,
    pub path: &'static str,
    pub params: Map<String, Value>,
}

impl Request {
    fn of(model: &impl RequestModel) -> Request {
        let endpoint = model.endpoint();
        Request {
            method: endpoint.method().as_str(),
            path: endpoint.path(),
            params: model
                .own_params()
                .text_pairs()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), Value::String(v)))
                .collect(),
        }
    }

    pub fn event(self) -> Value {
        json!({"event": "request", "method": self.method, "path": self.path, "params": self.params})
    }
}

/// What moves a list from one answer to the next (§9 "next-cursor source").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Advance {
    MaxCursor,
    Cursor,
    /// `filterGids ← ids of the previous page`.
    Ids,
    /// `cursor ← $.cursor`, `level ← $.level`, `pull_type ← $.level`.
    Friend,
    /// source_type 4: `offset ← $.offset`.
    Offset,
    /// source_type 1: `max_time ← $.min_time`.
    RecentFirst,
    /// source_type 3: `min_time ← $.max_time`.
    OldestFirst,
    /// followers: `offset ← $.offset`, `max_time ← $.min_time`.
    OffsetAndMaxTime,
    /// home search: `offset ← $.cursor`, `search_id ← str($.log_pb.impr_id)`.
    Search,
}

/// One paged handler.
pub struct Handler {
    /// F2's `DouyinHandler` method.
    pub name: &'static str,
    pub shape: Shape,
    /// The key of the item array at the top of the answer.
    pub items: &'static str,
    /// JSON pointer to an item's id inside it (related posts page by these).
    pub id: &'static str,
    /// The `args` key holding the page size, and its default.
    pub page_key: &'static str,
    pub default_page: u64,
    pub advance: fn(&Value) -> Advance,
    pub start: fn(&Value) -> State,
    pub request: fn(&State, &Value, i64) -> Request,
    /// Runs our stream for the case, logging through `Scripted`; the error that ended it.
    pub drive: fn(&Api, &Value, ListOptions, &Scripted) -> Option<douyin_core::Error>,
}

pub fn text(args: &Value, key: &str) -> String {
    match &args[key] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn int(args: &Value, key: &str) -> i64 {
    match &args[key] {
        Value::Number(n) => n.as_i64().unwrap_or(0),
        Value::String(s) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

/// Python's `quote` (safe `/`), as F2's related-posts handler applies it to the id list.
fn quote(text: &str) -> String {
    const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'_')
        .remove(b'.')
        .remove(b'-')
        .remove(b'~')
        .remove(b'/');
    utf8_percent_encode(text, UNRESERVED).to_string()
}

fn zero(_: &Value) -> State {
    State::default()
}

fn cursor_at(key: &'static str) -> impl Fn(&Value) -> State {
    move |args| State {
        cursor: int(args, key),
        ..State::default()
    }
}

const PLAIN: Shape = Shape::Plain {
    yields_empty: true,
    fails_on_more: false,
    fixed_count: false,
};

fn follow_source(args: &Value) -> FollowSource {
    match int(args, "source_type") {
        1 => FollowSource::RecentFirst,
        3 => FollowSource::OldestFirst,
        _ => FollowSource::Default,
    }
}

/// Every handler of §9's table, in its order.
pub const HANDLERS: &[Handler] = &[
    Handler {
        name: "fetch_user_post_videos",
        shape: Shape::PostLike {
            interval: true,
            profile_after: false,
            fails_without_items: true,
        },
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::MaxCursor,
        start: |a| cursor_at("max_cursor")(a),
        request: |s, a, n| Request::of(&UserPost::new(text(a, "sec_user_id"), s.cursor, n)),
        drive: |api, a, o, s| {
            let (min, max) = (int(a, "min_cursor"), int(a, "max_cursor"));
            let interval = (min > 0 || max > 0).then_some((min, max));
            drain(api.user_posts(&text(a, "sec_user_id"), interval, o), s)
        },
    },
    Handler {
        name: "fetch_user_like_videos",
        shape: Shape::PostLike {
            interval: false,
            profile_after: true,
            fails_without_items: false,
        },
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::MaxCursor,
        start: |a| cursor_at("max_cursor")(a),
        request: |s, a, n| Request::of(&UserLike::new(text(a, "sec_user_id"), s.cursor, n)),
        drive: |api, a, o, s| drain(api.user_likes(&text(a, "sec_user_id"), o), s),
    },
    Handler {
        name: "fetch_user_feed_videos",
        shape: Shape::PostLike {
            interval: false,
            profile_after: false,
            fails_without_items: false,
        },
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::MaxCursor,
        start: |a| cursor_at("max_cursor")(a),
        request: |s, a, n| Request::of(&UserPost::new(text(a, "sec_user_id"), s.cursor, n)),
        drive: |api, a, o, s| drain(api.user_feed(&text(a, "sec_user_id"), o), s),
    },
    Handler {
        name: "fetch_user_collection_videos",
        shape: PLAIN,
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Cursor,
        start: zero,
        request: |s, _, n| Request::of(&UserCollection::new(s.cursor, n)),
        drive: |api, _, o, s| drain(api.collection(o), s),
    },
    Handler {
        name: "fetch_user_collects",
        shape: Shape::Plain {
            yields_empty: true,
            fails_on_more: false,
            fixed_count: true,
        },
        items: "collects_list",
        id: "/collects_id_str",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Cursor,
        start: zero,
        request: |s, _, n| Request::of(&UserCollects::new(s.cursor, n)),
        drive: |api, _, o, s| drain(api.collects(o), s),
    },
    Handler {
        name: "fetch_user_collects_videos",
        shape: Shape::Plain {
            yields_empty: false,
            fails_on_more: false,
            fixed_count: false,
        },
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Cursor,
        start: zero,
        request: |s, a, n| {
            Request::of(&UserCollectsVideo::new(text(a, "collects_id"), s.cursor, n))
        },
        drive: |api, a, o, s| drain(api.collects_videos(&text(a, "collects_id"), o), s),
    },
    Handler {
        name: "fetch_user_music_collection",
        shape: PLAIN,
        items: "mc_list",
        id: "/id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Cursor,
        start: zero,
        request: |s, _, n| Request::of(&UserMusicCollection::new(s.cursor, n)),
        drive: |api, _, o, s| drain(api.music_collection(o), s),
    },
    Handler {
        name: "fetch_user_mix_videos",
        shape: PLAIN,
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Cursor,
        start: zero,
        request: |s, a, n| Request::of(&UserMix::new(text(a, "mix_id"), s.cursor, n)),
        drive: |api, a, o, s| drain(api.mix(&text(a, "mix_id"), o), s),
    },
    Handler {
        name: "fetch_post_comment",
        shape: PLAIN,
        items: "comments",
        id: "/cid",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Cursor,
        start: |a| cursor_at("cursor")(a),
        request: |s, a, n| Request::of(&PostComment::new(text(a, "aweme_id"), s.cursor, n)),
        drive: |api, a, o, s| drain(api.comments(&text(a, "aweme_id"), o), s),
    },
    Handler {
        name: "fetch_post_comment_reply",
        shape: Shape::Plain {
            yields_empty: true,
            fails_on_more: true,
            fixed_count: false,
        },
        items: "comments",
        id: "/cid",
        page_key: "page_counts",
        default_page: 3,
        advance: |_| Advance::Cursor,
        start: |a| cursor_at("cursor")(a),
        request: |s, a, n| {
            Request::of(&PostCommentReply::new(
                text(a, "aweme_id"),
                text(a, "comment_id"),
                s.cursor,
                n,
            ))
        },
        drive: |api, a, o, s| {
            drain(
                api.comment_replies(&text(a, "aweme_id"), &text(a, "comment_id"), o),
                s,
            )
        },
    },
    Handler {
        name: "fetch_related_videos",
        shape: PLAIN,
        items: "aweme_list",
        id: "/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Ids,
        start: |a| State {
            filter_gids: vec![text(a, "aweme_id"), String::new()],
            ..State::default()
        },
        request: |s, a, n| {
            Request::of(&PostRelated {
                filter_gids: quote(&s.filter_gids.join(",")),
                ..PostRelated::new(text(a, "aweme_id"), &[], n)
            })
        },
        drive: |api, a, o, s| drain(api.related(&text(a, "aweme_id"), o), s),
    },
    Handler {
        name: "fetch_friend_feed_videos",
        shape: Shape::Friend,
        items: "data",
        id: "/aweme/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Friend,
        start: |a| State {
            cursor: int(a, "cursor"),
            level: if a["level"].is_null() {
                1
            } else {
                int(a, "level")
            },
            pull_type: int(a, "pull_type"),
            ..State::default()
        },
        request: |s, _, _| Request::of(&FriendFeed::page(s.cursor, s.level, s.pull_type)),
        drive: |api, _, o, s| drain(api.friend_feed(o), s),
    },
    Handler {
        name: "fetch_user_following",
        shape: PLAIN,
        items: "followings",
        id: "/uid",
        page_key: "count",
        default_page: 20,
        advance: |a| match follow_source(a) {
            FollowSource::RecentFirst => Advance::RecentFirst,
            FollowSource::OldestFirst => Advance::OldestFirst,
            FollowSource::Default => Advance::Offset,
        },
        start: zero,
        request: |s, a, n| {
            Request::of(&UserFollowing {
                offset: s.offset,
                min_time: s.min_time,
                max_time: s.max_time,
                count: n,
                source_type: match follow_source(a) {
                    FollowSource::RecentFirst => 1,
                    FollowSource::OldestFirst => 3,
                    FollowSource::Default => 4,
                },
                ..UserFollowing::new(text(a, "user_id"), text(a, "sec_user_id"))
            })
        },
        drive: |api, a, o, s| {
            drain(
                api.following(
                    &text(a, "user_id"),
                    &text(a, "sec_user_id"),
                    follow_source(a),
                    o,
                ),
                s,
            )
        },
    },
    Handler {
        name: "fetch_user_follower",
        shape: PLAIN,
        items: "followers",
        id: "/uid",
        page_key: "count",
        default_page: 20,
        advance: |_| Advance::OffsetAndMaxTime,
        start: zero,
        request: |s, a, n| {
            Request::of(&UserFollower {
                offset: s.offset,
                min_time: s.min_time,
                max_time: s.max_time,
                count: n,
                ..UserFollower::new(text(a, "user_id"), text(a, "sec_user_id"))
            })
        },
        drive: |api, a, o, s| {
            drain(
                api.followers(&text(a, "user_id"), &text(a, "sec_user_id"), o),
                s,
            )
        },
    },
    Handler {
        name: "fetch_home_post_search",
        shape: PLAIN,
        items: "aweme_list",
        id: "/item/aweme_id",
        page_key: "page_counts",
        default_page: 20,
        advance: |_| Advance::Search,
        start: zero,
        request: |s, a, n| {
            Request::of(&HomePostSearch {
                search_id: s.search_id.clone(),
                offset: s.offset,
                ..HomePostSearch::new(text(a, "user_id"), &text(a, "keyword"), n)
            })
        },
        drive: |api, a, o, s| drain(api.search(&text(a, "user_id"), &text(a, "keyword"), o), s),
    },
];

/// The profile request F2's likes handler sends after its loop.
pub fn profile_request(args: &Value) -> Request {
    Request::of(&UserProfile::new(text(args, "sec_user_id")))
}

pub fn handler(name: &str) -> Option<&'static Handler> {
    HANDLERS.iter().find(|h| h.name == name)
}
