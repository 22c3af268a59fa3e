//! Post-scoped data methods: one post, comments and replies, related posts, the play-count
//! report and locating a post within a user's posts.

use super::answer::decode;
use super::douyin::Douyin;
use super::fetch::Fetch;
use super::list::{paged, ItemsAt, ListOptions, ListPlan};
use super::page::Page;
use super::pager::CursorKind;
use crate::models::{Aweme, AwemeListResponse, Comment, Parsed, PostStatsResponse};
use crate::params::models::{
    PostComment, PostCommentReply, PostDetail, PostLocate, PostRelated, PostStats,
};
use crate::params::RequestModel;
use crate::Error;
use futures::Stream;
use serde_json::Value;

const COMMENTS: ItemsAt = ItemsAt::new("comments", "/cid");

impl<F: Fetch + 'static> Douyin<F> {
    /// One post. A deleted, private or filtered post is `Error::Unavailable` with Douyin's
    /// reason; the raw answer of an available post is the whole detail body.
    pub async fn post_detail(&self, aweme_id: &str) -> Result<Parsed<Aweme>, Error> {
        let model = PostDetail::new(aweme_id);
        let named = |e| match e {
            Error::Unavailable {
                aweme_id: None,
                detail,
            } => Error::Unavailable {
                aweme_id: Some(aweme_id.to_owned()),
                detail,
            },
            other => other,
        };
        // The fetch contract already refused an answer without its post.
        let mut raw = self.fetcher.fetch(&model).await.map_err(named)?;
        let detail = raw
            .as_object_mut()
            .and_then(|o| o.shift_remove("aweme_detail"))
            .unwrap_or(Value::Null);
        decode(model.endpoint().path(), || "aweme_detail".into(), detail)
    }

    /// A post's top-level comments.
    pub fn comments(
        &self,
        aweme_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Comment>, Error>> + Send + 'static {
        let id = aweme_id.to_owned();
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, COMMENTS),
            move |p, n| PostComment::new(id.clone(), p.cursor, i64::from(n)),
        )
    }

    /// Replies to one comment (F2 pages these 3 at a time).
    pub fn comment_replies(
        &self,
        aweme_id: &str,
        comment_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Comment>, Error>> + Send + 'static {
        let (id, cid) = (aweme_id.to_owned(), comment_id.to_owned());
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, COMMENTS),
            move |p, n| PostCommentReply::new(id.clone(), cid.clone(), p.cursor, i64::from(n)),
        )
    }

    /// Posts Douyin recommends next to a post; each request excludes the previous page's ids.
    pub fn related(
        &self,
        aweme_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        let id = aweme_id.to_owned();
        paged(
            self.fetcher.clone(),
            ListPlan::from_start(CursorKind::FilterGids, options, ItemsAt::AWEMES),
            move |p, n| {
                if p.filter_gids.is_empty() {
                    PostRelated::first_page(&id, i64::from(n))
                } else {
                    let seen: Vec<&str> = p.filter_gids.iter().map(String::as_str).collect();
                    PostRelated::new(id.clone(), &seen, i64::from(n))
                }
            },
        )
    }

    /// Reports one play of a post (`aweme_type` 0 video, 68 image post).
    pub async fn post_stats(
        &self,
        item_id: &str,
        aweme_type: i64,
    ) -> Result<Parsed<PostStatsResponse>, Error> {
        self.one(&PostStats::new(item_id, aweme_type)).await
    }

    /// The page of a user's posts around one post (`locate_item_cursor` is its create time in
    /// ms as Douyin reports it).
    pub async fn locate_post(
        &self,
        sec_user_id: &str,
        max_cursor: &str,
        locate_item_id: &str,
        locate_item_cursor: &str,
    ) -> Result<Parsed<AwemeListResponse>, Error> {
        self.one(&PostLocate::new(
            sec_user_id,
            max_cursor,
            locate_item_id,
            locate_item_cursor,
        ))
        .await
    }
}
