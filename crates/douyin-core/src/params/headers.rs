//! The headers F2's crawler sets on every API request (User-Agent, Referer, Cookie) plus the
//! body's Content-Type, as plain data; the HTTP client adds its own transport headers.

use crate::endpoints::BodyKind;

/// F2's default User-Agent (`conf.yaml douyin.headers.User-Agent`).
pub const DEFAULT_USER_AGENT: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

/// F2's Referer for every Douyin request, including live and webcast hosts.
pub const DEFAULT_REFERER: &str = "https://www.douyin.com/";

/// The client-level header values; the cookie is the user's, sent verbatim.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientHeaders {
    /// `User-Agent`.
    pub user_agent: String,
    /// `Referer`.
    pub referer: String,
    /// `Cookie`, verbatim (may be empty).
    pub cookie: String,
}

impl std::fmt::Debug for ClientHeaders {
    // The cookie is a credential: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientHeaders")
            .field("user_agent", &self.user_agent)
            .field("referer", &self.referer)
            .field("cookie", &format_args!("<{} bytes>", self.cookie.len()))
            .finish()
    }
}

impl ClientHeaders {
    /// F2's default UA and Referer with the given cookie.
    pub fn with_cookie(cookie: impl Into<String>) -> Self {
        Self {
            user_agent: DEFAULT_USER_AGENT.into(),
            referer: DEFAULT_REFERER.into(),
            cookie: cookie.into(),
        }
    }

    /// The headers of one request in the order F2's client sends them: User-Agent, Referer,
    /// Cookie, then Content-Type when there is a typed body.
    ///
    /// F2 HEAD sends the cookie on every endpoint; its attempt to blank it for the
    /// webcast.amemv.com room lookup has no effect (PyPI 0.0.1.7 did blank it), and we keep HEAD.
    pub fn for_body(&self, body: BodyKind) -> Vec<(&'static str, String)> {
        let mut headers = vec![
            ("User-Agent", self.user_agent.clone()),
            ("Referer", self.referer.clone()),
            ("Cookie", self.cookie.clone()),
        ];
        if let Some(content_type) = content_type(body) {
            headers.push(("Content-Type", content_type.to_owned()));
        }
        headers
    }
}

impl Default for ClientHeaders {
    fn default() -> Self {
        Self::with_cookie("")
    }
}

/// The Content-Type of a body form, if it has one.
pub fn content_type(body: BodyKind) -> Option<&'static str> {
    match body {
        BodyKind::Json => Some("application/json"),
        BodyKind::Form => Some("application/x-www-form-urlencoded"),
        BodyKind::None | BodyKind::Empty => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_websocket_browser_version_derives_from_the_default_user_agent() {
        use crate::webcast::url::{browser_version_from_user_agent, DEFAULT_BROWSER_VERSION};
        assert_eq!(
            browser_version_from_user_agent(DEFAULT_USER_AGENT),
            DEFAULT_BROWSER_VERSION
        );
    }

    #[test]
    fn debug_output_hides_the_cookie() {
        let h = ClientHeaders::with_cookie("sessionid=SECRET");
        assert!(!format!("{h:?}").contains("SECRET"));
    }

    #[test]
    fn json_body_adds_content_type_last() {
        let names: Vec<_> = ClientHeaders::default()
            .for_body(BodyKind::Json)
            .into_iter()
            .map(|h| h.0)
            .collect();
        assert_eq!(names, ["User-Agent", "Referer", "Cookie", "Content-Type"]);
    }
}
