//! User-scoped data methods: profile, posts (also F2's "feed" mode), likes, mixes, following,
//! followers.

use super::douyin::Douyin;
use super::fetch::Fetch;
use super::list::{paged, ItemsAt, ListOptions, ListPlan};
use super::page::Page;
use super::pager::{CursorKind, FollowOrder, Position};
use crate::models::{Aweme, FollowUser, Parsed, UserProfileResponse};
use crate::params::models::{
    UserFollower, UserFollowing, UserLike, UserMix, UserPost, UserProfile,
};
use crate::Error;
use futures::Stream;

/// Which order a following list is read in (`source_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FollowSource {
    /// `source_type` 4: Douyin's default order, paged by offset.
    #[default]
    Default,
    /// `source_type` 1: most recent first, paged by `max_time`.
    RecentFirst,
    /// `source_type` 3: oldest first, paged by `min_time`.
    OldestFirst,
}

impl FollowSource {
    fn source_type(self) -> i64 {
        match self {
            FollowSource::Default => 4,
            FollowSource::RecentFirst => 1,
            FollowSource::OldestFirst => 3,
        }
    }

    fn order(self) -> FollowOrder {
        match self {
            FollowSource::Default => FollowOrder::Offset,
            FollowSource::RecentFirst => FollowOrder::RecentFirst,
            FollowSource::OldestFirst => FollowOrder::OldestFirst,
        }
    }
}

fn count(n: u32) -> i64 {
    i64::from(n)
}

impl<F: Fetch + 'static> Douyin<F> {
    /// A user's profile; `NotFound` when the answer has no user (blocked, deleted, bad cookie).
    pub async fn user_profile(
        &self,
        sec_user_id: &str,
    ) -> Result<Parsed<UserProfileResponse>, Error> {
        let parsed: Parsed<UserProfileResponse> = self.one(&UserProfile::new(sec_user_id)).await?;
        let has_user = parsed
            .typed
            .user
            .as_ref()
            .is_some_and(|u| u.nickname.is_some() || u.sec_uid.is_some());
        if !has_user {
            return Err(Error::NotFound {
                endpoint: format!("user {sec_user_id}"),
            });
        }
        Ok(parsed)
    }

    /// A user's posts, newest first. `interval_ms` = `(start, end)` in ms limits the list to
    /// that window: the first request starts at `end`, paging stops once older than `start`.
    pub fn user_posts(
        &self,
        sec_user_id: &str,
        interval_ms: Option<(i64, i64)>,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        let sec = sec_user_id.to_owned();
        let start = Position {
            cursor: interval_ms.map_or(0, |(_, end)| end),
            ..Position::default()
        };
        let kind = CursorKind::MaxCursor {
            min_cursor: interval_ms.map(|(start, _)| start),
        };
        paged(
            self.fetcher.clone(),
            ListPlan {
                kind,
                start,
                options,
                at: ItemsAt::AWEMES,
            },
            move |p, n| UserPost::new(sec.clone(), p.cursor, count(n)),
        )
    }

    /// F2's "feed" mode: the user's posts endpoint paged like posts, without an interval.
    pub fn user_feed(
        &self,
        sec_user_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        self.user_posts(sec_user_id, None, options)
    }

    /// Posts a user liked (visible only when the user made likes public, or it is you).
    pub fn user_likes(
        &self,
        sec_user_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        let sec = sec_user_id.to_owned();
        paged(
            self.fetcher.clone(),
            ListPlan::from_start(
                CursorKind::MaxCursor { min_cursor: None },
                options,
                ItemsAt::AWEMES,
            ),
            move |p, n| UserLike::new(sec.clone(), p.cursor, count(n)),
        )
    }

    /// The posts of a mix (series), in series order.
    pub fn mix(
        &self,
        mix_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<Aweme>, Error>> + Send + 'static {
        let mix = mix_id.to_owned();
        paged(
            self.fetcher.clone(),
            ListPlan::cursor(options, ItemsAt::AWEMES),
            move |p, n| UserMix::new(mix.clone(), p.cursor, count(n)),
        )
    }

    /// Accounts a user follows (`user_id` may be empty when `sec_user_id` is given).
    pub fn following(
        &self,
        user_id: &str,
        sec_user_id: &str,
        source: FollowSource,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<FollowUser>, Error>> + Send + 'static {
        let (uid, sec) = (user_id.to_owned(), sec_user_id.to_owned());
        paged(
            self.fetcher.clone(),
            ListPlan::from_start(
                CursorKind::Follow(source.order()),
                options,
                ItemsAt::new("followings", "/uid"),
            ),
            move |p, n| UserFollowing {
                offset: p.offset,
                min_time: p.min_time,
                max_time: p.max_time,
                count: count(n),
                source_type: source.source_type(),
                ..UserFollowing::new(uid.clone(), sec.clone())
            },
        )
    }

    /// A user's followers, most recent first.
    pub fn followers(
        &self,
        user_id: &str,
        sec_user_id: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<FollowUser>, Error>> + Send + 'static {
        let (uid, sec) = (user_id.to_owned(), sec_user_id.to_owned());
        paged(
            self.fetcher.clone(),
            ListPlan::from_start(
                CursorKind::Follow(FollowOrder::OffsetAndMaxTime),
                options,
                ItemsAt::new("followers", "/uid"),
            ),
            move |p, n| UserFollower {
                offset: p.offset,
                min_time: p.min_time,
                max_time: p.max_time,
                count: count(n),
                ..UserFollower::new(uid.clone(), sec.clone())
            },
        )
    }
}
