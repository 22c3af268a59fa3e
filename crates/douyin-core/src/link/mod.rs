//! Offline link handling: find the URL in pasted share text, and read the Douyin id out of a URL
//! without any network. Short links (`v.douyin.com`) only say where to go next
//! (a [`TargetKind::ShortLink`] target); the HTTP client follows them and calls [`classify_url`] or
//! [`extract_id`] on the final URL.
//!
//! F2 applies unanchored regexes to the final URL (http.md §8); we match path segments and
//! id character sets instead, and also read `modal_id=`, `/slides/`, `/vsdetail/` and
//! `/share/mix/detail/` links that F2 misses (peers-and-users.md (b)).

mod batch;
mod ids;
mod target;
mod urls;

pub use batch::{analyze_text, LinkReport, MAX_LINKS};
pub use ids::{classify_url, extract_id};
pub use target::{LinkTarget, TargetKind};

pub use urls::{
    extract_all_urls, extract_valid_urls, find_link, is_short_link_host, normalize_url,
    trim_caption,
};

use crate::ErrorKind;

/// Why no id could be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// The text holds no `http(s)://` URL (F2: `APINotFoundError`).
    #[error("no link found in the text")]
    NoUrl,
    /// The URL does not parse.
    #[error("the link is not a valid URL")]
    InvalidUrl,
    /// The URL holds no id of the requested kind (F2: `APIResponseError`).
    #[error("the link holds no {}", .0.id_name())]
    IdNotFound(TargetKind),
    /// The URL is not a Douyin link shape we know.
    #[error("the link is not a recognised Douyin link")]
    Unrecognised,
    /// The text is neither a link nor an id of the kind asked for.
    #[error("the text is not a link or a {}", .0.id_name())]
    NotLinkOrId(TargetKind),
}

impl LinkError {
    /// The crate-wide classification of this error.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }
}

impl From<LinkError> for crate::Error {
    fn from(e: LinkError) -> Self {
        crate::Error::InvalidInput(e.to_string())
    }
}

/// Resolves pasted text (a URL, share caption text, or a bare `sec_user_id`) as far as possible
/// without network.
///
/// # Errors
/// [`LinkError::NoUrl`], [`LinkError::InvalidUrl`] or [`LinkError::Unrecognised`].
pub fn resolve_link(text: &str) -> Result<LinkTarget, LinkError> {
    match find_link(text) {
        Some(url) => classify_url(url),
        None => {
            let bare = text.trim();
            if ids::is_sec_user_id(bare) {
                Ok(LinkTarget::new(TargetKind::User, bare))
            } else {
                Err(LinkError::NoUrl)
            }
        }
    }
}

/// Reads `text` as a bare id of `kind` (no link): digits for posts, mixes and room ids, letters
/// and digits for web_rids, a `sec_user_id` for users.
///
/// # Errors
/// [`LinkError::NotLinkOrId`] for anything else (so a typo never reaches Douyin as an id).
pub fn bare_id(kind: TargetKind, text: &str) -> Result<LinkTarget, LinkError> {
    let id = text.trim();
    let ok = !id.is_empty()
        && match kind {
            TargetKind::User => ids::is_sec_user_id(id),
            TargetKind::Post | TargetKind::Mix | TargetKind::LiveRoom => {
                id.bytes().all(|b| b.is_ascii_digit())
            }
            TargetKind::Live => id.bytes().all(|b| b.is_ascii_alphanumeric()),
            TargetKind::ShortLink => false,
        };
    if ok {
        Ok(LinkTarget::new(kind, id))
    } else {
        Err(LinkError::NotLinkOrId(kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_texts_resolve_offline() {
        let cases = [
            (
                "7.43 pda:/ 看看 https://v.douyin.com/iRNBho6u/ 复制此链接，打开Dou音搜索",
                LinkTarget::new(TargetKind::ShortLink, "https://v.douyin.com/iRNBho6u/"),
            ),
            (
                "点击打开👉https://v.douyin.com/i8tBR7hX/复制此链接",
                LinkTarget::new(TargetKind::ShortLink, "https://v.douyin.com/i8tBR7hX/"),
            ),
            (
                "https://www.douyin.com/jingxuan?modal_id=7298145681699622182",
                LinkTarget::new(TargetKind::Post, "7298145681699622182"),
            ),
            (
                "https://www.douyin.com/user/MS4wLjABAAAAu8qw?from_tab_name=main&modal_id=7298145681699622182",
                LinkTarget::new(TargetKind::Post, "7298145681699622182"),
            ),
            (
                "https://www.douyin.com/user/MS4wLjABAAAAu8qwDm1-muGuMhZZ?vid=1",
                LinkTarget::new(TargetKind::User, "MS4wLjABAAAAu8qwDm1-muGuMhZZ"),
            ),
            (
                "https://www.iesdouyin.com/share/slides/7330042216045464883/?region=CN",
                LinkTarget::new(TargetKind::Post, "7330042216045464883"),
            ),
            (
                "https://www.douyin.com/vsdetail/7330042216045464883",
                LinkTarget::new(TargetKind::Post, "7330042216045464883"),
            ),
            (
                "https://www.iesdouyin.com/share/mix/detail/7360898383181809676/?schema_type=24",
                LinkTarget::new(TargetKind::Mix, "7360898383181809676"),
            ),
            (
                "https://www.douyin.com/collection/7360898383181809676/1",
                LinkTarget::new(TargetKind::Mix, "7360898383181809676"),
            ),
            ("https://live.douyin.com/775841227732?x=1", LinkTarget::new(TargetKind::Live, "775841227732")),
            (
                "https://www.douyin.com/follow/live/775841227732",
                LinkTarget::new(TargetKind::Live, "775841227732"),
            ),
            (
                "https://webcast.amemv.com/douyin/webcast/reflow/7318296342189919011?roomId=7318296342189919011",
                LinkTarget::new(TargetKind::LiveRoom, "7318296342189919011"),
            ),
            (
                "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C",
                LinkTarget::new(
                    TargetKind::User,
                    "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C",
                ),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(resolve_link(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn bare_ids_are_checked_per_kind() {
        assert_eq!(
            bare_id(TargetKind::Post, " 7298145681699622182 "),
            Ok(LinkTarget::new(TargetKind::Post, "7298145681699622182"))
        );
        assert_eq!(
            bare_id(TargetKind::Live, "277303127629").map(|t| t.kind),
            Ok(TargetKind::Live)
        );
        let err = bare_id(TargetKind::Post, "not a link").unwrap_err();
        assert_eq!(err.to_string(), "the text is not a link or a post id");
        assert!(bare_id(TargetKind::User, "12345").is_err());
        assert!(bare_id(TargetKind::Mix, "").is_err());
        assert!(bare_id(TargetKind::ShortLink, "x").is_err());
    }

    #[test]
    fn unresolvable_texts_are_classified() {
        assert_eq!(resolve_link("no link here"), Err(LinkError::NoUrl));
        assert_eq!(resolve_link("7298145681699622182"), Err(LinkError::NoUrl));
        assert_eq!(
            resolve_link("https://www.douyin.com/"),
            Err(LinkError::Unrecognised)
        );
        assert_eq!(resolve_link("https://[oops/x"), Err(LinkError::InvalidUrl));
        let missing = extract_id(TargetKind::Mix, "https://www.douyin.com/video/1").unwrap_err();
        assert_eq!(missing.to_string(), "the link holds no mix id");
    }
}
