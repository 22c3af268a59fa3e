//! `Set-Cookie` answers (the QR login's) into the jar: `name=value` with the `Domain`, `Path`,
//! `Max-Age`, `Expires`, `Secure` and `HttpOnly` attributes. A cookie without `Domain` belongs
//! to the host that set it; a past expiry or `Max-Age=0` deletes it.

use crate::cookie::{check_pair, Cookie, CookieJar};

/// Applies `lines` to `jar` as answers from `host` at `now_s`; returns how many cookies of
/// other domains (or unreadable lines) were ignored.
pub fn apply_set_cookies<'a>(
    jar: &mut CookieJar,
    lines: impl IntoIterator<Item = &'a str>,
    host: &str,
    now_s: i64,
) -> usize {
    let mut ignored = 0;
    for line in lines {
        match parse(line, host, now_s) {
            Some(cookie) => {
                if !jar.insert(cookie) {
                    ignored += 1;
                }
            }
            None => ignored += 1,
        }
    }
    jar.remove_expired(now_s);
    ignored
}

fn parse(line: &str, host: &str, now_s: i64) -> Option<Cookie> {
    let mut parts = line.split(';');
    let (name, value) = parts.next()?.split_once('=')?;
    let (name, value) = (name.trim(), value.trim());
    check_pair(name, value).ok()?;
    let mut cookie = Cookie::new(name, value);
    cookie.domain = host.to_ascii_lowercase();
    let mut max_age = None;
    let mut expires = None;
    for attr in parts {
        let (key, val) = attr.split_once('=').unwrap_or((attr, ""));
        let (key, val) = (key.trim().to_ascii_lowercase(), val.trim());
        match key.as_str() {
            "domain" if !val.is_empty() => {
                cookie.domain = format!(".{}", val.trim_start_matches('.').to_ascii_lowercase());
            }
            "path" if val.starts_with('/') => cookie.path = val.to_owned(),
            "max-age" => max_age = val.parse::<i64>().ok(),
            "expires" => expires = http_date(val),
            "secure" => cookie.secure = true,
            "httponly" => cookie.http_only = true,
            _ => {}
        }
    }
    // Max-Age wins over Expires (RFC 6265 §5.3).
    cookie.expires_s = match (max_age, expires) {
        (Some(age), _) if age <= 0 => Some(i64::MIN),
        (Some(age), _) => Some(now_s.saturating_add(age)),
        (None, e) => e,
    };
    Some(cookie)
}

/// An HTTP cookie date (`Wed, 21 Oct 2015 07:28:00 GMT`, also with dashes), unix seconds.
fn http_date(text: &str) -> Option<i64> {
    let normal = text.replace('-', " ");
    chrono::DateTime::parse_from_rfc2822(&normal)
        .ok()
        .map(|d| d.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_expiry_and_deletion() {
        let mut jar = CookieJar::new();
        let lines = [
            "sessionid=abc; Path=/; Max-Age=5184000; HttpOnly; Secure",
            "ttwid=t; Domain=douyin.com; Expires=Wed, 21-Oct-2037 07:28:00 GMT",
            "other=x; Domain=.bytedance.com",
            "broken",
        ];
        let ignored = apply_set_cookies(&mut jar, lines, "sso.douyin.com", 1_000);
        assert_eq!(ignored, 2);
        let c = &jar.cookies()[0];
        assert_eq!(
            (c.domain.as_str(), c.expires_s),
            ("sso.douyin.com", Some(5_185_000))
        );
        assert!(c.http_only && c.secure);
        assert_eq!(jar.cookies()[1].domain, ".douyin.com");
        assert_eq!(jar.cookies()[1].expires_s, Some(2_139_722_880));
        apply_set_cookies(&mut jar, ["sessionid=; Max-Age=0"], "sso.douyin.com", 2_000);
        assert_eq!(jar.names(), ["ttwid"]);
    }
}
