//! The signed-in user's favourites: collect folders (`/collects/list/`) and the music collection
//! (`/music/listcollection/`).

use super::aweme::Music;
use super::common::UrlSet;
use super::lenient::{lenient_struct, Flag, Id};

lenient_struct! {
    /// `/collects/list/`.
    pub struct CollectsListResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Next cursor.
        cursor: Option<i64>,
        /// More pages follow.
        has_more: Option<Flag>,
        /// Number of folders.
        total_number: Option<i64>,
        /// Folders; `None` when absent.
        collects_list: Option<Vec<CollectsFolder>>,
    }
}

lenient_struct! {
    /// One favourites folder.
    pub struct CollectsFolder {
        /// App id.
        app_id: Option<i64>,
        /// Cover.
        collects_cover: Option<UrlSet>,
        /// Folder id (int64 number; prefer `collects_id_str`).
        collects_id: Option<Id>,
        /// Folder id as text.
        collects_id_str: Option<String>,
        /// Name.
        collects_name: Option<String>,
        /// Created, unix seconds.
        create_time: Option<i64>,
        /// Follow status.
        follow_status: Option<i64>,
        /// Followers.
        followed_count: Option<i64>,
        /// Normal status.
        is_normal_status: Option<bool>,
        /// Item type.
        item_type: Option<i64>,
        /// Last addition, unix seconds.
        last_collect_time: Option<i64>,
        /// Plays.
        play_count: Option<i64>,
        /// States.
        states: Option<i64>,
        /// Status.
        status: Option<i64>,
        /// System type.
        system_type: Option<i64>,
        /// Number of posts inside.
        total_number: Option<i64>,
        /// Owner id (int64 number).
        user_id: Option<Id>,
        /// Owner.
        user_info: Option<super::aweme::Author>,
    }
}

impl CollectsFolder {
    /// The folder id text (the `_str` twin when given).
    pub fn id(&self) -> Option<String> {
        self.collects_id_str
            .clone()
            .or_else(|| self.collects_id.as_ref().map(|i| i.as_str().to_owned()))
    }
}

lenient_struct! {
    /// `/music/listcollection/`.
    pub struct MusicCollectionResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message.
        msg: Option<String>,
        /// Next cursor.
        cursor: Option<i64>,
        /// More pages follow.
        has_more: Option<Flag>,
        /// The music; `None` when absent.
        mc_list: Option<Vec<Music>>,
    }
}
