//! "What is this link?": a short summary of the post, creator, mix or live room a link points
//! at, for the app's link list and the CLI. One request per link (two for short links).

use crate::api::{Douyin, Fetch, ListOptions};
use crate::link::{LinkTarget, TargetKind};
use crate::models::{first_url, PostKind, UrlSet};
use crate::Error;
use futures::StreamExt;
use serde::Serialize;

/// A summary a person recognises a link by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// What was looked up, as given.
    pub target: LinkTarget,
    /// For posts: video, image post or live photos.
    pub media: Option<PostKind>,
    /// Post text, nickname, mix name or live title.
    pub title: String,
    /// The creator's nickname, when there is one besides the title.
    pub author: Option<String>,
    /// A cover or avatar URL.
    pub cover_url: Option<String>,
    /// A count worth showing: posts of a creator, likes of a post, viewers of a live.
    pub count: Option<i64>,
    /// Video length in ms.
    pub duration_ms: Option<i64>,
    /// For lives: whether the room is live now.
    pub live: Option<bool>,
}

fn owned_url(set: &Option<UrlSet>) -> Option<String> {
    first_url(set).map(str::to_owned)
}

/// Looks the target up. Short links must be resolved first (see `DouyinClient::resolve_link`).
///
/// # Errors
/// The API's classified errors; [`Error::InvalidInput`] for an unresolved short link.
pub async fn preview<F: Fetch + 'static>(
    api: &Douyin<F>,
    target: &LinkTarget,
) -> Result<Preview, Error> {
    let id = &target.id;
    match target.kind {
        TargetKind::Post => {
            let post = api.post_detail(id).await?.typed;
            Ok(Preview {
                target: target.clone(),
                media: Some(post.kind()),
                title: post.desc.clone().unwrap_or_default(),
                author: post.author.as_ref().and_then(|a| a.nickname.clone()),
                cover_url: post.cover_url().map(str::to_owned),
                count: post.statistics.as_ref().and_then(|s| s.digg_count),
                duration_ms: post
                    .video
                    .as_ref()
                    .and_then(|v| v.duration)
                    .or(post.duration),
                live: None,
            })
        }
        TargetKind::User => {
            let user = api.user_profile(id).await?.typed.user.unwrap_or_default();
            Ok(Preview {
                title: user.nickname.clone().unwrap_or_default(),
                cover_url: owned_url(&user.avatar_larger).or_else(|| owned_url(&user.avatar_thumb)),
                count: user.aweme_count,
                ..Preview::empty(target)
            })
        }
        TargetKind::Mix => {
            let options = ListOptions {
                page_counts: 1,
                max_counts: Some(1),
                ..ListOptions::default()
            };
            let first = Box::pin(api.mix(id, options)).next().await.transpose()?;
            let post = first
                .and_then(|page| page.items.into_iter().next())
                .map(|p| p.typed);
            let info = post.as_ref().and_then(|p| p.mix_info.clone());
            Ok(Preview {
                title: info
                    .as_ref()
                    .and_then(|m| m.mix_name.clone())
                    .unwrap_or_default(),
                author: post
                    .as_ref()
                    .and_then(|p| p.author.as_ref())
                    .and_then(|a| a.nickname.clone()),
                cover_url: post.as_ref().and_then(|p| p.cover_url().map(str::to_owned)),
                ..Preview::empty(target)
            })
        }
        TargetKind::Live => {
            let answer = api.live_by_web_rid(id).await?.typed;
            let room = answer.room().cloned().unwrap_or_default();
            Ok(live_preview(target, &room))
        }
        TargetKind::LiveRoom => {
            let answer = api.live_by_room_id(id).await?.typed;
            let room = answer.data.and_then(|d| d.room).unwrap_or_default();
            Ok(live_preview(target, &room))
        }
        TargetKind::ShortLink => Err(Error::InvalidInput(
            "this short link has not been resolved yet; resolve it first".into(),
        )),
    }
}

impl Preview {
    fn empty(target: &LinkTarget) -> Self {
        Preview {
            target: target.clone(),
            media: None,
            title: String::new(),
            author: None,
            cover_url: None,
            count: None,
            duration_ms: None,
            live: None,
        }
    }
}

fn live_preview(target: &LinkTarget, room: &crate::models::Room) -> Preview {
    Preview {
        target: target.clone(),
        media: None,
        title: room.title.clone().unwrap_or_default(),
        author: room.owner.as_ref().and_then(|o| o.nickname.clone()),
        cover_url: owned_url(&room.cover),
        count: room.user_count,
        duration_ms: None,
        live: Some(room.is_live()),
    }
}
