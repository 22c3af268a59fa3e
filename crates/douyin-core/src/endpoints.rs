//! The endpoint catalogue: for every Douyin endpoint the crawler talks to, its real URL, HTTP
//! method, the base parameter set its model starts with, its body form, and whether it only
//! answers a logged-in cookie. Routing to a test origin keeps the path and drops the host.

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET; the websocket handshake is a GET as well.
    Get,
    /// POST.
    Post,
}

impl Method {
    /// The method name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// Which shared parameter set a model's own fields follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseSet {
    /// `BaseRequestModel` (27 fields ending with msToken).
    Request,
    /// `BaseLiveModel` (live room enter).
    Live,
    /// `BaseLiveModel2` (webcast.amemv.com reflow).
    Live2,
    /// `BaseWebCastModel` (live IM).
    Webcast,
}

/// What a request carries as body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyKind {
    /// No body (GET).
    None,
    /// POST without body (`Content-Length: 0`).
    Empty,
    /// POST with the parameters as a JSON object (`application/json`).
    Json,
    /// POST with the parameters form-encoded (`application/x-www-form-urlencoded`); HEAD also
    /// feeds this body to A-Bogus.
    Form,
}

/// Origins F2 talks to.
pub mod origin {
    /// Main web API.
    pub const WWW: &str = "https://www.douyin.com";
    /// Live web API.
    pub const LIVE: &str = "https://live.douyin.com";
    /// Webcast reflow API.
    pub const WEBCAST: &str = "https://webcast.amemv.com";
    /// Live IM websocket.
    pub const LIVE_WS: &str = "wss://webcast5-ws-web-hl.douyin.com";
}

/// Static facts about one endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointInfo {
    /// F2's constant name (e.g. `USER_DETAIL`).
    pub f2_name: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Scheme and host on the real service.
    pub origin: &'static str,
    /// Path, with leading `/` (and trailing `/` where F2 has one).
    pub path: &'static str,
    /// Base parameter set of the model.
    pub base: BaseSet,
    /// Body form.
    pub body: BodyKind,
    /// Whether only a logged-in cookie gets data (the user's own lists and feeds).
    pub login_only: bool,
    /// Whether the query is signed with A-Bogus/X-Bogus (everything except the websocket).
    pub signed: bool,
}

/// Every endpoint with a request model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// A user's profile.
    UserProfile,
    /// A user's posts (`max_cursor` paging).
    UserPost,
    /// A user's liked posts.
    UserLike,
    /// The logged-in user's collected posts (POST, JSON body).
    UserCollection,
    /// The logged-in user's collection folders.
    UserCollects,
    /// Posts of one collection folder.
    UserCollectsVideo,
    /// The logged-in user's collected music.
    UserMusicCollection,
    /// Posts of a mix (series).
    UserMix,
    /// One post's details.
    PostDetail,
    /// A post's comments.
    PostComment,
    /// Replies to one comment.
    PostCommentReply,
    /// Posts related to a post.
    PostRelated,
    /// The friends feed (POST, no body).
    FriendFeed,
    /// Accounts a user follows.
    UserFollowing,
    /// A user's followers.
    UserFollower,
    /// The logged-in account's identity.
    QueryUser,
    /// Play statistics report (POST, form body).
    PostStats,
    /// Search inside one user's posts.
    HomePostSearch,
    /// Search suggestions.
    SuggestWords,
    /// General post search (declared by F2, not used by any crawler method).
    PostSearch,
    /// Followed accounts that are live now.
    FollowingLive,
    /// The recommended feed.
    TabFeed,
    /// The following feed.
    FollowFeed,
    /// Locate a post within a user's posts.
    LocatePost,
    /// Live room info by web_rid.
    LiveInfo,
    /// Live room info by room_id (webcast.amemv.com).
    LiveInfoRoomId,
    /// Whether users are live.
    UserLiveStatus,
    /// Live IM messages over HTTP.
    LiveImFetch,
    /// Live IM websocket (not signed with A-Bogus/X-Bogus).
    LiveImPush,
}

use origin::{LIVE, LIVE_WS, WEBCAST, WWW};

const fn get(f2_name: &'static str, origin: &'static str, path: &'static str) -> EndpointInfo {
    EndpointInfo {
        f2_name,
        method: Method::Get,
        origin,
        path,
        base: BaseSet::Request,
        body: BodyKind::None,
        login_only: false,
        signed: true,
    }
}

const fn login(info: EndpointInfo) -> EndpointInfo {
    EndpointInfo {
        login_only: true,
        ..info
    }
}

const fn post(info: EndpointInfo, body: BodyKind) -> EndpointInfo {
    EndpointInfo {
        method: Method::Post,
        body,
        ..info
    }
}

const fn on(info: EndpointInfo, base: BaseSet) -> EndpointInfo {
    EndpointInfo { base, ..info }
}

impl Endpoint {
    /// Every endpoint, in catalogue order.
    pub const ALL: [Endpoint; 29] = [
        Endpoint::UserProfile,
        Endpoint::UserPost,
        Endpoint::UserLike,
        Endpoint::UserCollection,
        Endpoint::UserCollects,
        Endpoint::UserCollectsVideo,
        Endpoint::UserMusicCollection,
        Endpoint::UserMix,
        Endpoint::PostDetail,
        Endpoint::PostComment,
        Endpoint::PostCommentReply,
        Endpoint::PostRelated,
        Endpoint::FriendFeed,
        Endpoint::UserFollowing,
        Endpoint::UserFollower,
        Endpoint::QueryUser,
        Endpoint::PostStats,
        Endpoint::HomePostSearch,
        Endpoint::SuggestWords,
        Endpoint::PostSearch,
        Endpoint::FollowingLive,
        Endpoint::TabFeed,
        Endpoint::FollowFeed,
        Endpoint::LocatePost,
        Endpoint::LiveInfo,
        Endpoint::LiveInfoRoomId,
        Endpoint::UserLiveStatus,
        Endpoint::LiveImFetch,
        Endpoint::LiveImPush,
    ];

    /// The static facts of this endpoint.
    pub const fn info(self) -> EndpointInfo {
        use Endpoint::*;
        match self {
            UserProfile => get("USER_DETAIL", WWW, "/aweme/v1/web/user/profile/other/"),
            UserPost => get("USER_POST", WWW, "/aweme/v1/web/aweme/post/"),
            UserLike => get("USER_FAVORITE_A", WWW, "/aweme/v1/web/aweme/favorite/"),
            UserCollection => login(post(
                get(
                    "USER_COLLECTION",
                    WWW,
                    "/aweme/v1/web/aweme/listcollection/",
                ),
                BodyKind::Json,
            )),
            UserCollects => login(get("USER_COLLECTS", WWW, "/aweme/v1/web/collects/list/")),
            UserCollectsVideo => login(get(
                "USER_COLLECTS_VIDEO",
                WWW,
                "/aweme/v1/web/collects/video/list/",
            )),
            UserMusicCollection => login(get(
                "USER_MUSIC_COLLECTION",
                WWW,
                "/aweme/v1/web/music/listcollection/",
            )),
            UserMix => get("MIX_AWEME", WWW, "/aweme/v1/web/mix/aweme/"),
            PostDetail => get("POST_DETAIL", WWW, "/aweme/v1/web/aweme/detail/"),
            PostComment => get("POST_COMMENT", WWW, "/aweme/v1/web/comment/list/"),
            PostCommentReply => get(
                "POST_COMMENT_REPLY",
                WWW,
                "/aweme/v1/web/comment/list/reply/",
            ),
            PostRelated => get("POST_RELATED", WWW, "/aweme/v1/web/aweme/related/"),
            FriendFeed => login(post(
                get("FRIEND_FEED", WWW, "/aweme/v1/web/familiar/feed/"),
                BodyKind::Empty,
            )),
            UserFollowing => get("USER_FOLLOWING", WWW, "/aweme/v1/web/user/following/list/"),
            UserFollower => get("USER_FOLLOWER", WWW, "/aweme/v1/web/user/follower/list/"),
            QueryUser => login(get("QUERY_USER", WWW, "/aweme/v1/web/query/user/")),
            PostStats => post(
                get("POST_STATS", WWW, "/aweme/v2/web/aweme/stats/"),
                BodyKind::Form,
            ),
            HomePostSearch => get("HOME_POST_SEARCH", WWW, "/aweme/v1/web/home/search/item/"),
            SuggestWords => get("SUGGEST_WORDS", WWW, "/aweme/v1/web/api/suggest_words/"),
            PostSearch => get("POST_SEARCH", WWW, "/aweme/v1/web/general/search/single/"),
            FollowingLive => login(get("FOLLOW_USER_LIVE", WWW, "/webcast/web/feed/follow/")),
            TabFeed => get("TAB_FEED", WWW, "/aweme/v1/web/tab/feed/"),
            FollowFeed => login(get("FOLLOW_FEED", WWW, "/aweme/v1/web/follow/feed/")),
            LocatePost => get("LOCATE_POST", WWW, "/aweme/v1/web/locate/post/"),
            LiveInfo => on(
                get("LIVE_INFO", LIVE, "/webcast/room/web/enter/"),
                BaseSet::Live,
            ),
            LiveInfoRoomId => on(
                get("LIVE_INFO_ROOM_ID", WEBCAST, "/webcast/room/reflow/info/"),
                BaseSet::Live2,
            ),
            UserLiveStatus => get(
                "USER_LIVE_STATUS",
                LIVE,
                "/webcast/distribution/check_user_live_status/",
            ),
            LiveImFetch => on(
                get("LIVE_IM_FETCH", LIVE, "/webcast/im/fetch/"),
                BaseSet::Webcast,
            ),
            LiveImPush => EndpointInfo {
                signed: false,
                ..on(
                    get("LIVE_IM_WSS", LIVE_WS, "/webcast/im/push/v2/"),
                    BaseSet::Webcast,
                )
            },
        }
    }

    /// HTTP method.
    pub fn method(self) -> Method {
        self.info().method
    }

    /// Path on the host.
    pub const fn path(self) -> &'static str {
        self.info().path
    }

    /// The base parameter set.
    pub fn base(self) -> BaseSet {
        self.info().base
    }

    /// The body form.
    pub fn body(self) -> BodyKind {
        self.info().body
    }

    /// Whether the endpoint only answers a logged-in cookie.
    pub fn login_only(self) -> bool {
        self.info().login_only
    }

    /// The URL on the real host, without query.
    pub fn url(self) -> String {
        let info = self.info();
        format!("{}{}", info.origin, info.path)
    }

    /// The URL relative to another origin (e.g. `http://127.0.0.1:8765`): same path, host
    /// dropped. A trailing `/` on `base` is ignored.
    pub fn url_on(self, base: &str) -> String {
        format!("{}{}", base.trim_end_matches('/'), self.path())
    }

    /// The URL on the real host or, when given, on `base`.
    pub fn url_with(self, base: Option<&str>) -> String {
        match base {
            Some(b) => self.url_on(b),
            None => self.url(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_on_keeps_path_and_drops_host() {
        assert_eq!(
            Endpoint::UserPost.url_on("http://127.0.0.1:8765/"),
            "http://127.0.0.1:8765/aweme/v1/web/aweme/post/"
        );
        assert_eq!(
            Endpoint::LiveInfoRoomId.url(),
            "https://webcast.amemv.com/webcast/room/reflow/info/"
        );
    }

    #[test]
    fn post_endpoints_and_bodies_match_the_spec() {
        let posts: Vec<_> = Endpoint::ALL
            .iter()
            .filter(|e| e.method() == Method::Post)
            .map(|e| (*e, e.body()))
            .collect();
        assert_eq!(
            posts,
            [
                (Endpoint::UserCollection, BodyKind::Json),
                (Endpoint::FriendFeed, BodyKind::Empty),
                (Endpoint::PostStats, BodyKind::Form),
            ]
        );
    }

    #[test]
    fn every_endpoint_has_a_distinct_f2_name() {
        let mut names: Vec<_> = Endpoint::ALL.iter().map(|e| e.info().f2_name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Endpoint::ALL.len());
    }
}
