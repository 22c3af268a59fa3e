//! What a post is (video, image post, live-photo post) and which of its streams to download:
//! renditions with gear, resolution, codec and bitrate, and a quality policy that picks one and
//! returns every mirror URL as ordered fallbacks.

use super::aweme::{Aweme, BitRate, Image};
use super::common::{first_url, UrlSet};
use super::lenient::flag_true;

/// The kind of a post, decided from its images and type codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    /// A video.
    Video,
    /// An image post (图集).
    Images,
    /// An image post where some images carry a live-photo clip (`images[].video`).
    LivePhoto,
}

/// The video codec of a rendition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Codec {
    /// H.264 / AVC.
    H264,
    /// H.265 / HEVC (Douyin: bytevc1).
    H265,
}

/// Which codec the user prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CodecPreference {
    /// Only H.264 when available (most compatible), else anything.
    #[default]
    H264,
    /// Only H.265 when available (smaller), else anything.
    H265,
    /// No preference.
    Any,
}

/// Which rendition the user wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum QualityPolicy {
    /// The largest resolution, then the highest bitrate.
    #[default]
    Highest,
    /// The largest resolution not above this many lines (short side, e.g. 720), falling back to
    /// the smallest one when all are above it.
    Resolution(u32),
    /// The smallest resolution, then the lowest bitrate.
    Smallest,
}

/// One downloadable rendition of a video.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stream {
    /// Douyin's gear name, when given.
    pub gear_name: Option<String>,
    /// Short-side resolution in lines (e.g. 1080), from the size or the gear name.
    pub resolution: Option<u32>,
    /// The codec.
    pub codec: Codec,
    /// Bits per second (0 when unknown).
    pub bitrate: u64,
    /// Size in bytes, when given.
    pub size: Option<u64>,
    /// Mirror URLs, in Douyin's order (first = preferred).
    pub urls: Vec<String>,
}

/// The chosen stream and the URLs to try in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamChoice {
    /// The rendition chosen.
    pub stream: Stream,
    /// Every mirror of it, in the order to try.
    pub fallbacks: Vec<String>,
}

impl Stream {
    /// Reads one rendition; `None` when it has no URL.
    pub fn from_bit_rate(b: &BitRate) -> Option<Stream> {
        let addr = b.play_addr.as_ref()?;
        let urls: Vec<String> = addr
            .url_list
            .iter()
            .filter(|u| !u.is_empty())
            .cloned()
            .collect();
        if urls.is_empty() {
            return None;
        }
        let gear = b.gear_name.clone();
        let resolution = short_side(addr).or_else(|| gear.as_deref().and_then(gear_resolution));
        Some(Stream {
            codec: codec_of(b, gear.as_deref(), addr),
            resolution,
            bitrate: b.bit_rate.and_then(|v| u64::try_from(v).ok()).unwrap_or(0),
            size: addr.data_size.and_then(|v| u64::try_from(v).ok()),
            gear_name: gear,
            urls,
        })
    }
}

fn short_side(addr: &UrlSet) -> Option<u32> {
    let (w, h) = (addr.width?, addr.height?);
    u32::try_from(w.min(h)).ok().filter(|v| *v > 0)
}

/// Resolution from gear names such as `normal_1080_0`, `adapt_lowest_720_1` or `1080_1_1`.
fn gear_resolution(gear: &str) -> Option<u32> {
    gear.split('_')
        .filter_map(|p| p.parse::<u32>().ok())
        .find(|v| *v >= 240)
}

fn codec_of(b: &BitRate, gear: Option<&str>, addr: &UrlSet) -> Codec {
    let key_says_h265 = addr
        .url_key
        .as_deref()
        .is_some_and(|k| k.contains("bytevc1") || k.contains("h265"));
    // bytevc1 gears are named `<res>_<n>_1` (three numeric parts) in 2025-26 bodies.
    let gear_says_h265 = gear.is_some_and(|g| {
        let parts: Vec<&str> = g.split('_').collect();
        parts.len() == 3 && parts.iter().all(|p| p.parse::<u32>().is_ok())
    });
    if flag_true(b.is_h265) || flag_true(b.is_bytevc1) || key_says_h265 || gear_says_h265 {
        Codec::H265
    } else {
        Codec::H264
    }
}

/// Picks one stream by policy and codec preference; `None` when there is nothing to download.
pub fn choose_stream(
    streams: &[Stream],
    policy: QualityPolicy,
    codec: CodecPreference,
) -> Option<StreamChoice> {
    let wanted: Vec<&Stream> = match codec {
        CodecPreference::Any => streams.iter().collect(),
        CodecPreference::H264 | CodecPreference::H265 => {
            let want = if codec == CodecPreference::H264 {
                Codec::H264
            } else {
                Codec::H265
            };
            let matching: Vec<&Stream> = streams.iter().filter(|s| s.codec == want).collect();
            if matching.is_empty() {
                streams.iter().collect()
            } else {
                matching
            }
        }
    };
    let rank = |s: &Stream| (s.resolution.unwrap_or(0), s.bitrate);
    let best = match policy {
        QualityPolicy::Highest => wanted.iter().copied().max_by_key(|s| rank(s)),
        QualityPolicy::Smallest => wanted.iter().copied().min_by_key(|s| rank(s)),
        QualityPolicy::Resolution(limit) => wanted
            .iter()
            .copied()
            .filter(|s| s.resolution.unwrap_or(0) <= limit)
            .max_by_key(|s| rank(s))
            .or_else(|| wanted.iter().copied().min_by_key(|s| rank(s))),
    }?;
    Some(StreamChoice {
        fallbacks: best.urls.clone(),
        stream: best.clone(),
    })
}

impl Aweme {
    /// Video, image post or live-photo post.
    pub fn kind(&self) -> PostKind {
        let images = self.images.as_deref().unwrap_or_default();
        if images.is_empty() && self.aweme_type != Some(68) && self.media_type != Some(2) {
            return PostKind::Video;
        }
        if images.is_empty() {
            // Type says image post but no images came: still an image post (nothing to save).
            return PostKind::Images;
        }
        if images.iter().any(|i| i.live_photo_url().is_some()) {
            PostKind::LivePhoto
        } else {
            PostKind::Images
        }
    }

    /// Every video rendition that has a URL, in Douyin's order.
    pub fn streams(&self) -> Vec<Stream> {
        let Some(video) = &self.video else {
            return Vec::new();
        };
        // An image post's `video.play_addr` is its background music (the image capture shows
        // `bit_rate: []` and the music's mp3 there), not a video to download.
        if self.kind() != PostKind::Video {
            return Vec::new();
        }
        let mut out: Vec<Stream> = video
            .renditions()
            .iter()
            .filter_map(Stream::from_bit_rate)
            .collect();
        if out.is_empty() {
            // Older or trimmed bodies carry only `play_addr`.
            if let Some(addr) = &video.play_addr {
                let synthetic = BitRate {
                    play_addr: Some(addr.clone()),
                    is_h265: video.is_h265,
                    ..BitRate::default()
                };
                out.extend(Stream::from_bit_rate(&synthetic));
            }
        }
        out
    }

    /// The stream to download for a video post under the given policy.
    pub fn choose_stream(
        &self,
        policy: QualityPolicy,
        codec: CodecPreference,
    ) -> Option<StreamChoice> {
        choose_stream(&self.streams(), policy, codec)
    }

    /// The cover URL (original cover, else cover).
    pub fn cover_url(&self) -> Option<&str> {
        let v = self.video.as_ref()?;
        first_url(&v.origin_cover).or_else(|| first_url(&v.cover))
    }

    /// The music's audio URL.
    pub fn music_url(&self) -> Option<&str> {
        first_url(&self.music.as_ref()?.play_url)
    }

    /// The music's lyric URL, when given.
    pub fn lyric_url(&self) -> Option<&str> {
        self.music
            .as_ref()?
            .lyric_url
            .as_deref()
            .filter(|u| !u.is_empty())
    }

    /// The images of an image post (empty for videos).
    pub fn image_list(&self) -> &[Image] {
        self.images.as_deref().unwrap_or_default()
    }

    /// The post id text.
    pub fn id(&self) -> Option<&str> {
        self.aweme_id.as_ref().map(|i| i.as_str())
    }
}

impl Image {
    /// The picture's mirror URLs (non-watermarked first, then watermarked as last resort).
    pub fn urls(&self) -> Vec<String> {
        self.url_list
            .iter()
            .chain(self.download_url_list.iter())
            .filter(|u| !u.is_empty())
            .cloned()
            .collect()
    }

    /// The first URL of the live-photo clip, when this image has one.
    pub fn live_photo_url(&self) -> Option<&str> {
        first_url(&self.video.as_ref()?.play_addr)
    }

    /// The live-photo clip's renditions (its `bit_rate` list, else its `play_addr`).
    pub fn live_photo_streams(&self) -> Vec<Stream> {
        let Some(v) = &self.video else {
            return Vec::new();
        };
        let aweme = Aweme {
            video: Some(v.clone()),
            ..Aweme::default()
        };
        aweme.streams()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn aweme(v: serde_json::Value) -> Aweme {
        serde_json::from_value(v).expect("object")
    }

    fn rendition(
        gear: &str,
        rate: u64,
        h265: u8,
        w: u32,
        h: u32,
        urls: &[&str],
    ) -> serde_json::Value {
        json!({"gear_name": gear, "bit_rate": rate, "is_h265": h265,
               "play_addr": {"url_list": urls, "width": w, "height": h, "data_size": rate / 8}})
    }

    fn sample() -> Aweme {
        aweme(json!({"aweme_type": 0, "video": {"bit_rate": [
            rendition("normal_720_0", 1_500_000, 0, 720, 1280, &["a720", "b720"]),
            rendition("normal_1080_0", 2_500_000, 0, 1080, 1920, &["a1080", "b1080", "c1080"]),
            rendition("1080_1_1", 1_800_000, 1, 1080, 1920, &["h1080"]),
            rendition("normal_540_0", 800_000, 0, 540, 960, &["a540"]),
        ]}}))
    }

    #[test]
    fn an_image_posts_music_address_is_not_a_video_stream() {
        let post = aweme(json!({"aweme_type": 68,
            "images": [{"url_list": ["https://p3/img1.webp"]}],
            "music": {"play_url": {"url_list": ["https://sf/music.mp3"]}},
            "video": {"bit_rate": [], "play_addr": {"url_list": ["https://sf/music.mp3"]}}}));
        assert_eq!(post.kind(), PostKind::Images);
        assert!(post.streams().is_empty());
        assert!(post
            .choose_stream(QualityPolicy::Highest, CodecPreference::Any)
            .is_none());
        let trimmed_video = aweme(json!({"aweme_type": 0,
            "video": {"play_addr": {"url_list": ["https://v/only.mp4"]}}}));
        assert_eq!(
            trimmed_video.streams().len(),
            1,
            "a video with only play_addr still has one"
        );
    }

    #[test]
    fn highest_h264_returns_every_mirror_in_order() {
        let pick = sample()
            .choose_stream(QualityPolicy::Highest, CodecPreference::H264)
            .expect("pick");
        assert_eq!(pick.stream.gear_name.as_deref(), Some("normal_1080_0"));
        assert_eq!(pick.fallbacks, vec!["a1080", "b1080", "c1080"]);
        assert_eq!(pick.stream.size, Some(2_500_000 / 8));
    }

    #[test]
    fn codec_preference_and_limits_are_honoured() {
        let a = sample();
        let h265 = a
            .choose_stream(QualityPolicy::Highest, CodecPreference::H265)
            .expect("pick");
        assert_eq!(h265.stream.codec, Codec::H265);
        assert_eq!(h265.fallbacks, vec!["h1080"]);
        let capped = a
            .choose_stream(QualityPolicy::Resolution(720), CodecPreference::Any)
            .expect("pick");
        assert_eq!(capped.stream.resolution, Some(720));
        let small = a
            .choose_stream(QualityPolicy::Smallest, CodecPreference::Any)
            .expect("pick");
        assert_eq!(small.fallbacks, vec!["a540"]);
        let below_all = a
            .choose_stream(QualityPolicy::Resolution(360), CodecPreference::Any)
            .expect("pick");
        assert_eq!(below_all.stream.resolution, Some(540));
    }

    #[test]
    fn gear_names_give_codec_and_resolution_when_sizes_are_missing() {
        let a = aweme(json!({"video": {"bit_rate": [
            {"gear_name": "adapt_lowest_1080_1", "bit_rate": 1, "play_addr": {"url_list": ["x"]}},
            {"gear_name": "540_2_1", "bit_rate": 2, "play_addr": {"url_list": ["y"]}},
        ]}}));
        let s = a.streams();
        assert_eq!((s[0].resolution, s[0].codec), (Some(1080), Codec::H264));
        assert_eq!((s[1].resolution, s[1].codec), (Some(540), Codec::H265));
    }

    #[test]
    fn post_kinds() {
        assert_eq!(sample().kind(), PostKind::Video);
        let images = aweme(json!({"aweme_type": 68, "images": [{"url_list": ["i1"]}]}));
        assert_eq!(images.kind(), PostKind::Images);
        let live = aweme(json!({"aweme_type": 68, "images": [
            {"url_list": ["i1"], "video": null},
            {"url_list": ["i2"], "video": {"play_addr": {"url_list": ["clip"]}}}]}));
        assert_eq!(live.kind(), PostKind::LivePhoto);
        assert_eq!(live.image_list()[1].live_photo_url(), Some("clip"));
        assert_eq!(
            live.image_list()[1].live_photo_streams()[0].urls,
            vec!["clip"]
        );
        assert!(aweme(json!({}))
            .choose_stream(QualityPolicy::Highest, CodecPreference::Any)
            .is_none());
    }

    #[test]
    fn a_lone_play_addr_is_a_stream() {
        let a = aweme(json!({"video": {"play_addr": {"url_list": ["p1", "p2"]}}}));
        let pick = a
            .choose_stream(QualityPolicy::Highest, CodecPreference::H264)
            .expect("pick");
        assert_eq!(pick.fallbacks, vec!["p1", "p2"]);
    }
}
