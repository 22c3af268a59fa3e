//! Recognising every link in a pasted or dropped block of text at once (one report per link,
//! duplicates folded), for the app's paste box and the CLI's list input.

use super::{classify_url, ids, LinkTarget};
use serde::Serialize;

/// What one link in a batch points at, in a form a UI can show directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkReport {
    /// The link as found (trailing caption text cut off).
    pub url: String,
    /// `post`, `user`, `mix`, `live`, `room`, `short_link` or `unknown`.
    pub kind: LinkKind,
    /// The id read from the link, when there is one offline.
    pub id: Option<String>,
    /// Why the link is not usable, for `unknown` links.
    pub message: Option<String>,
}

/// The kind of a recognised link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// A post (video, image post, live photo).
    Post,
    /// A creator's profile.
    User,
    /// A mix (合集).
    Mix,
    /// A live room by its web id.
    Live,
    /// A live room by its internal room id.
    Room,
    /// A share short link that must be followed over the network.
    ShortLink,
    /// Not a Douyin link we can use.
    Unknown,
}

/// Upper bound on links reported from one block, so a huge drop cannot stall the UI.
pub const MAX_LINKS: usize = 5000;

/// Every link in `text`, in order of first appearance, each classified without network. Lines
/// holding only a bare `sec_user_id` count as user links.
pub fn analyze_text(text: &str) -> Vec<LinkReport> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let bare = line.trim();
        let candidates: Vec<&str> = if ids::is_sec_user_id(bare) {
            vec![bare]
        } else {
            super::extract_all_urls(line)
                .into_iter()
                .map(super::trim_caption)
                .collect()
        };
        for candidate in candidates {
            if out.len() >= MAX_LINKS {
                return out;
            }
            if seen.insert(candidate.to_owned()) {
                out.push(report(candidate));
            }
        }
    }
    out
}

impl LinkReport {
    /// The report for `url` once its target is known (e.g. after following a short link).
    pub fn from_target(url: &str, target: &LinkTarget) -> Self {
        let (kind, id) = match target {
            LinkTarget::Aweme(id) => (LinkKind::Post, Some(id.clone())),
            LinkTarget::User(id) => (LinkKind::User, Some(id.clone())),
            LinkTarget::Mix(id) => (LinkKind::Mix, Some(id.clone())),
            LinkTarget::Live(id) => (LinkKind::Live, Some(id.clone())),
            LinkTarget::LiveRoom(id) => (LinkKind::Room, Some(id.clone())),
            LinkTarget::NeedsRedirect(_) => (LinkKind::ShortLink, None),
        };
        found(url, kind, id)
    }
}

fn report(candidate: &str) -> LinkReport {
    if ids::is_sec_user_id(candidate) {
        return found(candidate, LinkKind::User, Some(candidate.to_owned()));
    }
    match classify_url(candidate) {
        Ok(target) => LinkReport::from_target(candidate, &target),
        Err(e) => LinkReport {
            url: candidate.to_owned(),
            kind: LinkKind::Unknown,
            id: None,
            message: Some(e.to_string()),
        },
    }
}

fn found(url: &str, kind: LinkKind, id: Option<String>) -> LinkReport {
    LinkReport {
        url: url.to_owned(),
        kind,
        id,
        message: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: &str =
        "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C";

    #[test]
    fn a_mixed_block_yields_one_report_per_distinct_link_in_order() {
        let text = format!(
            "7.43 复制打开抖音，看看 https://www.douyin.com/video/7298145681699622182 你好\n\
             点击打开👉https://v.douyin.com/i8tBR7hX/复制此链接\n\
             {SEC}\n\
             https://live.douyin.com/775841227732 https://www.douyin.com/collection/7360898383181809676\n\
             https://www.douyin.com/video/7298145681699622182\n\
             https://example.com/not-douyin\n"
        );
        let got = analyze_text(&text);
        let kinds: Vec<LinkKind> = got.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                LinkKind::Post,
                LinkKind::ShortLink,
                LinkKind::User,
                LinkKind::Live,
                LinkKind::Mix,
                LinkKind::Unknown
            ]
        );
        assert_eq!(got[0].id.as_deref(), Some("7298145681699622182"));
        assert_eq!(got[1].url, "https://v.douyin.com/i8tBR7hX/");
        assert_eq!(got[2].id.as_deref(), Some(SEC));
        assert_eq!(got[3].id.as_deref(), Some("775841227732"));
        assert!(got[5].message.is_some());
    }

    #[test]
    fn text_without_links_yields_nothing_and_huge_input_is_capped() {
        assert!(analyze_text("no links here\n\n").is_empty());
        let many: String = (0..MAX_LINKS + 10)
            .map(|i| {
                format!(
                    "https://www.douyin.com/video/{}\n",
                    7_000_000_000_000_000_000u64 + i as u64
                )
            })
            .collect();
        assert_eq!(analyze_text(&many).len(), MAX_LINKS);
    }
}
