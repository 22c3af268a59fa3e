//! The logged-in account's data methods (a session cookie is required): collection, collect
//! folders and their posts, music collection, friend feed, follow feed, home feed, query user.

use super::douyin::Douyin;
use super::fetch::Fetch;
use super::list::{paged, ItemsAt, ListOptions, ListPlan};
use super::page::Page;
use super::pager::{CursorKind, Position};
use crate::models::{
    Aweme, AwemeListResponse, CollectsFolder, FriendFeedItem, Music, Parsed, QueryUserResponse,
};
use crate::params::models::{
    FollowFeed, FriendFeed, PostFeed, QueryUser, UserCollection, UserCollects, UserCollectsVideo,
    UserMusicCollection,
};
use crate::Error;
use futures::Stream;

impl<F: Fetch + 'static> Douyin<F> {
    /// Your collected (favourited) posts, newest first.
    pub fn collection(
        &self,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, ItemsAt::AWEMES),
            |p, n| UserCollection::new(p.cursor, i64::from(n)),
        )
    }

    /// Your collect folders.
    pub fn collects(
        &self,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<CollectsFolder>, Error>> + Send + 'static {
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, ItemsAt::new("collects_list", "/collects_id_str")),
            |p, n| UserCollects::new(p.cursor, i64::from(n)),
        )
    }

    /// The posts of one of your collect folders.
    pub fn collects_videos(
        &self,
        collects_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        let id = collects_id.to_owned();
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, ItemsAt::AWEMES),
            move |p, n| UserCollectsVideo::new(id.clone(), p.cursor, i64::from(n)),
        )
    }

    /// Your collected music.
    pub fn music_collection(
        &self,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Music>, Error>> + Send + 'static {
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, ItemsAt::new("mc_list", "/id")),
            |p, n| UserMusicCollection::new(p.cursor, i64::from(n)),
        )
    }

    /// Your friends' posts (each item wraps an `aweme`). The request has no `count`; the page
    /// size is Douyin's.
    pub fn friend_feed(
        &self,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<FriendFeedItem>, Error>> + Send + 'static {
        let start = Position {
            level: 1,
            ..Position::default()
        };
        paged(
            self.fetcher.clone(),
            ListPlan {
                kind: CursorKind::FriendFeed,
                start,
                options,
                at: ItemsAt::new("data", "/aweme/aweme_id"),
            },
            |p, _| FriendFeed::page(p.cursor, p.level, p.pull_type),
        )
    }

    /// Posts of the accounts you follow.
    pub fn follow_feed(
        &self,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, ItemsAt::AWEMES),
            |p, n| FollowFeed {
                cursor: p.cursor,
                count: i64::from(n),
                ..FollowFeed::default()
            },
        )
    }

    /// One page of the recommended home feed (`refresh_index` 1 for the first, then 2, 3...).
    /// The feed is endless, so it is not a stream.
    pub async fn home_feed(
        &self,
        count: u32,
        refresh_index: i64,
    ) -> Result<Parsed<AwemeListResponse>, Error> {
        self.one(&PostFeed {
            count: i64::from(count),
            refresh_index,
            ..PostFeed::default()
        })
        .await
    }

    /// The logged-in account's identity (also answers a guest `ttwid` cookie).
    pub async fn query_user(&self) -> Result<Parsed<QueryUserResponse>, Error> {
        self.one(&QueryUser::default()).await
    }
}
