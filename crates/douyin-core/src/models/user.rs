//! User bodies: `/user/profile/other/`, following/follower lists, `/im/user/info/` and
//! `/query/user/`.

use super::common::UrlSet;
use super::lenient::{lenient_struct, Flag, Id};

lenient_struct! {
    /// `/user/profile/other/`.
    pub struct UserProfileResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message, when given.
        status_msg: Option<String>,
        /// The user; missing when the cookie is refused.
        user: Option<UserProfile>,
    }
}

lenient_struct! {
    /// A full user profile.
    pub struct UserProfile {
        /// Numeric user id (text).
        uid: Option<Id>,
        /// Stable public id.
        sec_uid: Option<String>,
        /// Short id.
        short_id: Option<Id>,
        /// 抖音号.
        unique_id: Option<String>,
        /// Display name.
        nickname: Option<String>,
        /// Bio.
        signature: Option<String>,
        /// Small avatar.
        avatar_thumb: Option<UrlSet>,
        /// Large avatar.
        avatar_larger: Option<UrlSet>,
        /// Post count.
        aweme_count: Option<i64>,
        /// Liked-posts count.
        favoriting_count: Option<i64>,
        /// Followers.
        follower_count: Option<i64>,
        /// Following.
        following_count: Option<i64>,
        /// Followers on all platforms.
        mplatform_followers_count: Option<i64>,
        /// Likes received.
        total_favorited: Option<i64>,
        /// Gender code.
        gender: Option<i64>,
        /// City.
        city: Option<String>,
        /// Province.
        province: Option<String>,
        /// Country.
        country: Option<String>,
        /// "IP属地：…".
        ip_location: Option<String>,
        /// Age (-1 hidden).
        user_age: Option<i64>,
        /// School.
        school_name: Option<String>,
        /// Live room id when live (int64).
        room_id: Option<Id>,
        /// 1 when live.
        live_status: Option<i64>,
        /// Number of mixes.
        mix_count: Option<i64>,
        /// Star account.
        is_star: Option<bool>,
        /// Banned.
        is_ban: Option<bool>,
        /// I block them.
        is_block: Option<bool>,
        /// They block me.
        is_blocked: Option<bool>,
        /// Private account (1).
        secret: Option<i64>,
        /// Profile backgrounds.
        cover_url: Vec<UrlSet>,
    }
}

lenient_struct! {
    /// `/user/following/list/` and `/user/follower/list/`.
    pub struct FollowListResponse {
        /// 0 on success (2096: the list is private).
        status_code: Option<i64>,
        /// Message.
        status_msg: Option<String>,
        /// More pages follow.
        has_more: Option<Flag>,
        /// Total count.
        total: Option<i64>,
        /// Mix count.
        mix_count: Option<i64>,
        /// Next offset.
        offset: Option<i64>,
        /// The requesting user's id.
        myself_user_id: Option<Id>,
        /// Paging bound.
        max_time: Option<i64>,
        /// Paging bound.
        min_time: Option<i64>,
        /// Following list entries; `None` when absent.
        followings: Option<Vec<FollowUser>>,
        /// Follower list entries; `None` when absent.
        followers: Option<Vec<FollowUser>>,
    }
}

impl FollowListResponse {
    /// The users on this page, whichever list the endpoint filled.
    pub fn users(&self) -> &[FollowUser] {
        self.followings
            .as_deref()
            .or(self.followers.as_deref())
            .unwrap_or_default()
    }
}

lenient_struct! {
    /// One user in a following/follower list.
    pub struct FollowUser {
        /// Numeric id.
        uid: Option<Id>,
        /// Stable public id.
        sec_uid: Option<String>,
        /// Short id.
        short_id: Option<Id>,
        /// 抖音号.
        unique_id: Option<String>,
        /// Display name.
        nickname: Option<String>,
        /// Bio.
        signature: Option<String>,
        /// Large avatar.
        avatar_larger: Option<UrlSet>,
        /// Profile backgrounds.
        cover_url: Option<Vec<UrlSet>>,
        /// Post count.
        aweme_count: Option<i64>,
        /// Registration time, unix seconds.
        create_time: Option<i64>,
        /// Permissions.
        aweme_control: Option<super::aweme::AwemeControl>,
        /// "3个作品未看"-style line.
        following_list_secondary_information_struct: Option<SecondaryInfo>,
        /// I block them.
        is_block: Option<bool>,
        /// They block me.
        is_blocked: Option<bool>,
        /// Government/media VIP.
        is_gov_media_vip: Option<bool>,
        /// Has mixes.
        is_mix_user: Option<bool>,
        /// Phone bound.
        is_phone_binded: Option<bool>,
        /// Star.
        is_star: Option<bool>,
        /// Pinned.
        is_top: Option<i64>,
        /// Verified.
        is_verified: Option<bool>,
        /// Language.
        language: Option<String>,
        /// Relation label.
        relation_label: Option<String>,
        /// Live room id (int64).
        room_id: Option<Id>,
        /// Private account.
        secret: Option<i64>,
    }
}

lenient_struct! {
    /// The secondary line under a followed user.
    pub struct SecondaryInfo {
        /// Priority.
        secondary_information_priority: Option<i64>,
        /// Text.
        secondary_information_text: Option<String>,
    }
}

lenient_struct! {
    /// `/im/user/info/` (short user info).
    pub struct ImUserInfoResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Users.
        data: Vec<super::aweme::Author>,
    }
}

lenient_struct! {
    /// `/query/user/` (the cookie's device/user binding).
    pub struct QueryUserResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message.
        status_msg: Option<String>,
        /// Browser name.
        browser_name: Option<String>,
        /// Created, unix seconds.
        create_time: Option<i64>,
        /// Firebase id.
        firebase_instance_id: Option<String>,
        /// User unique id.
        id: Option<Id>,
        /// Last seen, unix seconds.
        last_time: Option<i64>,
        /// User agent.
        user_agent: Option<String>,
        /// User uid.
        user_uid: Option<Id>,
        /// Uid type.
        user_uid_type: Option<i64>,
    }
}
