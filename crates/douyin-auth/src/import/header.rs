//! `Cookie:` header text: `name=value` pairs separated by `;` (a pasted header may also be
//! split over lines). A header has no domain, so its cookies are taken as `.douyin.com`'s.

use super::{bad, ImportFormat};
use crate::cookie::{check_pair, Cookie};
use crate::{AuthError, Location};

pub(super) fn parse(text: &str) -> Result<Vec<Cookie>, AuthError> {
    let trimmed = text.trim();
    let body = match trimmed.get(..7) {
        Some(p) if p.eq_ignore_ascii_case("cookie:") => &trimmed[7..],
        _ => trimmed,
    };
    let mut cookies = Vec::new();
    let pairs = body
        .split([';', '\n'])
        .map(|p| p.trim_matches(|c: char| c == '\r' || c.is_whitespace()))
        .filter(|p| !p.is_empty());
    for (i, pair) in pairs.enumerate() {
        let at = || Location::Pair(i + 1);
        let (name, value) = pair.split_once('=').ok_or_else(|| {
            bad(
                ImportFormat::Header,
                at(),
                "it has no `=` between name and value",
            )
        })?;
        let (name, value) = (name.trim(), value.trim());
        check_pair(name, value).map_err(|r| bad(ImportFormat::Header, at(), r))?;
        cookies.push(Cookie::new(name, value));
    }
    Ok(cookies)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_spaces_and_line_breaks_are_accepted() {
        let got = parse("Cookie: a=1;b = 2 ;\r\n c=x=y;;").expect("header");
        let pairs: Vec<(&str, &str)> = got
            .iter()
            .map(|c| (c.name.as_str(), c.value.as_str()))
            .collect();
        assert_eq!(pairs, [("a", "1"), ("b", "2"), ("c", "x=y")]);
        assert!(got.iter().all(|c| c.domain == ".douyin.com"));
    }

    #[test]
    fn a_pair_without_equals_is_named() {
        let err = parse("a=1; SECRETNOEQUALS; c=3").expect_err("bad pair");
        let text = err.to_string();
        assert!(text.contains("cookie 2"), "{text}");
        assert!(!text.contains("SECRETNOEQUALS"), "{text}");
    }
}
