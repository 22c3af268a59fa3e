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
