//! Models for user-scoped endpoints: profile, posts, likes, collections, mixes, follow lists,
//! the logged-in account query and post location.

use crate::endpoints::Endpoint;
use crate::params::model::request_model;

request_model! {
    /// `UserProfile`: one user's profile.
    UserProfile => Endpoint::UserProfile;
    sec_user_id: String = "sec_user_id", "";
    /// The profile of `sec_user_id`.
    pub fn new(sec_user_id: impl Into<String>);
}

request_model! {
    /// `UserPost`: a page of a user's posts, paged by `max_cursor` (0 = newest).
    UserPost => Endpoint::UserPost;
    max_cursor: i64 = "max_cursor", 0;
    count: i64 = "count", 0;
    sec_user_id: String = "sec_user_id", "";
    /// One page of `sec_user_id`'s posts.
    pub fn new(sec_user_id: impl Into<String>, max_cursor: i64, count: i64);
}

request_model! {
    /// `UserLike`: a page of a user's liked posts, paged by `max_cursor`.
    UserLike => Endpoint::UserLike;
    max_cursor: i64 = "max_cursor", 0;
    count: i64 = "count", 0;
    sec_user_id: String = "sec_user_id", "";
    /// One page of `sec_user_id`'s likes.
    pub fn new(sec_user_id: impl Into<String>, max_cursor: i64, count: i64);
}

request_model! {
    /// `UserCollection`: a page of the logged-in user's collected posts (POST, JSON body).
    UserCollection => Endpoint::UserCollection;
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 0;
    /// One page from `cursor`.
    pub fn new(cursor: i64, count: i64);
}

request_model! {
    /// `UserCollects`: a page of the logged-in user's collection folders.
    UserCollects => Endpoint::UserCollects;
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 0;
    /// One page from `cursor`.
    pub fn new(cursor: i64, count: i64);
}

request_model! {
    /// `UserCollectsVideo`: a page of posts in one collection folder.
    UserCollectsVideo => Endpoint::UserCollectsVideo;
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 0;
    collects_id: String = "collects_id", "";
    /// One page of folder `collects_id` from `cursor`.
    pub fn new(collects_id: impl Into<String>, cursor: i64, count: i64);
}

request_model! {
    /// `UserMusicCollection`: a page of the logged-in user's collected music.
    UserMusicCollection => Endpoint::UserMusicCollection;
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 0;
    /// One page from `cursor`.
    pub fn new(cursor: i64, count: i64);
}

request_model! {
    /// `UserMix`: a page of a mix's posts.
    UserMix => Endpoint::UserMix;
    cursor: i64 = "cursor", 0;
    count: i64 = "count", 0;
    mix_id: String = "mix_id", "";
    /// One page of mix `mix_id` from `cursor`.
    pub fn new(mix_id: impl Into<String>, cursor: i64, count: i64);
}

/// Declares one of F2's two follow-list models: the same fields, order and defaults but for
/// `source_type`, which tells Douyin which list (and order) is meant.
macro_rules! follow_list_model {
    (
        $(#[$meta:meta])*
        $name:ident => $endpoint:expr, source_type = $source_type:literal;
        $($ctors:tt)*
    ) => {
        request_model! {
            $(#[$meta])*
            $name => $endpoint;
            user_id: String = "user_id", "";
            sec_user_id: String = "sec_user_id", "";
            offset: i64 = "offset", 0;
            min_time: i64 = "min_time", 0;
            max_time: i64 = "max_time", 0;
            count: i64 = "count", 20;
            source_type: i64 = "source_type", $source_type;
            gps_access: i64 = "gps_access", 0;
            address_book_access: i64 = "address_book_access", 0;
            is_top: i64 = "is_top", 1;
            $($ctors)*
        }
    };
}

follow_list_model! {
    /// `UserFollowing`: accounts a user follows (give `user_id` or `sec_user_id`).
    UserFollowing => Endpoint::UserFollowing, source_type = 4;
    /// The first page of followings of the user with these ids (either may be empty).
    pub fn new(user_id: impl Into<String>, sec_user_id: impl Into<String>);
}

follow_list_model! {
    /// `UserFollower`: a user's followers.
    UserFollower => Endpoint::UserFollower, source_type = 1;
    /// The first page of followers of the user with both ids.
    pub fn new(user_id: impl Into<String>, sec_user_id: impl Into<String>);
}

request_model! {
    /// `QueryUser`: the logged-in account; overrides the base version fields in place.
    QueryUser => Endpoint::QueryUser;
    version_code: String = "version_code", "170400";
    version_name: String = "version_name", "17.4.0";
    update_version_code: String = "update_version_code", "170400";
}

request_model! {
    /// `PostLocate`: the page of a user's posts around one post.
    PostLocate => Endpoint::LocatePost;
    sec_user_id: String = "sec_user_id", "";
    max_cursor: String = "max_cursor", "";
    locate_item_id: String = "locate_item_id", "";
    locate_item_cursor: String = "locate_item_cursor", "";
    locate_query: String = "locate_query", "true";
    count: i64 = "count", 10;
}

impl PostLocate {
    /// Locate `locate_item_id` (at `locate_item_cursor`) in `sec_user_id`'s posts.
    pub fn new(
        sec_user_id: impl Into<String>,
        max_cursor: impl Into<String>,
        locate_item_id: impl Into<String>,
        locate_item_cursor: impl Into<String>,
    ) -> Self {
        Self {
            sec_user_id: sec_user_id.into(),
            max_cursor: max_cursor.into(),
            locate_item_id: locate_item_id.into(),
            locate_item_cursor: locate_item_cursor.into(),
            ..Self::default()
        }
    }
}
