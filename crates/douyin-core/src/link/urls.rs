//! Finding URLs in share text and normalising them as an HTTP client sends them.

use regex::Regex;
use std::sync::LazyLock;

/// F2's finder `https?://\S+`, with Python's `\S` (which also treats U+001C..U+001F as space).
/// The scheme is case-sensitive, as in F2.
static URL: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"https?://[^\s\x1c-\x1f]+").ok());

/// The first URL in `text`, exactly as F2's `extract_valid_urls` finds it: it runs to the next
/// whitespace and so keeps text glued to the link (`…/7298后缀`).
pub fn extract_valid_urls(text: &str) -> Option<&str> {
    URL.as_ref()?.find(text).map(|m| m.as_str())
}

/// Every URL in `text`, in order (F2's behaviour for each element of a list input).
pub fn extract_all_urls(text: &str) -> Vec<&str> {
    URL.as_ref()
        .map(|re| re.find_iter(text).map(|m| m.as_str()).collect())
        .unwrap_or_default()
}

/// The first URL in share text with any trailing non-ASCII text cut off: Douyin links are
/// ASCII, and share captions glue `复制此链接…` or `，` onto them.
pub fn find_link(text: &str) -> Option<&str> {
    extract_valid_urls(text).map(trim_caption)
}

/// A found URL without the non-ASCII caption text glued to its end.
pub fn trim_caption(url: &str) -> &str {
    &url[..url.find(|c: char| !c.is_ascii()).unwrap_or(url.len())]
}

/// The URL as an HTTP client sends it (non-ASCII percent-encoded, host lower-cased); `None` when
/// it does not parse.
pub fn normalize_url(url: &str) -> Option<String> {
    url::Url::parse(url).ok().map(String::from)
}

/// Whether a host serves share short links that must be followed to learn the target.
pub fn is_short_link_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "v.douyin.com" || host.ends_with(".v.douyin.com") || host == "v.iesdouyin.com"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finder_follows_f2_and_find_link_trims() {
        let text = "看 https://www.douyin.com/video/7298145681699622182，看看 https://x.y/2";
        assert_eq!(
            extract_valid_urls(text),
            Some("https://www.douyin.com/video/7298145681699622182，看看")
        );
        assert_eq!(
            find_link(text),
            Some("https://www.douyin.com/video/7298145681699622182")
        );
        assert_eq!(extract_all_urls(text).len(), 2);
        assert_eq!(
            extract_valid_urls("a\u{1f}https://x.y/1\u{1c}b"),
            Some("https://x.y/1")
        );
    }

    #[test]
    fn normalisation_percent_encodes() {
        assert_eq!(
            normalize_url("https://WWW.douyin.com/user/abc复制").as_deref(),
            Some("https://www.douyin.com/user/abc%E5%A4%8D%E5%88%B6")
        );
        assert_eq!(normalize_url("https://[bad"), None);
        assert!(is_short_link_host("V.Douyin.com"));
        assert!(is_short_link_host("x.v.douyin.com"));
        assert!(!is_short_link_host("www.douyin.com"));
    }
}
