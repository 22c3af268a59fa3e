//! What the user points a live session at: a live link, pasted share text, a web_rid or a
//! 19-digit room id, read offline; short links are left for the resolver to follow.

use crate::link::{resolve_link, LinkTarget};
use crate::Error;

/// Length of an app room id (web_rids are shorter).
const ROOM_ID_LEN: usize = 19;

/// A live room reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveTarget {
    /// `live.douyin.com/<web_rid>`.
    WebRid(String),
    /// The 19-digit room id (app share links, `reflow/<room_id>`).
    RoomId(String),
    /// A short link to follow before the room can be read.
    ShortLink(String),
}

impl LiveTarget {
    /// The id or link as given, for messages.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WebRid(s) | Self::RoomId(s) | Self::ShortLink(s) => s,
        }
    }
}

/// Reads a live reference out of user input: a bare numeric id (19 digits = room id,
/// otherwise web_rid) or text holding a live link.
pub fn parse_live_target(input: &str) -> Result<LiveTarget, Error> {
    let text = input.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(if text.len() == ROOM_ID_LEN {
            LiveTarget::RoomId(text.to_owned())
        } else {
            LiveTarget::WebRid(text.to_owned())
        });
    }
    match resolve_link(text) {
        Ok(LinkTarget::Live(rid)) => Ok(LiveTarget::WebRid(rid)),
        Ok(LinkTarget::LiveRoom(id)) => Ok(LiveTarget::RoomId(id)),
        Ok(LinkTarget::NeedsRedirect(url)) => Ok(LiveTarget::ShortLink(url)),
        Ok(_) => Err(Error::InvalidInput(
            "the link points at something other than a live room".into(),
        )),
        Err(e) => Err(Error::InvalidInput(e.to_string())),
    }
}

/// Classifies the final URL of a followed short link.
pub fn target_from_final_url(url: &str) -> Result<LiveTarget, Error> {
    match parse_live_target(url)? {
        LiveTarget::ShortLink(_) => Err(Error::InvalidInput(
            "the short link did not lead to a live room".into(),
        )),
        t => Ok(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ids_and_links() {
        assert_eq!(
            parse_live_target("277303127629").ok(),
            Some(LiveTarget::WebRid("277303127629".into()))
        );
        assert_eq!(
            parse_live_target(" 7382517534467115826 ").ok(),
            Some(LiveTarget::RoomId("7382517534467115826".into()))
        );
        assert_eq!(
            parse_live_target("看直播 https://live.douyin.com/77584 快来").ok(),
            Some(LiveTarget::WebRid("77584".into()))
        );
        assert!(matches!(
            parse_live_target("https://v.douyin.com/iRNBho6u/"),
            Ok(LiveTarget::ShortLink(_))
        ));
        assert!(parse_live_target("hello").is_err());
        assert!(parse_live_target("https://www.douyin.com/video/7123456789012345678").is_err());
    }
}
