//! One typed request model per endpoint, grouped by what the endpoint is about.

mod feed;
mod live;
mod post;
mod search;
mod user;

pub use feed::{FollowFeed, FriendFeed, PostFeed};
pub use live::{
    FollowingUserLive, LiveImFetch, LiveWebcast, UserLive, UserLive2, UserLiveStatus, SCENE_FOLLOW,
    SCENE_RECOMMEND, SCENE_SEARCH,
};
pub use post::{PostComment, PostCommentReply, PostDetail, PostRelated, PostStats};
pub use search::{HomePostSearch, PostSearch, SuggestWord};
pub use user::{
    PostLocate, QueryUser, UserCollection, UserCollects, UserCollectsVideo, UserFollower,
    UserFollowing, UserLike, UserMix, UserMusicCollection, UserPost, UserProfile,
};

#[cfg(test)]
mod tests {
    //! Endpoints the `requests` vectors do not cover, checked against the spec's field tables.
    use super::*;
    use crate::params::{ParamConfig, RequestModel};

    /// The query text after the 27 BaseRequestModel pairs (and their `&`).
    fn own_query(model: &impl RequestModel) -> String {
        let config = ParamConfig::default();
        let base = config.base.to_list().query_text();
        let full = model.params(&config).query_text();
        match full.strip_prefix(&base) {
            Some(rest) => rest.trim_start_matches('&').to_owned(),
            None => panic!("base prefix missing or altered: {full}"),
        }
    }

    #[test]
    fn related_first_page_quotes_id_and_comma() {
        let q = own_query(&PostRelated::first_page("7298145681699622182", 20));
        assert_eq!(
            q,
            "aweme_id=7298145681699622182&count=20&filterGids=7298145681699622182%2C\
             &awemePcRecRawData=%7B%22is_client%22%3A%22false%22%7D&sub_channel_id=3"
        );
        let next = PostRelated::new("1", &["2", "3"], 20);
        assert_eq!(next.filter_gids, "2%2C3");
    }

    #[test]
    fn follower_defaults_differ_from_following_only_in_source_type() {
        assert_eq!(
            own_query(&UserFollower::new("42", "SEC")),
            "user_id=42&sec_user_id=SEC&offset=0&min_time=0&max_time=0&count=20&source_type=1\
             &gps_access=0&address_book_access=0&is_top=1"
        );
        let following = UserFollowing::default();
        assert_eq!(following.source_type, 4);
        assert_eq!(following.count, 20);
    }

    #[test]
    fn query_user_overrides_versions_in_their_base_positions() {
        let params = QueryUser::default().params(&ParamConfig::default());
        let keys: Vec<_> = params.pairs().iter().map(|p| p.0).collect();
        assert_eq!(keys.len(), 28);
        assert_eq!(keys[6], "version_code");
        assert_eq!(keys[7], "version_name");
        assert_eq!(keys[27], "update_version_code");
        let q = params.query_text();
        assert!(q.contains("&version_code=170400&version_name=17.4.0&cookie_enabled=true&"));
        assert!(q.ends_with("&msToken=&update_version_code=170400"));
    }

    #[test]
    fn tab_feed_defaults_in_order() {
        assert_eq!(
            own_query(&PostFeed::default()),
            "count=10&tag_id=&share_aweme_id=&live_insert_type=&refresh_index=1\
             &video_type_select=1&aweme_pc_rec_raw_data=%7B%22is_client%22%3A%22false%22%7D\
             &globalwid=&pull_type=&min_window=&free_right=&ug_source=&creative_id="
        );
    }

    #[test]
    fn paging_models_put_cursor_before_count() {
        assert_eq!(
            own_query(&UserMix::new("M", 5, 20)),
            "cursor=5&count=20&mix_id=M"
        );
        assert_eq!(own_query(&UserCollects::new(0, 10)), "cursor=0&count=10");
        assert_eq!(
            own_query(&FollowingUserLive::default()),
            "scene=aweme_pc_follow_top"
        );
    }

    #[test]
    fn post_search_encodes_keyword_and_keeps_defaults() {
        assert_eq!(
            own_query(&PostSearch::new("旅行 vlog", "")),
            "search_channel=aweme_general&filter_selected=&keyword=%E6%97%85%E8%A1%8C%20vlog\
             &search_source=normal_search&search_id=&query_correct_type=1&is_filter_search=0\
             &from_group_id=&offset=0&count=15&need_filter_settings=1"
        );
    }

    #[test]
    fn websocket_query_follows_the_webcast_base() {
        let model = LiveWebcast {
            room_id: "R".into(),
            ..LiveWebcast::default()
        };
        let q = model.params(&ParamConfig::default()).query_text();
        assert!(q.starts_with("app_name=douyin_web&version_code=180800&"));
        assert!(q.contains(
            "&live_reason=&webcast_sdk_version=1.0.14-beta.0&update_version_code=1.0.14-beta.0\
             &compress=gzip&im_path=/webcast/im/fetch/&heartbeatDuration=0&room_id=R&"
        ));
        assert!(q.ends_with("&cursor=&internal_ext=&signature="));
    }
}
