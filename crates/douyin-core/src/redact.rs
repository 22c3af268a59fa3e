//! Keeping credentials out of errors, `Debug` output and logs: URLs lose their query, fragment
//! and user info; free transport text (which may quote a URL) is scrubbed the same way; and
//! [`redact_text`], the one redaction every log line goes through (the CLI's and the app's),
//! masks cookie headers and the values of secret parameters wherever they appear.

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

/// Parameter and cookie names whose values are credentials or signatures.
pub const SECRET_NAMES: &[&str] = &[
    "msToken",
    "verifyFp",
    "fp",
    "a_bogus",
    "X-Bogus",
    "signature",
    "ttwid",
    "sessionid",
    "sessionid_ss",
    "sid_tt",
    "sid_guard",
    "uid_tt",
    "uid_tt_ss",
    "odin_tt",
    "passport_csrf_token",
    "passport_csrf_token_default",
    "sid_ucp_v1",
    "ssid_ucp_v1",
    "token",
    "ticket",
];

/// What a masked value shows instead.
pub const MASK: &str = "<redacted>";

/// Whether the value of parameter or cookie `name` must never be shown.
pub fn is_secret_name(name: &str) -> bool {
    SECRET_NAMES.iter().any(|s| s.eq_ignore_ascii_case(name))
}

static SECRET_PAIR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let names = SECRET_NAMES
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(r#"(?i)(^|[?&;,\s"'{{(])({names})=[^&;,\s"')}}]*"#)).ok()
});
static COOKIE_HEADER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(cookie|set-cookie|proxy-authorization|authorization)(["']?\s*[:=]\s*["']?)[^"'\r\n]*"#).ok()
});

/// `text` (a log line, a message) with every cookie or authorization header value, every
/// `user:password@` in a URL and the value of every secret parameter (`msToken=…`,
/// `a_bogus=…`, `sessionid=…`, …) masked. Idempotent.
pub fn redact_text(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(re) = COOKIE_HEADER.as_ref() {
        out = re
            .replace_all(&out, format!("${{1}}${{2}}{MASK}"))
            .into_owned();
    }
    if let Some(re) = USER_INFO.as_ref() {
        out = re.replace_all(&out, "$1").into_owned();
    }
    if let Some(re) = SECRET_PAIR.as_ref() {
        out = re
            .replace_all(&out, format!("${{1}}${{2}}={MASK}"))
            .into_owned();
    }
    out
}

/// A writer that passes everything through [`redact_text`] first: the one redaction layer in
/// front of every log sink (the CLI's stderr, the app's rotating log file). Log formatters
/// write one whole line per call, so a secret is never split across two writes.
#[derive(Debug)]
pub struct RedactingWriter<W>(pub W);

impl<W: std::io::Write> std::io::Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(redact_text(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writer_redacts_each_line_it_passes_on() {
        use std::io::Write as _;
        let mut sink = RedactingWriter(Vec::new());
        let line = "DEBUG request method=GET url=https://www.douyin.com/aweme/v1/web/user/profile/other/?sec_user_id=MS4w&msToken=TOKEN1&a_bogus=SIG1 status=200\n";
        sink.write_all(line.as_bytes()).expect("write");
        let out = String::from_utf8(sink.0).expect("utf-8");
        assert!(!out.contains("TOKEN1") && !out.contains("SIG1"), "{out}");
        assert!(
            out.contains("sec_user_id=MS4w") && out.ends_with("status=200\n"),
            "{out}"
        );
    }

    #[test]
    fn log_text_loses_cookies_signatures_and_passwords() {
        let line = "GET https://www.douyin.com/aweme/v1/web/aweme/detail/?device_platform=webapp&aweme_id=7&msToken=AbC-123&a_bogus=Qx/9+z status=200 cookie=\"sessionid=SECRET1; ttwid=1%7CSECRET2\" proxy=http://bob:hunter2@127.0.0.1:3128";
        let out = redact_text(line);
        for secret in ["AbC-123", "Qx/9+z", "SECRET1", "SECRET2", "hunter2"] {
            assert!(!out.contains(secret), "{secret} in {out}");
        }
        assert!(
            out.contains("aweme_id=7"),
            "ordinary parameters stay: {out}"
        );
        assert!(out.contains("msToken=<redacted>"), "{out}");
        assert_eq!(redact_text(&out), out, "idempotent");
        assert_eq!(
            redact_text("Cookie: sessionid=abc; passport_csrf_token=x"),
            "Cookie: <redacted>"
        );
        assert_eq!(redact_text("X-Bogus=DFSz&y=1"), "X-Bogus=<redacted>&y=1");
    }

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
