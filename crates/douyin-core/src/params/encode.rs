//! The few text encodings F2 applies to parameter values: Python's `quote` (as handlers pre-encode
//! keywords and id lists), `quote` with nothing safe (the webcast `browser_version`), the
//! `application/x-www-form-urlencoded` body, and `json.dumps` string escaping.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Python's always-safe characters besides ASCII letters and digits.
const PY_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'_')
    .remove(b'.')
    .remove(b'-')
    .remove(b'~');

/// `urllib.parse.quote`'s default: `/` stays literal.
const PY_QUOTE: &AsciiSet = &PY_UNRESERVED.remove(b'/');

/// `quote_plus(safe='')` first protects the space, then turns it into `+`.
const PY_QUOTE_PLUS: &AsciiSet = &PY_UNRESERVED.remove(b' ');

/// Python `quote(text)`: UTF-8 percent-encoding that keeps letters, digits, `_.-~` and `/`.
pub fn quote(text: &str) -> String {
    utf8_percent_encode(text, PY_QUOTE).to_string()
}

/// Python `quote(text, safe='')`: like [`quote`] but `/` is encoded too.
pub fn quote_all(text: &str) -> String {
    utf8_percent_encode(text, PY_UNRESERVED).to_string()
}

/// Python `quote_plus(text)` as `urlencode` uses it for form bodies: spaces become `+`.
pub fn quote_plus(text: &str) -> String {
    utf8_percent_encode(text, PY_QUOTE_PLUS)
        .to_string()
        .replace(' ', "+")
}

/// A JSON string literal as Python's `json.dumps` writes it (`ensure_ascii=True`).
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c => {
                // Non-ASCII and control characters are written as UTF-16 code units.
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_keeps_slash_and_unreserved_only() {
        assert_eq!(quote("抖音"), "%E6%8A%96%E9%9F%B3");
        assert_eq!(quote("a/b,c d~_.-"), "a/b%2Cc%20d~_.-");
        assert_eq!(quote_all("a/b"), "a%2Fb");
    }

    #[test]
    fn quote_plus_turns_spaces_into_plus() {
        assert_eq!(quote_plus("a b=="), "a+b%3D%3D");
        assert_eq!(quote_plus("x/y"), "x%2Fy");
    }

    #[test]
    fn json_string_escapes_like_python() {
        assert_eq!(json_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(json_string("抖\u{1}"), r#""\u6296\u0001""#);
        assert_eq!(json_string("😀"), r#""\ud83d\ude00""#);
    }
}
