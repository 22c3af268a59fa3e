//! Id arguments of `douyin fetch`: a bare id is used as is; a link (or pasted share text with a
//! link) is resolved, following short links, and must point at the kind of thing asked for.

use douyin_core::client::DouyinClient;
use douyin_core::link::{IdKind, LinkTarget};
use douyin_core::Error;

/// What `arg` names: `None` for a bare id, else the kind and id its link points at.
pub async fn link_target(
    client: &DouyinClient,
    arg: &str,
) -> Result<Option<(IdKind, String)>, Error> {
    if !arg.contains("://") {
        return Ok(None);
    }
    Ok(Some(match client.resolve_link(arg).await? {
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
    }))
}

/// The id of `kind` in `arg`.
pub async fn resolve(client: &DouyinClient, arg: &str, kind: IdKind) -> Result<String, Error> {
    match link_target(client, arg).await? {
        None => Ok(arg.trim().to_owned()),
        Some((found, id)) if found == kind => Ok(id),
        Some((found, _)) => Err(mismatch(found, kind)),
    }
}

/// The usage error of a link that points at the wrong kind of thing.
pub fn mismatch(found: IdKind, wanted: IdKind) -> Error {
    Error::InvalidInput(format!(
        "the link points at a {found}, but this method needs a {wanted}"
    ))
}
