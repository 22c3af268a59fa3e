//! Id arguments of `douyin fetch`: a bare id is used as is; a link (or pasted share text with a
//! link) is resolved, following short links, and must point at the kind of thing asked for.

use douyin_core::client::DouyinClient;
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::Error;

/// What `arg` names: `None` for a bare id, else the target its link points at.
pub async fn link_target(client: &DouyinClient, arg: &str) -> Result<Option<LinkTarget>, Error> {
    if !arg.contains("://") {
        return Ok(None);
    }
    client.resolve_link(arg).await.map(Some)
}

/// The id of `kind` in `arg` (a bare id must look like one).
pub async fn resolve(client: &DouyinClient, arg: &str, kind: TargetKind) -> Result<String, Error> {
    match link_target(client, arg).await? {
        None => Ok(douyin_core::link::bare_id(kind, arg)?.id),
        Some(found) if found.kind == kind => Ok(found.id),
        Some(found) => Err(mismatch(found.kind, kind)),
    }
}

/// The usage error of a link that points at the wrong kind of thing.
pub fn mismatch(found: TargetKind, wanted: TargetKind) -> Error {
    Error::InvalidInput(format!(
        "the link points at a {found}, but this method needs a {}",
        wanted.id_name()
    ))
}
