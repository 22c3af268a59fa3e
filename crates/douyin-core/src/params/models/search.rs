//! Models for search endpoints: search in a user's posts, suggestions and general search.
//! Keywords are pre-encoded with Python `quote` as F2's handlers do.

use crate::endpoints::Endpoint;
use crate::params::encode::quote;
use crate::params::model::request_model;

request_model! {
    /// `HomePostSearch`: search one user's posts (HEAD only), paged by `offset`/`search_id`.
    HomePostSearch => Endpoint::HomePostSearch;
    search_channel: String = "search_channel", "aweme_personal_home_video";
    search_source: String = "search_source", "normal_search";
    search_scene: String = "search_scene", "douyin_search";
    sort_type: i64 = "sort_type", 0;
    publish_time: i64 = "publish_time", 0;
    is_filter_search: i64 = "is_filter_search", 0;
    query_correct_type: i64 = "query_correct_type", 1;
    keyword: String = "keyword", "";
    enable_history: i64 = "enable_history", 1;
    search_id: String = "search_id", "";
    offset: i64 = "offset", 0;
    count: i64 = "count", 10;
    from_user: String = "from_user", "";
}

impl HomePostSearch {
    /// The first page for the raw `keyword` in `from_user`'s (a sec_user_id) posts.
    pub fn new(from_user: impl Into<String>, keyword: &str, count: i64) -> Self {
        Self {
            keyword: quote(keyword),
            count,
            from_user: from_user.into(),
            ..Self::default()
        }
    }
}

request_model! {
    /// `SuggestWord`: search suggestions for a keyword (HEAD only).
    SuggestWord => Endpoint::SuggestWords;
    query: String = "query", "";
    count: i64 = "count", 8;
    business_id: String = "business_id", "30068";
    from_group_id: String = "from_group_id", "";
    rsp_source: String = "rsp_source", "";
    penetrate_params: String = "penetrate_params", "%7B%7D";
}

impl SuggestWord {
    /// Suggestions for the raw `keyword`; F2's handler asks for 10 (the model default is 8).
    pub fn new(keyword: &str, count: i64) -> Self {
        Self {
            query: quote(keyword),
            count,
            ..Self::default()
        }
    }
}

request_model! {
    /// `PostSearch`: general post search (declared by F2, no crawler method).
    PostSearch => Endpoint::PostSearch;
    search_channel: String = "search_channel", "aweme_general";
    filter_selected: String = "filter_selected", "";
    keyword: String = "keyword", "";
    search_source: String = "search_source", "normal_search";
    search_id: String = "search_id", "";
    query_correct_type: i64 = "query_correct_type", 1;
    is_filter_search: i64 = "is_filter_search", 0;
    from_group_id: String = "from_group_id", "";
    offset: i64 = "offset", 0;
    count: i64 = "count", 15;
    need_filter_settings: i64 = "need_filter_settings", 1;
}

impl PostSearch {
    /// The first page for the raw `keyword` with the given (already encoded) filter selection.
    pub fn new(keyword: &str, filter_selected: impl Into<String>) -> Self {
        Self {
            keyword: quote(keyword),
            filter_selected: filter_selected.into(),
            ..Self::default()
        }
    }
}
