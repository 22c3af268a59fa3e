//! Typed, tolerant models of every Douyin response the archiver reads, each available together
//! with its raw JSON ([`Parsed`]), plus the domain accessors built on them: post kind, stream
//! choice by quality policy, unavailable-post reasons and the `status_code` check.

mod lenient;

pub mod aweme;
pub mod collects;
pub mod comment;
pub mod common;
pub mod feeds;
pub mod live;
pub mod media;
pub mod posts;
pub mod status;
pub mod user;

pub use aweme::{
    Author, Aweme, AwemeControl, AwemeStatus, BitRate, FallCard, Image, MixInfo, Music, PgcSound,
    SeoInfo, Statistics, TextExtra, Video, VideoControl,
};
pub use collects::{CollectsFolder, CollectsListResponse, MusicCollectionResponse};
pub use comment::{Comment, CommentListResponse};
pub use common::{first_url, ModelError, ModelErrorKind, Parsed, UrlSet};
pub use feeds::{
    FriendFeedItem, FriendFeedResponse, HomeSearchResponse, ImFetchResponse, ImMessage,
    PostStatsResponse, SearchItem, SuggestWord, SuggestWordsResponse,
};
pub use lenient::{flag_true, Flag, FromJson, Id, OneOrMany};
pub use live::{
    FollowingLive, FollowingLivesResponse, LiveStatusData, LiveStatusResponse, QualityMap,
    ReflowResponse, Room, StreamUrl, WebEnterResponse,
};
pub use media::{
    choose_stream, Codec, CodecPreference, PostKind, QualityPolicy, Stream, StreamChoice,
};
pub use posts::{AwemeListResponse, FilterDetail, PostDetailResponse, Unavailable};
pub use status::{
    check_body, check_status, ApiStatus, ApiStatusError, ApiStatusKind, LOGIN_REQUIRED_CODES,
};
pub use user::{
    FollowListResponse, FollowUser, ImUserInfoResponse, QueryUserResponse, UserProfile,
    UserProfileResponse,
};
