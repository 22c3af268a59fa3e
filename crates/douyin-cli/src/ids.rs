//! Id arguments of `douyin fetch`: a bare id is used as is; a link (or pasted share text with a
//! link) is resolved, following short links, and must point at the kind of thing asked for.

use douyin_core::client::DouyinClient;
use douyin_core::link::{IdKind, LinkTarget};
use douyin_core::Error;

/// The id of `kind` in `arg`.
pub async fn resolve(client: &DouyinClient, arg: &str, kind: IdKind) -> Result<String, Error> {
    if !arg.contains("://") {
        return Ok(arg.trim().to_owned());
    }
    let target = client.resolve_link(arg).await?;
    let (found, id) = match target {
        LinkTarget::User(id) => (IdKind::SecUserId, id),
        LinkTarget::Aweme(id) => (IdKind::AwemeId, id),
        LinkTarget::Mix(id) => (IdKind::MixId, id),
        LinkTarget::Live(id) => (IdKind::WebcastId, id),
        LinkTarget::LiveRoom(id) => (IdKind::RoomId, id),
        LinkTarget::NeedsRedirect(_) => {
            return Err(Error::InvalidInput(
                "the short link leads to another short link".into(),
            ))
        }
    };
    if found == kind {
        Ok(id)
    } else {
        Err(Error::InvalidInput(format!(
            "the link points at a {found}, but this method needs a {kind}"
        )))
    }
}
