//! `douyin-auth`: the Douyin account and its session. The cookie jar of the douyin.com domains
//! and the `Cookie` header built from it; imports from a `Cookie:` header, a Netscape
//! `cookies.txt` or cookie-editor JSON; storage in the OS keyring or an owner-only file;
//! session health from a cheap login-only call and from the answers the app sees; and QR
//! login without a browser.
//!
//! No Tauri and no ambient state: time comes from the caller or the client's injected clock,
//! and the data dir is passed in. No type here prints a cookie value in `Debug`, and the
//! session itself is not `Serialize`: only the store writes it.

mod account;
mod check;
mod cookie;
mod error;
mod health;
mod import;
pub mod qr;
mod session;
mod set_cookie;
mod sink;
mod store;

pub use account::Account;
pub use check::{refresh_account, verify};
pub use cookie::{is_douyin_domain, Cookie, CookieJar, SESSION_COOKIE_NAMES};
pub use error::{AuthError, Location};
pub use health::{HealthLog, HealthState, Light, Problem, ProblemKind, SessionHealth, HEALTH_FILE};
pub use import::{import_cookies, ImportFormat, Imported};
pub use session::{Session, WebviewCookie};
pub use set_cookie::apply_set_cookies;
pub use sink::{clear_cookie, CookieSink};
pub use store::{SessionStore, StoreChoice, StoredIn, KEYRING_SERVICE, SESSION_FILE};
