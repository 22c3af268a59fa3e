//! Offline link handling: find the URL in pasted share text, and read the Douyin id out of a URL
//! without any network. Short links (`v.douyin.com`) only say where to go next
//! ([`LinkTarget::NeedsRedirect`]); the HTTP client follows them and calls [`classify_url`] or
//! [`extract_id`] on the final URL.
//!
//! F2 applies unanchored regexes to the final URL (http.md §8); we match path segments and
//! id character sets instead, and also read `modal_id=`, `/slides/`, `/vsdetail/` and
//! `/share/mix/detail/` links that F2 misses (peers-and-users.md (b)).

mod batch;
mod ids;
mod urls;

pub use batch::{analyze_text, LinkKind, LinkReport, MAX_LINKS};
pub use ids::{classify_url, extract_id};
pub use urls::{
    extract_all_urls, extract_valid_urls, find_link, is_short_link_host, normalize_url,
    trim_caption,
};

use crate::ErrorKind;

/// The id a caller asks for (F2's fetchers: `SecUserIdFetcher`, `AwemeIdFetcher`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// A user's `sec_user_id` (`MS4wLjABAAAA…`).
    SecUserId,
    /// A post (video, note or slides) id.
    AwemeId,
    /// A mix (合集) id.
    MixId,
    /// A live room's web id (`live.douyin.com/<web_rid>`).
    WebcastId,
    /// A live room's internal 19-digit room id (app share links).
    RoomId,
}

impl IdKind {
    /// Whether the final HTTP status of a followed link still names an id of this kind
    /// (http.md §8): a user page is read at 200 and at Douyin's 444 (which still names the page);
    /// every other kind needs a 2xx answer, so a post page that answers 444 fails.
    pub fn accepts_final_status(self, status: u16) -> bool {
        match self {
            IdKind::SecUserId => status == 200 || status == 444,
            IdKind::AwemeId | IdKind::MixId | IdKind::WebcastId | IdKind::RoomId => {
                (200..300).contains(&status)
            }
        }
    }
}

impl std::fmt::Display for IdKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            IdKind::SecUserId => "user id",
            IdKind::AwemeId => "post id",
            IdKind::MixId => "mix id",
            IdKind::WebcastId => "live room web id",
            IdKind::RoomId => "live room id",
        })
    }
}

/// What a link points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A user profile, by `sec_user_id`.
    User(String),
    /// A post (video, note, slides), by aweme id.
    Aweme(String),
    /// A mix, by mix id.
    Mix(String),
    /// A live room, by web id.
    Live(String),
    /// A live room, by room id.
    LiveRoom(String),
    /// A short link: GET this URL (following redirects) and classify the final URL.
    NeedsRedirect(String),
}

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
    #[error("the link holds no {0}")]
    IdNotFound(IdKind),
    /// The URL is not a Douyin link shape we know.
    #[error("the link is not a recognised Douyin link")]
    Unrecognised,
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
                Ok(LinkTarget::User(bare.to_owned()))
            } else {
                Err(LinkError::NoUrl)
            }
        }
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
                LinkTarget::NeedsRedirect("https://v.douyin.com/iRNBho6u/".into()),
            ),
            (
                "点击打开👉https://v.douyin.com/i8tBR7hX/复制此链接",
                LinkTarget::NeedsRedirect("https://v.douyin.com/i8tBR7hX/".into()),
            ),
            (
                "https://www.douyin.com/jingxuan?modal_id=7298145681699622182",
                LinkTarget::Aweme("7298145681699622182".into()),
            ),
            (
                "https://www.douyin.com/user/MS4wLjABAAAAu8qw?from_tab_name=main&modal_id=7298145681699622182",
                LinkTarget::Aweme("7298145681699622182".into()),
            ),
            (
                "https://www.douyin.com/user/MS4wLjABAAAAu8qwDm1-muGuMhZZ?vid=1",
                LinkTarget::User("MS4wLjABAAAAu8qwDm1-muGuMhZZ".into()),
            ),
            (
                "https://www.iesdouyin.com/share/slides/7330042216045464883/?region=CN",
                LinkTarget::Aweme("7330042216045464883".into()),
            ),
            (
                "https://www.douyin.com/vsdetail/7330042216045464883",
                LinkTarget::Aweme("7330042216045464883".into()),
            ),
            (
                "https://www.iesdouyin.com/share/mix/detail/7360898383181809676/?schema_type=24",
                LinkTarget::Mix("7360898383181809676".into()),
            ),
            (
                "https://www.douyin.com/collection/7360898383181809676/1",
                LinkTarget::Mix("7360898383181809676".into()),
            ),
            ("https://live.douyin.com/775841227732?x=1", LinkTarget::Live("775841227732".into())),
            (
                "https://www.douyin.com/follow/live/775841227732",
                LinkTarget::Live("775841227732".into()),
            ),
            (
                "https://webcast.amemv.com/douyin/webcast/reflow/7318296342189919011?roomId=7318296342189919011",
                LinkTarget::LiveRoom("7318296342189919011".into()),
            ),
            (
                "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C",
                LinkTarget::User(
                    "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C"
                        .into(),
                ),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(resolve_link(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn final_statuses_follow_the_spec_per_id_kind() {
        assert!(IdKind::SecUserId.accepts_final_status(200));
        assert!(IdKind::SecUserId.accepts_final_status(444));
        assert!(!IdKind::SecUserId.accepts_final_status(204));
        for kind in [
            IdKind::AwemeId,
            IdKind::MixId,
            IdKind::WebcastId,
            IdKind::RoomId,
        ] {
            assert!(kind.accepts_final_status(200), "{kind}");
            assert!(kind.accepts_final_status(204), "{kind}");
            assert!(!kind.accepts_final_status(444), "{kind}");
            assert!(!kind.accepts_final_status(404), "{kind}");
        }
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
        let missing = extract_id(IdKind::MixId, "https://www.douyin.com/video/1").unwrap_err();
        assert_eq!(missing.to_string(), "the link holds no mix id");
    }
}
