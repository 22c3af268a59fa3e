//! The aweme (作品, one post) object shared by detail, post lists, likes, mixes, collections,
//! related, feeds, friend feed and search, with its author, video renditions, music and images.

use super::common::UrlSet;
use super::lenient::{lenient_struct, Flag, Id, OneOrMany};

lenient_struct! {
    /// One post: a video, an image post (图集) or an image post with live-photo clips.
    pub struct Aweme {
        /// The post id.
        aweme_id: Option<Id>,
        /// 0 = video, 68 = image post (51/53/66 behave like video).
        aweme_type: Option<i64>,
        /// 4 = video, 2 = images.
        media_type: Option<i64>,
        /// The text with `#tags`.
        desc: Option<String>,
        /// The caption (newer bodies).
        caption: Option<String>,
        /// The title shown in previews (newer bodies).
        preview_title: Option<String>,
        /// Publication time, unix seconds.
        create_time: Option<i64>,
        /// Duration in ms.
        duration: Option<i64>,
        /// Pinned on the profile.
        is_top: Option<Flag>,
        /// An advertisement.
        is_ads: Option<Flag>,
        /// A story.
        is_story: Option<Flag>,
        /// A 24-hour story (friend feed).
        is_24_story: Option<Flag>,
        /// Live-photo post marker, when present.
        is_live_photo: Option<Flag>,
        /// Comment group id (int64 number).
        comment_gid: Option<Id>,
        /// Location text.
        position: Option<String>,
        /// Region code, e.g. "CN".
        region: Option<String>,
        /// City code (search results).
        city: Option<String>,
        /// Share URL.
        share_url: Option<String>,
        /// Group id.
        group_id: Option<Id>,
        /// Author's numeric user id (int64 number).
        author_user_id: Option<Id>,
        /// Author.
        author: Option<Author>,
        /// Background music.
        music: Option<Music>,
        /// Video (present even for image posts).
        video: Option<Video>,
        /// Images of an image post; `None` when absent or null.
        images: Option<Vec<Image>>,
        /// Counters.
        statistics: Option<Statistics>,
        /// Visibility status.
        status: Option<AwemeStatus>,
        /// Interaction permissions.
        aweme_control: Option<AwemeControl>,
        /// Download/share permissions.
        video_control: Option<VideoControl>,
        /// The mix (合集) this post belongs to.
        mix_info: Option<MixInfo>,
        /// Hashtags and mentions; `None` when absent or null.
        text_extra: Option<Vec<TextExtra>>,
        /// SEO data.
        seo_info: Option<SeoInfo>,
        /// Friend-feed card data.
        fall_card_struct: Option<FallCard>,
        /// The author disallows downloads.
        prevent_download: Option<bool>,
    }
}

lenient_struct! {
    /// A user as embedded in posts, comments and lists.
    pub struct Author {
        /// Numeric user id (text).
        uid: Option<Id>,
        /// Stable public id (`MS4wLjABAAAA…`).
        sec_uid: Option<String>,
        /// Short numeric id.
        short_id: Option<Id>,
        /// The 抖音号 handle.
        unique_id: Option<String>,
        /// Display name.
        nickname: Option<String>,
        /// Bio.
        signature: Option<String>,
        /// Small avatar.
        avatar_thumb: Option<UrlSet>,
        /// Large avatar.
        avatar_larger: Option<UrlSet>,
        /// Follower count.
        follower_count: Option<i64>,
        /// Following count.
        following_count: Option<i64>,
        /// Total likes received.
        total_favorited: Option<i64>,
    }
}

lenient_struct! {
    /// The video part of a post.
    pub struct Video {
        /// Default play address.
        play_addr: Option<UrlSet>,
        /// H.265 play address, when given.
        play_addr_265: Option<UrlSet>,
        /// H.264 play address, when given.
        play_addr_h264: Option<UrlSet>,
        /// Watermarked download address.
        download_addr: Option<UrlSet>,
        /// Renditions; `None` when absent or null, a lone object is read as one rendition.
        bit_rate: Option<OneOrMany<BitRate>>,
        /// Cover.
        cover: Option<UrlSet>,
        /// Original-size cover.
        origin_cover: Option<UrlSet>,
        /// Animated cover.
        dynamic_cover: Option<UrlSet>,
        /// Animated cover (another form F2 reads).
        animated_cover: Option<UrlSet>,
        /// Width in pixels.
        width: Option<i64>,
        /// Height in pixels.
        height: Option<i64>,
        /// "1080p" / "720p" / "540p".
        ratio: Option<String>,
        /// Duration in ms.
        duration: Option<i64>,
        /// 1 when the default address is H.265.
        is_h265: Option<Flag>,
    }
}

lenient_struct! {
    /// One rendition of a video.
    pub struct BitRate {
        /// Gear name, e.g. `normal_1080_0`, `1080_1_1` (bytevc1).
        gear_name: Option<String>,
        /// Quality type code.
        quality_type: Option<i64>,
        /// Bits per second.
        bit_rate: Option<i64>,
        /// Where to fetch it.
        play_addr: Option<UrlSet>,
        /// 1 for H.265 (bytevc1).
        is_bytevc1: Option<Flag>,
        /// 1 for H.265.
        is_h265: Option<Flag>,
        /// Frames per second.
        #[serde(rename = "FPS")]
        fps: Option<i64>,
        /// Container, e.g. "mp4".
        format: Option<String>,
    }
}

lenient_struct! {
    /// Background music of a post (also the music-collection item).
    pub struct Music {
        /// Music id (int64 number; prefer `id_str`).
        id: Option<Id>,
        /// Music id as text.
        id_str: Option<String>,
        /// Another music id (text).
        mid: Option<String>,
        /// Title.
        title: Option<String>,
        /// Artist.
        author: Option<String>,
        /// Album.
        album: Option<String>,
        /// Duration in seconds.
        duration: Option<i64>,
        /// Preview length in seconds.
        audition_duration: Option<i64>,
        /// The audio.
        play_url: Option<UrlSet>,
        /// HD cover.
        cover_hd: Option<UrlSet>,
        /// Large cover.
        cover_large: Option<UrlSet>,
        /// Beat data.
        strong_beat_url: Option<UrlSet>,
        /// Lyrics location.
        lyric_url: Option<String>,
        /// Lyrics format code.
        lyric_type: Option<i64>,
        /// Uploader's nickname.
        owner_nickname: Option<String>,
        /// Uploader's handle.
        owner_handle: Option<String>,
        /// Uploader's user id.
        owner_id: Option<Id>,
        /// Uploader's sec_uid.
        sec_uid: Option<String>,
        /// Original (not licensed) music.
        is_original: Option<bool>,
        /// The post's own sound.
        is_original_sound: Option<bool>,
        /// Commercial music.
        is_commerce_music: Option<bool>,
        /// PGC music.
        is_pgc: Option<bool>,
        /// The uploader is deleted.
        author_deleted: Option<bool>,
        /// Status code.
        status: Option<i64>,
        /// Collection status (music collection).
        collect_stat: Option<i64>,
        /// Status (music collection).
        music_status: Option<i64>,
        /// Matched licensed sound.
        matched_pgc_sound: Option<PgcSound>,
    }
}

lenient_struct! {
    /// The licensed sound a post's music was matched to.
    pub struct PgcSound {
        /// Artist.
        pgc_author: Option<String>,
        /// Title.
        pgc_author_title: Option<String>,
        /// Type code.
        pgc_music_type: Option<i64>,
    }
}

lenient_struct! {
    /// One picture of an image post, possibly with a live-photo clip.
    pub struct Image {
        /// Storage key.
        uri: Option<String>,
        /// Mirror URLs (webp).
        url_list: Vec<String>,
        /// Watermarked mirror URLs.
        download_url_list: Vec<String>,
        /// Width.
        width: Option<i64>,
        /// Height.
        height: Option<i64>,
        /// The live-photo clip; `None` when absent or null.
        video: Option<Video>,
        /// Live-photo marker (1), when given.
        live_photo_type: Option<i64>,
        /// Clip type, when given.
        clip_type: Option<i64>,
    }
}

lenient_struct! {
    /// Counters of a post.
    pub struct Statistics {
        /// Tips.
        admire_count: Option<i64>,
        /// Favourites.
        collect_count: Option<i64>,
        /// Comments.
        comment_count: Option<i64>,
        /// Likes.
        digg_count: Option<i64>,
        /// Shares.
        share_count: Option<i64>,
        /// Plays (always 0 on web).
        play_count: Option<i64>,
        /// Exposures (friend feed).
        exposure_count: Option<i64>,
        /// Live watchers (friend feed).
        live_watch_count: Option<i64>,
    }
}

lenient_struct! {
    /// Visibility of a post.
    pub struct AwemeStatus {
        /// Deleted.
        is_delete: Option<bool>,
        /// Shareable.
        allow_share: Option<bool>,
        /// 0 public; other values restrict visibility.
        private_status: Option<i64>,
        /// Partly visible.
        part_see: Option<i64>,
        /// Taken down.
        is_prohibited: Option<bool>,
        /// Under review.
        in_reviewing: Option<bool>,
    }
}

lenient_struct! {
    /// Interaction permissions.
    pub struct AwemeControl {
        /// Can comment.
        can_comment: Option<bool>,
        /// Can repost.
        can_forward: Option<bool>,
        /// Can share.
        can_share: Option<bool>,
        /// Comments are shown.
        can_show_comment: Option<bool>,
    }
}

lenient_struct! {
    /// Download and promotion permissions.
    pub struct VideoControl {
        /// DOU+ allowed.
        allow_douplus: Option<bool>,
        /// Download setting code.
        download_setting: Option<i64>,
        /// Shareable.
        allow_share: Option<bool>,
    }
}

lenient_struct! {
    /// The mix (合集) a post belongs to.
    pub struct MixInfo {
        /// Mix id.
        mix_id: Option<Id>,
        /// Name.
        mix_name: Option<String>,
        /// Description.
        mix_desc: Option<String>,
        /// Created, unix seconds.
        mix_create_time: Option<i64>,
        /// Updated, unix seconds.
        mix_update_time: Option<i64>,
        /// Picture type.
        mix_pic_type: Option<i64>,
        /// Mix type.
        mix_type: Option<i64>,
        /// Share URL.
        mix_share_url: Option<String>,
        /// Cover.
        cover_url: Option<UrlSet>,
    }
}

lenient_struct! {
    /// A hashtag or mention inside `desc`.
    pub struct TextExtra {
        /// Start offset.
        start: Option<i64>,
        /// End offset.
        end: Option<i64>,
        /// 1 = hashtag.
        #[serde(rename = "type")]
        kind: Option<i64>,
        /// Hashtag name.
        hashtag_name: Option<String>,
        /// Hashtag id.
        hashtag_id: Option<Id>,
        /// Mentioned user's id.
        user_id: Option<Id>,
        /// Mentioned user's sec_uid.
        sec_uid: Option<String>,
    }
}

lenient_struct! {
    /// SEO data of a post.
    pub struct SeoInfo {
        /// OCR text.
        seo_ocr_content: Option<String>,
    }
}

lenient_struct! {
    /// Friend-feed card data.
    pub struct FallCard {
        /// Why the post is shown.
        recommend_reason: Option<String>,
    }
}

impl Music {
    /// The music id text, preferring the exact `id_str` twin.
    pub fn id_text(&self) -> Option<&str> {
        self.id_str
            .as_deref()
            .or_else(|| self.id.as_ref().map(|i| i.as_str()))
    }
}

impl Video {
    /// The renditions (empty when none are given).
    pub fn renditions(&self) -> &[BitRate] {
        self.bit_rate
            .as_ref()
            .map(|b| b.0.as_slice())
            .unwrap_or_default()
    }
}
