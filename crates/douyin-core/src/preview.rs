//! "What is this link?": a short summary of the post, creator, mix or live room a link points
//! at, for the app's link list and the CLI. One request per link (two for short links).

use crate::api::{Douyin, Fetch, ListOptions};
use crate::link::LinkTarget;
use crate::models::{first_url, PostKind, UrlSet};
use crate::Error;
use futures::StreamExt;
use serde::Serialize;

/// A summary a person recognises a link by.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// `video`, `images`, `live_photo`, `user`, `mix`, `live`.
    pub kind: String,
    /// The id the target is known by (aweme id, sec_user_id, mix id, web_rid or room id).
    pub id: String,
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
    match target {
        LinkTarget::Aweme(id) => {
            let post = api.post_detail(id).await?.typed;
            let kind = match post.kind() {
                PostKind::Video => "video",
                PostKind::Images => "images",
                PostKind::LivePhoto => "live_photo",
            };
            Ok(Preview {
                kind: kind.into(),
                id: id.clone(),
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
        LinkTarget::User(sec_uid) => {
            let user = api
                .user_profile(sec_uid)
                .await?
                .typed
                .user
                .unwrap_or_default();
            Ok(Preview {
                kind: "user".into(),
                id: sec_uid.clone(),
                title: user.nickname.clone().unwrap_or_default(),
                author: None,
                cover_url: owned_url(&user.avatar_larger).or_else(|| owned_url(&user.avatar_thumb)),
                count: user.aweme_count,
                ..Preview::default()
            })
        }
        LinkTarget::Mix(mix_id) => {
            let options = ListOptions {
                page_counts: 1,
                max_counts: Some(1),
                ..ListOptions::default()
            };
            let first = Box::pin(api.mix(mix_id, options))
                .next()
                .await
                .transpose()?;
            let post = first
                .and_then(|page| page.items.into_iter().next())
                .map(|p| p.typed);
            let info = post.as_ref().and_then(|p| p.mix_info.clone());
            Ok(Preview {
                kind: "mix".into(),
                id: mix_id.clone(),
                title: info
                    .as_ref()
                    .and_then(|m| m.mix_name.clone())
                    .unwrap_or_default(),
                author: post
                    .as_ref()
                    .and_then(|p| p.author.as_ref())
                    .and_then(|a| a.nickname.clone()),
                cover_url: post.as_ref().and_then(|p| p.cover_url().map(str::to_owned)),
                ..Preview::default()
            })
        }
        LinkTarget::Live(web_rid) => {
            let answer = api.live_by_web_rid(web_rid).await?.typed;
            let room = answer.room().cloned().unwrap_or_default();
            Ok(live_preview(web_rid, &room))
        }
        LinkTarget::LiveRoom(room_id) => {
            let answer = api.live_by_room_id(room_id).await?.typed;
            let room = answer.data.and_then(|d| d.room).unwrap_or_default();
            Ok(live_preview(room_id, &room))
        }
        LinkTarget::NeedsRedirect(_) => Err(Error::InvalidInput(
            "this short link has not been resolved yet; resolve it first".into(),
        )),
    }
}

fn live_preview(id: &str, room: &crate::models::Room) -> Preview {
    Preview {
        kind: "live".into(),
        id: id.to_owned(),
        title: room.title.clone().unwrap_or_default(),
        author: room.owner.as_ref().and_then(|o| o.nickname.clone()),
        cover_url: owned_url(&room.cover),
        count: room.user_count,
        duration_ms: None,
        live: Some(room.is_live()),
    }
}
