//! Models for post-scoped endpoints: detail, comments, replies, related posts and the play
//! statistics report.

use crate::endpoints::Endpoint;
use crate::params::encode::quote;
use crate::params::model::request_model;

request_model! {
    /// `PostDetail`: one post.
    PostDetail => Endpoint::PostDetail;
    aweme_id: String = "aweme_id", "";
    /// The details of `aweme_id`.
    pub fn new(aweme_id: impl Into<String>);
}

request_model! {
    /// `PostComment`: a page of a post's comments.
    PostComment => Endpoint::PostComment;
    aweme_id: String = "aweme_id", "";
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 20;
    item_type: i64 = "item_type", 0;
    insert_ids: String = "insert_ids", "";
    whale_cut_token: String = "whale_cut_token", "";
    cut_version: i64 = "cut_version", 1;
    rc_ft: String = "rcFT", "";
    /// One page of `aweme_id`'s comments.
    pub fn new(aweme_id: impl Into<String>, cursor: i64, count: i64);
}

request_model! {
    /// `PostCommentReply`: a page of replies to one comment (HEAD only).
    PostCommentReply => Endpoint::PostCommentReply;
    item_id: String = "item_id", "";
    comment_id: String = "comment_id", "";
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 3;
    item_type: i64 = "item_type", 0;
    cut_version: i64 = "cut_version", 1;
    /// One page of replies to `comment_id` under post `item_id`.
    pub fn new(item_id: impl Into<String>, comment_id: impl Into<String>, cursor: i64, count: i64);
}

request_model! {
    /// `PostRelated`: posts related to a post, paged by the ids already seen.
    PostRelated => Endpoint::PostRelated;
    aweme_id: String = "aweme_id", "";
    count: i64 = "count", 20;
    filter_gids: String = "filterGids", "";
    aweme_pc_rec_raw_data: String = "awemePcRecRawData", "%7B%22is_client%22%3A%22false%22%7D";
    sub_channel_id: i64 = "sub_channel_id", 3;
}

impl PostRelated {
    /// A page excluding `seen_ids`, encoded as F2's handler does (`quote(",".join(ids))`; the
    /// first page passes the post id followed by a comma).
    pub fn new(aweme_id: impl Into<String>, seen_ids: &[&str], count: i64) -> Self {
        Self {
            aweme_id: aweme_id.into(),
            count,
            filter_gids: quote(&seen_ids.join(",")),
            ..Self::default()
        }
    }

    /// The first page, as F2's handler requests it.
    pub fn first_page(aweme_id: &str, count: i64) -> Self {
        let mut model = Self::new(aweme_id, &[], count);
        model.filter_gids = quote(&format!("{aweme_id},"));
        model
    }
}

request_model! {
    /// `PostStats`: a play report (POST; the same pairs form-encoded in the body).
    PostStats => Endpoint::PostStats;
    aweme_type: i64 = "aweme_type", 0;
    item_id: String = "item_id", "";
    play_delta: i64 = "play_delta", 1;
    source: i64 = "source", 0;
    /// One play of `item_id` of type `aweme_type`.
    pub fn new(item_id: impl Into<String>, aweme_type: i64);
}
