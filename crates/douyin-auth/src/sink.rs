//! Swapping the running client's cookie after a login or logout, so no new client (and no
//! restart) is needed: anything that can take a new `Cookie` header value.

use crate::session::Session;

/// Takes a new `Cookie` header value at run time.
pub trait CookieSink {
    /// Replaces the cookie sent from now on (empty: none).
    fn set_cookie(&self, cookie_header: &str);
}

/// The running API client takes the cookie itself: its next request sends it, with a fresh
/// msToken session ([`douyin_core::client::DouyinClient::set_cookie`]).
impl CookieSink for douyin_core::client::DouyinClient {
    fn set_cookie(&self, cookie_header: &str) {
        douyin_core::client::DouyinClient::set_cookie(self, cookie_header);
    }
}

impl Session {
    /// Makes `sink` send this session's cookies from now on.
    pub fn apply_to(&self, sink: &dyn CookieSink) {
        sink.set_cookie(&self.cookie_header());
    }
}

/// Makes `sink` send no cookie (after a logout).
pub fn clear_cookie(sink: &dyn CookieSink) {
    sink.set_cookie("");
}
