//! The cookie jar of one Douyin session: only cookies of `douyin.com` and its subdomains, one
//! per (domain, path, name), and the `Cookie` header value the API client sends. Nothing here
//! shows a cookie value: `Debug` prints names and lengths only.

use std::fmt;

/// The login cookies Douyin sets on a logged-in session (any one of them, non-empty, means
/// the jar carries a login; the emulator and the real site both set all three).
pub const SESSION_COOKIE_NAMES: &[&str] = &["sessionid", "sessionid_ss", "sid_tt"];

/// One cookie.
#[derive(Clone, PartialEq, Eq)]
pub struct Cookie {
    /// The name.
    pub name: String,
    /// The value (a credential: never log it).
    pub value: String,
    /// The domain as exported, lower-cased (`.douyin.com` or `www.douyin.com`).
    pub domain: String,
    /// The path (`/` when none was given).
    pub path: String,
    /// Sent over HTTPS only.
    pub secure: bool,
    /// Hidden from page scripts.
    pub http_only: bool,
    /// When it expires, unix seconds; `None` for a session cookie.
    pub expires_s: Option<i64>,
}

impl fmt::Debug for Cookie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cookie")
            .field("name", &self.name)
            .field("value", &format_args!("<{} bytes>", self.value.len()))
            .field("domain", &self.domain)
            .field("path", &self.path)
            .field("secure", &self.secure)
            .field("http_only", &self.http_only)
            .field("expires_s", &self.expires_s)
            .finish()
    }
}

impl Cookie {
    /// A cookie for `.douyin.com`, path `/`, no expiry.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            domain: ".douyin.com".into(),
            path: "/".into(),
            secure: false,
            http_only: false,
            expires_s: None,
        }
    }

    /// Whether it has expired at `now_s` (unix seconds).
    pub fn is_expired(&self, now_s: i64) -> bool {
        self.expires_s.is_some_and(|e| e <= now_s)
    }

    /// The domain without its leading dot.
    fn host(&self) -> &str {
        self.domain.trim_start_matches('.')
    }
}

/// Whether `domain` is `douyin.com` or one of its subdomains (a leading dot is allowed, as in
/// `.douyin.com`). `notdouyin.com` and `douyin.com.evil.net` are not.
pub fn is_douyin_domain(domain: &str) -> bool {
    let d = domain.trim().trim_start_matches('.').to_ascii_lowercase();
    d == "douyin.com" || d.ends_with(".douyin.com")
}

/// Why a name or value cannot go into a `Cookie` header (never quoting it).
pub(crate) fn check_pair(name: &str, value: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("the cookie has no name");
    }
    let bad_name =
        |c: char| c.is_control() || c.is_whitespace() || matches!(c, '=' | ';' | ',' | '"');
    if name.chars().any(bad_name) {
        return Err("the cookie name holds a space, `=`, `;`, `,` or a control character");
    }
    if value
        .chars()
        .any(|c| c == ';' || (c.is_control() && c != '\t'))
    {
        return Err("the cookie value holds `;` or a control character");
    }
    Ok(())
}

/// The douyin.com cookies of one session.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CookieJar {
    cookies: Vec<Cookie>,
}

impl fmt::Debug for CookieJar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CookieJar")
            .field("names", &self.names())
            .field("header_bytes", &self.header_value().len())
            .finish()
    }
}

impl CookieJar {
    /// An empty jar.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `cookie`, replacing one with the same domain, path and name. Returns `false` (and
    /// keeps nothing) when its domain is not douyin.com's.
    pub fn insert(&mut self, cookie: Cookie) -> bool {
        if !is_douyin_domain(&cookie.domain) {
            return false;
        }
        let mut cookie = cookie;
        cookie.domain = cookie.domain.trim().to_ascii_lowercase();
        if cookie.path.is_empty() {
            cookie.path = "/".into();
        }
        let same = |c: &Cookie| {
            c.name == cookie.name && c.path == cookie.path && c.host() == cookie.host()
        };
        match self.cookies.iter_mut().find(|c| same(c)) {
            Some(existing) => *existing = cookie,
            None => self.cookies.push(cookie),
        }
        true
    }

    /// Removes the cookies that have expired at `now_s`; returns how many.
    pub fn remove_expired(&mut self, now_s: i64) -> usize {
        let before = self.cookies.len();
        self.cookies.retain(|c| !c.is_expired(now_s));
        before - self.cookies.len()
    }

    /// Removes every cookie called `name` (a `Set-Cookie` deletion).
    pub fn remove_named(&mut self, name: &str) {
        self.cookies.retain(|c| c.name != name);
    }

    /// The cookies, in insertion order.
    pub fn cookies(&self) -> &[Cookie] {
        &self.cookies
    }

    /// How many cookies.
    pub fn len(&self) -> usize {
        self.cookies.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.cookies.is_empty()
    }

    /// The cookie names, in header order (safe to show).
    pub fn names(&self) -> Vec<&str> {
        self.chosen().map(|c| c.name.as_str()).collect()
    }

    /// Whether a login cookie ([`SESSION_COOKIE_NAMES`]) is present and non-empty: what the
    /// app's login window waits for before it reads the webview's cookies back.
    pub fn has_session_cookie(&self) -> bool {
        self.cookies
            .iter()
            .any(|c| SESSION_COOKIE_NAMES.contains(&c.name.as_str()) && !c.value.is_empty())
    }

    /// The `Cookie` header value the API client sends: `name=value; name=value`, each name
    /// once. Where a name is set on several domains or paths, the most specific one wins (the
    /// longest domain, then the longest path), as a browser on www.douyin.com would send first.
    pub fn header_value(&self) -> String {
        self.chosen()
            .map(|c| format!("{}={}", c.name, c.value))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// One cookie per name, in first-seen order of the names.
    fn chosen(&self) -> impl Iterator<Item = &Cookie> {
        let mut order: Vec<&str> = Vec::new();
        for c in &self.cookies {
            if !order.contains(&c.name.as_str()) {
                order.push(&c.name);
            }
        }
        order.into_iter().filter_map(|name| {
            self.cookies
                .iter()
                .filter(|c| c.name == name)
                .max_by_key(|c| (c.host().len(), c.path.len()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_douyin_domains_are_kept() {
        for ok in [
            "douyin.com",
            ".douyin.com",
            "www.douyin.com",
            "SSO.Douyin.COM",
        ] {
            assert!(is_douyin_domain(ok), "{ok}");
        }
        for bad in [
            "notdouyin.com",
            "douyin.com.evil.net",
            "iesdouyin.com",
            "",
            ".",
        ] {
            assert!(!is_douyin_domain(bad), "{bad}");
        }
        let mut jar = CookieJar::new();
        let mut foreign = Cookie::new("a", "1");
        foreign.domain = ".bytedance.com".into();
        assert!(!jar.insert(foreign));
        assert!(jar.is_empty());
    }

    #[test]
    fn header_has_each_name_once_most_specific_first_seen_order() {
        let mut jar = CookieJar::new();
        jar.insert(Cookie::new("ttwid", "general"));
        jar.insert(Cookie::new("sessionid", "s1"));
        let mut www = Cookie::new("ttwid", "specific");
        www.domain = "www.douyin.com".into();
        jar.insert(www);
        // Same domain, path and name: replaced, not duplicated.
        jar.insert(Cookie::new("sessionid", "s2"));
        assert_eq!(jar.len(), 3);
        assert_eq!(jar.header_value(), "ttwid=specific; sessionid=s2");
        assert_eq!(jar.names(), ["ttwid", "sessionid"]);
        assert!(jar.has_session_cookie());
    }

    #[test]
    fn debug_never_shows_values() {
        let mut jar = CookieJar::new();
        jar.insert(Cookie::new("sessionid", "TOPSECRETVALUE"));
        let shown = format!("{jar:?} {:?}", jar.cookies()[0]);
        assert!(!shown.contains("TOPSECRETVALUE"), "{shown}");
        assert!(
            shown.contains("sessionid") && shown.contains("14 bytes"),
            "{shown}"
        );
    }

    #[test]
    fn expiry_is_checked_against_the_given_time() {
        let mut jar = CookieJar::new();
        let mut old = Cookie::new("old", "x");
        old.expires_s = Some(100);
        jar.insert(old);
        jar.insert(Cookie::new("keep", "y"));
        assert_eq!(jar.remove_expired(100), 1);
        assert_eq!(jar.names(), ["keep"]);
        assert!(!jar.has_session_cookie());
    }

    #[test]
    fn names_and_values_that_break_a_header_are_refused() {
        assert!(check_pair("a", "b c").is_ok());
        assert!(check_pair("", "x").is_err());
        assert!(check_pair("a b", "x").is_err());
        assert!(check_pair("a", "x;y").is_err());
        assert!(check_pair("a", "x\ny").is_err());
    }
}
