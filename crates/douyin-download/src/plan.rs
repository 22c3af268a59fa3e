//! What to save of a post (live-dl-db-cli.md §4.3, and beyond): the files, their names and
//! where their bytes come from. A pure function of the post and the options, so a restarted
//! job plans the same files again from the post kept in the store and only needs fresh URLs.

use crate::naming::{file_name, post_stem, stem_or};
use crate::spec::{ImageFormat, JobOptions};
use douyin_core::models::{choose_stream, Aweme, Music, PostKind};
use douyin_core::naming::replace_t;
use douyin_store::AssetKind;
use serde_json::Value;

/// Where a file's bytes come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Media mirrors, in the order to try.
    Media(Vec<String>),
    /// A picture; saved as is or converted.
    Image {
        /// Mirrors.
        urls: Vec<String>,
        /// The format to save in.
        format: ImageFormat,
    },
    /// Text written as it is (the description).
    Text(String),
    /// A lyric JSON to convert to LRC.
    Lyric(String),
    /// The post's JSON.
    Json(Value),
}

/// One file of a post.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedAsset {
    /// Its kind.
    pub asset: AssetKind,
    /// 1-based position among files of its kind (images, clips), else 0.
    pub index: u32,
    /// The file name (no folder).
    pub name: String,
    /// What follows the stem in the name (`_video.mp4`), to rename on a clash.
    pub suffix: String,
    /// Where the bytes come from.
    pub source: Source,
}

/// The plan of one post.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostPlan {
    /// The stem every file name starts with (also the per-post folder with `folderize`).
    pub stem: String,
    /// The files.
    pub assets: Vec<PlannedAsset>,
    /// Why nothing (or not everything) can be saved, for the job's report.
    pub notes: Vec<String>,
}

/// The `aweme_type`s F2 downloads as videos (§4.3).
const VIDEO_TYPES: [i64; 6] = [0, 4, 55, 61, 109, 201];

fn image_suffix(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Original => "webp",
        ImageFormat::Jpeg => "jpeg",
        ImageFormat::Png => "png",
    }
}

/// Plans a post. `index` is its 1-based position in a mix (the `{index}` token).
///
/// # Errors
/// A template that cannot render (the options were validated, so only a corrupt spec).
pub fn plan_post(
    post: &Aweme,
    raw: &Value,
    options: &JobOptions,
    index: Option<u32>,
) -> crate::Result<PostPlan> {
    let stem = post_stem(&options.naming, post, index)?;
    let mut plan = PostPlan {
        stem: stem.clone(),
        ..PostPlan::default()
    };
    let status = post.status.as_ref();
    if status.and_then(|s| s.is_prohibited).unwrap_or(false) {
        plan.notes
            .push("Douyin prohibits this post; nothing saved".into());
        return Ok(plan);
    }
    let private = status.and_then(|s| s.private_status).unwrap_or(0);
    if !(0..=2).contains(&private) {
        plan.notes.push(format!(
            "the post is private (status {private}); nothing saved"
        ));
        return Ok(plan);
    }
    let mut notes = Vec::new();
    let mut assets = Vec::new();
    let mut add = |asset, index, suffix: String, source| {
        assets.push(PlannedAsset {
            asset,
            index,
            name: file_name(&stem, &suffix),
            suffix,
            source,
        });
    };
    if options.music {
        let music = post.music.as_ref();
        // F2 saves the music only when `music.status == 1` (others are blocked or removed).
        let blocked = music.and_then(|m| m.status).is_some_and(|s| s != 1);
        let urls = music_urls(music);
        if !blocked && !urls.is_empty() {
            add(
                AssetKind::Music,
                0,
                "_music.mp3".into(),
                Source::Media(urls),
            );
        } else if music.is_some() {
            notes.push("the music is not available (blocked or removed)".into());
        }
    }
    if options.cover {
        let video = post.video.as_ref();
        let urls = |set: Option<&douyin_core::models::UrlSet>| {
            set.map(|u| u.url_list.clone()).filter(|l| !l.is_empty())
        };
        if let Some(list) = video.and_then(|v| urls(v.animated_cover.as_ref())) {
            add(
                AssetKind::Cover,
                0,
                "_cover.webp".into(),
                Source::Media(list),
            );
        } else if let Some(list) =
            video.and_then(|v| urls(v.origin_cover.as_ref()).or_else(|| urls(v.cover.as_ref())))
        {
            add(
                AssetKind::Cover,
                0,
                "_cover.jpeg".into(),
                Source::Media(list),
            );
        }
    }
    if options.desc {
        let text = post.desc.clone().unwrap_or_default();
        add(AssetKind::Desc, 0, "_desc.txt".into(), Source::Text(text));
    }
    let is_video_type = post.aweme_type.is_none_or(|t| VIDEO_TYPES.contains(&t));
    match post.kind() {
        PostKind::Video if is_video_type => {
            match post.choose_stream(options.quality.policy(), options.codec.preference()) {
                Some(choice) => add(
                    AssetKind::Video,
                    0,
                    "_video.mp4".into(),
                    Source::Media(choice.fallbacks),
                ),
                None => notes.push("the post has no video address".into()),
            }
        }
        PostKind::Video => notes.push(format!(
            "posts of type {:?} are not downloadable",
            post.aweme_type
        )),
        PostKind::Images | PostKind::LivePhoto => {
            let images = post.image_list();
            if images.is_empty() {
                notes.push("the image post has no images".into());
            }
            for (i, image) in images.iter().enumerate() {
                let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
                // A still and its motion share a number, so the pair sorts together.
                let clip = choose_stream(
                    &image.live_photo_streams(),
                    options.quality.policy(),
                    options.codec.preference(),
                );
                if let Some(clip) = clip {
                    add(
                        AssetKind::Live,
                        n,
                        format!("_live_{n}.mp4"),
                        Source::Media(clip.fallbacks),
                    );
                }
                let urls = image.urls();
                if !urls.is_empty() {
                    add(
                        AssetKind::Image,
                        n,
                        format!("_image_{n}.{}", image_suffix(options.image_format)),
                        Source::Image {
                            urls,
                            format: options.image_format,
                        },
                    );
                }
            }
        }
    }
    if options.json {
        add(
            AssetKind::Json,
            0,
            ".json".into(),
            Source::Json(raw.clone()),
        );
    }
    plan.assets = assets;
    plan.notes = notes;
    Ok(plan)
}

fn music_urls(music: Option<&Music>) -> Vec<String> {
    music
        .and_then(|m| m.play_url.as_ref())
        .map(|u| {
            u.url_list
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// Plans one collected music item (music mode, §4.4): named by its title, not the template.
pub fn plan_music(music: &Music, options: &JobOptions) -> crate::Result<PostPlan> {
    let fallback = music.id_text().unwrap_or("music").to_owned();
    let title = music.title.as_deref().map(replace_t).unwrap_or_default();
    let stem = stem_or(&title, &fallback)?;
    let mut plan = PostPlan {
        stem: stem.clone(),
        ..PostPlan::default()
    };
    let urls = music_urls(Some(music));
    if urls.is_empty() {
        plan.notes.push("the music has no audio address".into());
    } else {
        plan.assets.push(PlannedAsset {
            asset: AssetKind::Music,
            index: 0,
            name: file_name(&stem, "_music.mp3"),
            suffix: "_music.mp3".into(),
            source: Source::Media(urls),
        });
    }
    if options.lyric {
        if let Some(url) = music.lyric_url.as_deref().filter(|u| !u.is_empty()) {
            plan.assets.push(PlannedAsset {
                asset: AssetKind::Lyric,
                index: 0,
                name: file_name(&stem, "_lyric.lrc"),
                suffix: "_lyric.lrc".into(),
                source: Source::Lyric(url.to_owned()),
            });
        }
    }
    Ok(plan)
}
