//! Comments and replies (`/comment/list/`, `/comment/list/reply/`: the same shape).

use super::aweme::Author;
use super::lenient::{lenient_struct, Flag, Id};

lenient_struct! {
    /// A page of comments or replies.
    pub struct CommentListResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message.
        status_msg: Option<String>,
        /// More pages follow (0/1).
        has_more: Option<Flag>,
        /// Total comments.
        total: Option<i64>,
        /// Next cursor (an offset).
        cursor: Option<i64>,
        /// The comments; `None` when absent or null.
        comments: Option<Vec<Comment>>,
    }
}

lenient_struct! {
    /// One comment or reply.
    pub struct Comment {
        /// Comment id.
        cid: Option<Id>,
        /// Text.
        text: Option<String>,
        /// The post.
        aweme_id: Option<Id>,
        /// Created, unix seconds.
        create_time: Option<i64>,
        /// Likes.
        digg_count: Option<i64>,
        /// Status.
        status: Option<i64>,
        /// Author.
        user: Option<Author>,
        /// Replied-to comment id ("0" at level 1).
        reply_id: Option<Id>,
        /// Replied-to reply id.
        reply_to_reply_id: Option<Id>,
        /// The first reply shown inline.
        reply_comment: Option<Vec<Comment>>,
        /// Number of replies.
        reply_comment_total: Option<i64>,
        /// Comments on the post.
        item_comment_total: Option<i64>,
        /// 1 = comment, 2 = reply.
        level: Option<i64>,
        /// "广东"-style location.
        ip_label: Option<String>,
        /// Hot comment.
        is_hot: Option<bool>,
        /// Can share.
        can_share: Option<bool>,
    }
}

impl CommentListResponse {
    /// The comments on this page.
    pub fn items(&self) -> &[Comment] {
        self.comments.as_deref().unwrap_or_default()
    }
}
