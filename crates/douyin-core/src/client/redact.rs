//! Keeping credentials out of errors: URLs lose their query, fragment and user info, and free
//! transport text (which may quote a URL) is scrubbed the same way.

use regex::Regex;
use std::sync::LazyLock;

/// A URL as it may appear in an error: scheme, host, port and path only.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => {
            let host = u.host_str().unwrap_or("");
            let port = u.port().map(|p| format!(":{p}")).unwrap_or_default();
            format!("{}://{host}{port}{}", u.scheme(), u.path())
        }
        Err(_) => scrub(url.split(['?', '#']).next().unwrap_or("")),
    }
}

static URL_QUERY: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\?[^\s)]*").ok());
static USER_INFO: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)([a-z][a-z0-9+.-]*://)[^\s/@]*@").ok());

/// Free text with every `?query` and `user:password@` removed.
pub fn scrub(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(re) = USER_INFO.as_ref() {
        out = re.replace_all(&out, "$1").into_owned();
    }
    if let Some(re) = URL_QUERY.as_ref() {
        out = re.replace_all(&out, "").into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_query_and_credentials() {
        assert_eq!(
            redact_url("https://u:p@www.douyin.com:8443/aweme/v1/?msToken=x&a_bogus=y#f"),
            "https://www.douyin.com:8443/aweme/v1/"
        );
        assert_eq!(
            scrub("error sending request for url (http://h/p?msToken=abc&a_bogus=z): refused"),
            "error sending request for url (http://h/p): refused"
        );
        assert_eq!(
            scrub("proxy http://bob:secret@10.0.0.1:3128 failed"),
            "proxy http://10.0.0.1:3128 failed"
        );
    }
}
