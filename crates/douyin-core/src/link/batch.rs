//! Recognising every link in a pasted or dropped block of text at once (one report per link,
//! duplicates folded), for the app's paste box and the CLI's list input.

use super::{classify_url, ids, LinkTarget, TargetKind};
use serde::Serialize;

/// What one link in a batch points at, in a form a UI can show directly and hand back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkReport {
    /// The link as found (trailing caption text cut off).
    pub url: String,
    /// What it points at, read offline (a short link until it is followed); `None` when the
    /// link is not a Douyin link we can use.
    pub target: Option<LinkTarget>,
    /// Why the link is not usable, when there is no target.
    pub message: Option<String>,
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
    pub fn from_target(url: &str, target: LinkTarget) -> Self {
        LinkReport {
            url: url.to_owned(),
            target: Some(target),
            message: None,
        }
    }
}

fn report(candidate: &str) -> LinkReport {
    if ids::is_sec_user_id(candidate) {
        return LinkReport::from_target(candidate, LinkTarget::new(TargetKind::User, candidate));
    }
    match classify_url(candidate) {
        Ok(target) => LinkReport::from_target(candidate, target),
        Err(e) => LinkReport {
            url: candidate.to_owned(),
            target: None,
            message: Some(e.to_string()),
        },
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
        let kinds: Vec<Option<TargetKind>> = got
            .iter()
            .map(|r| r.target.as_ref().map(|t| t.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                Some(TargetKind::Post),
                Some(TargetKind::ShortLink),
                Some(TargetKind::User),
                Some(TargetKind::Live),
                Some(TargetKind::Mix),
                None
            ]
        );
        let id = |i: usize| got[i].target.as_ref().map(|t| t.id.as_str());
        assert_eq!(id(0), Some("7298145681699622182"));
        assert_eq!(got[1].url, "https://v.douyin.com/i8tBR7hX/");
        assert_eq!(id(1), Some("https://v.douyin.com/i8tBR7hX/"));
        assert_eq!(id(2), Some(SEC));
        assert_eq!(id(3), Some("775841227732"));
        assert!(got[5].message.is_some());
        let json = serde_json::to_value(&got[0]).unwrap();
        assert_eq!(
            json["target"]["kind"], "post",
            "the app reads the target as is: {json}"
        );
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
