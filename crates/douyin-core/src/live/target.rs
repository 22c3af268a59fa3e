//! What the user points a live session at, read offline into a [`LinkTarget`]: a live link,
//! pasted share text, a web_rid or a 19-digit room id; short links are left for the resolver.

use crate::link::{resolve_link, LinkTarget, TargetKind};
use crate::Error;

/// Length of an app room id (web_rids are shorter).
const ROOM_ID_LEN: usize = 19;

/// Reads a live reference out of user input: a bare numeric id (19 digits = room id,
/// otherwise web_rid) or text holding a live link. The target is of kind
/// [`TargetKind::Live`], [`TargetKind::LiveRoom`] or [`TargetKind::ShortLink`].
///
/// # Errors
/// [`Error::InvalidInput`] for text that names no live room.
pub fn parse_live_target(input: &str) -> Result<LinkTarget, Error> {
    let text = input.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let kind = if text.len() == ROOM_ID_LEN {
            TargetKind::LiveRoom
        } else {
            TargetKind::Live
        };
        return Ok(LinkTarget::new(kind, text));
    }
    let target = resolve_link(text)?;
    if target.kind.is_live() || target.is_short_link() {
        Ok(target)
    } else {
        Err(Error::InvalidInput(format!(
            "the link points at a {}, not a live room",
            target.kind
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_and_links() {
        assert_eq!(
            parse_live_target("277303127629").ok(),
            Some(LinkTarget::new(TargetKind::Live, "277303127629"))
        );
        assert_eq!(
            parse_live_target(" 7382517534467115826 ").ok(),
            Some(LinkTarget::new(TargetKind::LiveRoom, "7382517534467115826"))
        );
        assert_eq!(
            parse_live_target("看直播 https://live.douyin.com/77584 快来").ok(),
            Some(LinkTarget::new(TargetKind::Live, "77584"))
        );
        assert_eq!(
            parse_live_target("https://v.douyin.com/iRNBho6u/")
                .ok()
                .map(|t| t.kind),
            Some(TargetKind::ShortLink)
        );
        assert!(parse_live_target("hello").is_err());
        let post = parse_live_target("https://www.douyin.com/video/7123456789012345678");
        assert!(
            post.unwrap_err().to_string().contains("points at a post"),
            "the message names what the link is"
        );
    }
}
