//! Friend feed, home-profile search, suggest words, post stats and the `/webcast/im/fetch/` JSON
//! form (also the decoded webcast message JSON).

use super::aweme::Aweme;
use super::lenient::{lenient_struct, Flag, Id};

lenient_struct! {
    /// `/familiar/feed/`.
    pub struct FriendFeedResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message.
        status_msg: Option<String>,
        /// Toast text.
        toast: Option<String>,
        /// More pages follow.
        has_more: Option<Flag>,
        /// New posts count.
        friend_update_count: Option<i64>,
        /// Next cursor.
        cursor: Option<i64>,
        /// Level.
        level: Option<i64>,
        /// Entries; `None` when absent or null.
        data: Option<Vec<FriendFeedItem>>,
    }
}

lenient_struct! {
    /// One friend-feed entry.
    pub struct FriendFeedItem {
        /// Feed type.
        feed_type: Option<i64>,
        /// Source.
        source: Option<i64>,
        /// The post.
        aweme: Option<Aweme>,
    }
}

lenient_struct! {
    /// `/home/search/item/` (search inside one user's posts).
    pub struct HomeSearchResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message.
        status_msg: Option<String>,
        /// More pages follow.
        has_more: Option<Flag>,
        /// Next offset.
        cursor: Option<i64>,
        /// Doodle config.
        global_doodle_config: Option<DoodleConfig>,
        /// Logging ids.
        log_pb: Option<LogPb>,
        /// Results; `None` when absent or null.
        aweme_list: Option<Vec<SearchItem>>,
    }
}

lenient_struct! {
    /// Search doodle config.
    pub struct DoodleConfig {
        /// Home text.
        home_text: Option<String>,
        /// The searched keyword.
        keyword: Option<String>,
    }
}

lenient_struct! {
    /// Logging ids.
    pub struct LogPb {
        /// Impression id (used as the next `search_id`).
        impr_id: Option<String>,
    }
}

lenient_struct! {
    /// One search result.
    pub struct SearchItem {
        /// The post.
        item: Option<Aweme>,
    }
}

lenient_struct! {
    /// `/api/suggest_words/`.
    pub struct SuggestWordsResponse {
        /// Message.
        msg: Option<String>,
        /// Groups (the first holds the words).
        data: Vec<SuggestGroup>,
    }
}

lenient_struct! {
    /// A group of suggestions.
    pub struct SuggestGroup {
        /// Words.
        words: Vec<SuggestWord>,
    }
}

lenient_struct! {
    /// One suggestion.
    pub struct SuggestWord {
        /// Id.
        id: Option<Id>,
        /// Text.
        word: Option<String>,
    }
}

impl SuggestWordsResponse {
    /// The suggested words.
    pub fn words(&self) -> &[SuggestWord] {
        self.data
            .first()
            .map(|g| g.words.as_slice())
            .unwrap_or_default()
    }
}

lenient_struct! {
    /// `/aweme/v2/web/aweme/stats/`.
    pub struct PostStatsResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message.
        status_msg: Option<String>,
    }
}

lenient_struct! {
    /// `/webcast/im/fetch/` with `resp_content_type=json`.
    pub struct ImFetchResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Messages.
        data: Vec<ImMessage>,
        /// Pass back as `internal_ext`.
        internal_ext: Option<String>,
        /// Paging data.
        extra: Option<ImExtra>,
    }
}

lenient_struct! {
    /// Paging data of an im/fetch body.
    pub struct ImExtra {
        /// Pass back as `cursor`.
        cursor: Option<String>,
        /// Server time, unix ms.
        now: Option<i64>,
        /// Suggested delay before the next fetch, ms.
        fetch_interval: Option<i64>,
    }
}

lenient_struct! {
    /// One webcast message in JSON form (snake_case or the camelCase of decoded samples).
    pub struct ImMessage {
        /// Common header.
        common: Option<ImCommon>,
    }
}

lenient_struct! {
    /// The common header of a webcast message.
    pub struct ImCommon {
        /// Method, e.g. `WebcastChatMessage`.
        method: Option<String>,
        /// Message id (int64).
        #[serde(alias = "msgId")]
        msg_id: Option<Id>,
        /// Room id (int64).
        #[serde(alias = "roomId")]
        room_id: Option<Id>,
        /// Shown in the chat area.
        #[serde(alias = "isShowMsg")]
        is_show_msg: Option<bool>,
        /// Created, unix ms.
        #[serde(alias = "createTime")]
        create_time: Option<Id>,
    }
}
