//! Netscape `cookies.txt`: one cookie a line as 7 tab-separated fields (domain, include
//! subdomains, path, secure, expiry, name, value); `#` lines are comments except the
//! `#HttpOnly_` prefix curl and yt-dlp put before the domain of an HttpOnly cookie. An expiry
//! of 0 means a session cookie.

use super::{bad, ImportFormat};
use crate::cookie::{check_pair, Cookie};
use crate::{AuthError, Location};

const HTTP_ONLY: &str = "#HttpOnly_";

pub(super) fn parse(text: &str) -> Result<Vec<Cookie>, AuthError> {
    let mut cookies = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let (http_only, line) = match line.strip_prefix(HTTP_ONLY) {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        if line.trim().is_empty() || (!http_only && line.trim_start().starts_with('#')) {
            continue;
        }
        cookies.push(
            parse_line(line, http_only)
                .map_err(|reason| bad(ImportFormat::Netscape, Location::Line(i + 1), reason))?,
        );
    }
    Ok(cookies)
}

fn parse_line(line: &str, http_only: bool) -> Result<Cookie, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    // Some exporters drop the tab before an empty value.
    let value = match fields.len() {
        7 => fields[6],
        6 => "",
        n => {
            return Err(format!(
                "expected 7 tab-separated fields (domain, subdomains, path, secure, expiry, name, value), found {n}{}",
                if n == 1 && line.contains(' ') { "; the fields must be separated by tabs, not spaces" } else { "" }
            ))
        }
    };
    let flag = |field: &str, what: &str| match field.trim() {
        t if t.eq_ignore_ascii_case("TRUE") => Ok(true),
        t if t.eq_ignore_ascii_case("FALSE") => Ok(false),
        _ => Err(format!("the {what} field must be TRUE or FALSE")),
    };
    flag(fields[1], "include-subdomains")?;
    let secure = flag(fields[3], "secure")?;
    let expiry = fields[4].trim();
    let expires_s = match expiry.parse::<i64>() {
        Ok(0) => None,
        Ok(s) => Some(s),
        // Some exporters write fractional seconds.
        Err(_) => match expiry.parse::<f64>() {
            Ok(f) if f.is_finite() => Some(f as i64).filter(|s| *s != 0),
            _ => return Err("the expiry field is not a number of seconds".into()),
        },
    };
    let domain = fields[0].trim();
    if domain.is_empty() {
        return Err("the domain field is empty".into());
    }
    let name = fields[5].trim();
    check_pair(name, value).map_err(str::to_owned)?;
    Ok(Cookie {
        name: name.to_owned(),
        value: value.to_owned(),
        domain: domain.to_ascii_lowercase(),
        path: fields[2].trim().to_owned(),
        secure,
        http_only,
        expires_s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_only_prefix_comments_and_crlf() {
        let text = "# Netscape HTTP Cookie File\r\n# a comment\r\n\r\n#HttpOnly_.douyin.com\tTRUE\t/\tTRUE\t1900000000\tsessionid\tabc\r\nwww.douyin.com\tFALSE\t/\tFALSE\t0\tttwid\t1%7Cx\r\n";
        let got = parse(text).expect("cookies.txt");
        assert_eq!(got.len(), 2);
        assert_eq!(
            (
                got[0].name.as_str(),
                got[0].value.as_str(),
                got[0].http_only,
                got[0].secure
            ),
            ("sessionid", "abc", true, true)
        );
        assert_eq!(got[0].expires_s, Some(1_900_000_000));
        assert_eq!(
            (got[1].domain.as_str(), got[1].expires_s),
            ("www.douyin.com", None)
        );
    }

    #[test]
    fn a_bad_line_is_named_without_its_text() {
        let text =
            ".douyin.com\tTRUE\t/\tFALSE\t0\ta\t1\n.douyin.com TRUE / FALSE 0 b SECRETVALUE\n";
        let err = parse(text).expect_err("spaces");
        let shown = err.to_string();
        assert!(
            shown.contains("line 2") && shown.contains("tabs"),
            "{shown}"
        );
        assert!(!shown.contains("SECRETVALUE"), "{shown}");
        let err = parse(".douyin.com\tYES\t/\tFALSE\t0\ta\t1").expect_err("flag");
        assert!(err.to_string().contains("include-subdomains"), "{err}");
        let err = parse(".douyin.com\tTRUE\t/\tFALSE\tsoon\ta\t1").expect_err("expiry");
        assert!(err.to_string().contains("expiry"), "{err}");
    }
}
