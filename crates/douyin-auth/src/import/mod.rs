//! Importing a session's cookies from what users have: a `Cookie:` header string, a Netscape
//! `cookies.txt` (yt-dlp, browser extensions) or cookie-editor JSON. The format is detected
//! when not given; a byte-order mark and CRLF line ends are accepted; only douyin.com cookies
//! are kept, the others are counted; expired cookies are dropped against the given time.

mod header;
mod json;
mod netscape;

use crate::cookie::{Cookie, CookieJar};
use crate::AuthError;
use serde::{Deserialize, Serialize};

/// A cookie text format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    /// Detect from the text.
    #[default]
    Auto,
    /// `Cookie: a=1; b=2` (the `Cookie:` prefix is optional).
    Header,
    /// Netscape `cookies.txt`: 7 tab-separated fields a line.
    Netscape,
    /// cookie-editor JSON: an array of `{domain, name, value, ...}` (or `{"cookies": [...]}`).
    Json,
}

impl ImportFormat {
    /// How errors name the format.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            ImportFormat::Auto | ImportFormat::Header => "Cookie header",
            ImportFormat::Netscape => "cookies.txt file",
            ImportFormat::Json => "cookie JSON",
        }
    }

    /// The format of `text` (already without BOM): JSON if it opens with `[` or `{`; Netscape
    /// if it has the Netscape banner, an `#HttpOnly_` line, a line of 6+ tab-separated fields
    /// or one that lost its tabs to spaces; else a header.
    pub fn detect(text: &str) -> ImportFormat {
        let trimmed = text.trim_start();
        if trimmed.starts_with('[') || trimmed.starts_with('{') {
            return ImportFormat::Json;
        }
        let netscape = text.lines().any(|l| {
            let l = l.trim_end_matches('\r');
            l.starts_with("# Netscape HTTP Cookie File")
                || l.starts_with("# HTTP Cookie File")
                || l.starts_with("#HttpOnly_")
                || (!l.starts_with('#') && l.split('\t').count() >= 6)
                || spaced_netscape_line(l)
        });
        if netscape {
            ImportFormat::Netscape
        } else {
            ImportFormat::Header
        }
    }
}

/// A cookies.txt line whose tabs became spaces (a copy-paste): 6-7 fields with TRUE/FALSE as
/// the second and fourth, so the Netscape reader can say what is wrong with it.
fn spaced_netscape_line(line: &str) -> bool {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let flag = |f: &str| f.eq_ignore_ascii_case("TRUE") || f.eq_ignore_ascii_case("FALSE");
    (6..=7).contains(&fields.len()) && flag(fields[1]) && flag(fields[3])
}

/// What an import produced.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The douyin.com cookies.
    pub jar: CookieJar,
    /// The format that was read.
    pub format: ImportFormat,
    /// Cookies of other sites, left out.
    pub foreign: usize,
    /// douyin.com cookies that had already expired, left out.
    pub expired: usize,
}

/// Reads cookies from `text` in `format` (or the detected one), keeping the douyin.com cookies
/// that have not expired at `now_s` (unix seconds).
///
/// # Errors
/// [`AuthError::EmptyInput`] for an empty (or BOM-only) text; [`AuthError::Import`] naming the
/// line, cookie or JSON path that could not be read; [`AuthError::NoDouyinCookies`] when every
/// cookie belongs to another site; [`AuthError::AllExpired`] when every douyin.com cookie has
/// expired.
pub fn import_cookies(text: &str, format: ImportFormat, now_s: i64) -> Result<Imported, AuthError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(AuthError::EmptyInput);
    }
    let format = match format {
        ImportFormat::Auto => ImportFormat::detect(text),
        given => given,
    };
    let cookies = match format {
        ImportFormat::Auto | ImportFormat::Header => header::parse(text)?,
        ImportFormat::Netscape => netscape::parse(text)?,
        ImportFormat::Json => json::parse(text)?,
    };
    collect(cookies, format, now_s)
}

fn collect(cookies: Vec<Cookie>, format: ImportFormat, now_s: i64) -> Result<Imported, AuthError> {
    let mut jar = CookieJar::new();
    let (mut foreign, mut expired) = (0, 0);
    for cookie in cookies {
        if cookie.is_expired(now_s) && crate::cookie::is_douyin_domain(&cookie.domain) {
            expired += 1;
        } else if !jar.insert(cookie) {
            foreign += 1;
        }
    }
    if jar.is_empty() {
        return Err(if expired > 0 {
            AuthError::AllExpired { count: expired }
        } else if foreign > 0 {
            AuthError::NoDouyinCookies { foreign }
        } else {
            AuthError::EmptyInput
        });
    }
    Ok(Imported {
        jar,
        format,
        foreign,
        expired,
    })
}

/// An import error at `at` in `format`.
pub(crate) fn bad(
    format: ImportFormat,
    at: crate::Location,
    reason: impl Into<String>,
) -> AuthError {
    AuthError::Import {
        format: format.noun(),
        at,
        reason: reason.into(),
    }
}
