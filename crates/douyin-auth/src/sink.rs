//! Swapping the running client's cookie after a login or logout, so no new client (and no
//! restart) is needed: anything that can take a new `Cookie` header value.

use crate::session::Session;

/// Takes a new `Cookie` header value at run time.
pub trait CookieSink {
    /// Replaces the cookie sent from now on (empty: none).
    fn set_cookie(&self, cookie_header: &str);
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
