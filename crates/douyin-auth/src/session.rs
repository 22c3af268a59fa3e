//! One logged-in session: the douyin.com cookie jar, the account it belongs to and when it was
//! obtained. Built from an import, a QR login or the app's login webview; its `Debug` shows
//! cookie names only, and it is deliberately not `Serialize` (only the store writes it).

use crate::account::Account;
use crate::cookie::{Cookie, CookieJar};
use crate::import::Imported;
use crate::AuthError;

/// A cookie as a webview reports it (Tauri's `Webview::cookies_for_url` gives `cookie::Cookie`s:
/// map `name()`, `value()`, `domain()`, `path()`, `secure()`, `http_only()` and
/// `expires_datetime()` into this).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct WebviewCookie {
    /// The name.
    pub name: String,
    /// The value.
    pub value: String,
    /// The domain; `None` for a host-only cookie of the page's host.
    pub domain: Option<String>,
    /// The path.
    pub path: Option<String>,
    /// Secure flag.
    pub secure: bool,
    /// HttpOnly flag.
    pub http_only: bool,
    /// Expiry, unix seconds; `None` for a session cookie.
    pub expires_s: Option<i64>,
}

impl std::fmt::Debug for WebviewCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebviewCookie")
            .field("name", &self.name)
            .field("value", &format_args!("<{} bytes>", self.value.len()))
            .field("domain", &self.domain)
            .finish_non_exhaustive()
    }
}

/// A session: cookies, account, time obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    jar: CookieJar,
    account: Option<Account>,
    obtained_at_ms: u64,
}

impl Session {
    /// A session of `jar` obtained at `obtained_at_ms` (account not yet known).
    pub fn new(jar: CookieJar, obtained_at_ms: u64) -> Self {
        Self {
            jar,
            account: None,
            obtained_at_ms,
        }
    }

    /// A session from imported cookies.
    pub fn from_import(imported: Imported, obtained_at_ms: u64) -> Self {
        Self::new(imported.jar, obtained_at_ms)
    }

    /// A session from the cookies the app's login webview holds for `page_host` (e.g.
    /// `www.douyin.com`), keeping the douyin.com ones alive at `now_ms`.
    ///
    /// # Errors
    /// [`AuthError::NoSessionCookie`] while the page has not logged in yet (no `sessionid`),
    /// [`AuthError::NoDouyinCookies`] when no cookie is douyin.com's.
    pub fn from_webview_cookies(
        page_host: &str,
        cookies: impl IntoIterator<Item = WebviewCookie>,
        now_ms: u64,
    ) -> Result<Self, AuthError> {
        let now_s = i64::try_from(now_ms / 1000).unwrap_or(i64::MAX);
        let mut jar = CookieJar::new();
        let mut foreign = 0;
        for c in cookies {
            if crate::cookie::check_pair(&c.name, &c.value).is_err() {
                continue;
            }
            let cookie = Cookie {
                name: c.name,
                value: c.value,
                domain: c.domain.unwrap_or_else(|| page_host.to_owned()),
                path: c.path.unwrap_or_else(|| "/".into()),
                secure: c.secure,
                http_only: c.http_only,
                expires_s: c.expires_s,
            };
            if !jar.insert(cookie) {
                foreign += 1;
            }
        }
        jar.remove_expired(now_s);
        if jar.is_empty() {
            return Err(AuthError::NoDouyinCookies { foreign });
        }
        if !jar.has_session_cookie() {
            return Err(AuthError::NoSessionCookie);
        }
        Ok(Self::new(jar, now_ms))
    }

    /// The `Cookie` header value for the API client.
    pub fn cookie_header(&self) -> String {
        self.jar.header_value()
    }

    /// The cookies.
    pub fn jar(&self) -> &CookieJar {
        &self.jar
    }

    /// The account, once verified.
    pub fn account(&self) -> Option<&Account> {
        self.account.as_ref()
    }

    /// Sets the account (after a check named it).
    pub fn set_account(&mut self, account: Account) {
        self.account = Some(account);
    }

    /// When the session was obtained, unix ms.
    pub fn obtained_at_ms(&self) -> u64 {
        self.obtained_at_ms
    }

    /// Rebuilds a stored session.
    pub(crate) fn restore(jar: CookieJar, account: Option<Account>, obtained_at_ms: u64) -> Self {
        Self {
            jar,
            account,
            obtained_at_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wc(name: &str, value: &str, domain: Option<&str>) -> WebviewCookie {
        WebviewCookie {
            name: name.into(),
            value: value.into(),
            domain: domain.map(str::to_owned),
            ..WebviewCookie::default()
        }
    }

    #[test]
    fn webview_cookies_wait_for_the_session_cookie() {
        let before = [wc("ttwid", "t", Some(".douyin.com"))];
        let err = Session::from_webview_cookies("www.douyin.com", before, 0).expect_err("no login");
        assert!(matches!(err, AuthError::NoSessionCookie));
        let after = [
            wc("ttwid", "t", Some(".douyin.com")),
            wc("sessionid", "SECRET", None),
            wc("_ga", "g", Some(".google.com")),
        ];
        let s = Session::from_webview_cookies("www.douyin.com", after, 5_000).expect("login");
        assert_eq!(s.cookie_header(), "ttwid=t; sessionid=SECRET");
        assert_eq!(s.jar().cookies()[1].domain, "www.douyin.com");
        assert_eq!(s.obtained_at_ms(), 5_000);
        assert!(!format!("{s:?}").contains("SECRET"));
    }
}
