//! `split_filename`: F2 HEAD's length rule for `{desc}` (http.md §11.2): collapse whitespace,
//! then keep the first 129 and last 64 UTF-8 bytes around `......` when over 200 bytes.

/// The UTF-8 byte length above which a description is shortened.
pub const DESC_LIMIT_BYTES: usize = 200;

const MARKER: &str = "......";

/// Collapses whitespace runs to one space, trims, and shortens text over
/// [`DESC_LIMIT_BYTES`] to `head(129 bytes) + "......" + tail(64 bytes)`, dropping characters cut
/// in half at either cut (as Python's `decode(errors="ignore")` does).
pub fn split_filename(text: &str) -> String {
    let collapsed = collapse_whitespace(text);
    if collapsed.len() <= DESC_LIMIT_BYTES {
        return collapsed;
    }
    let budget = DESC_LIMIT_BYTES - MARKER.len();
    let head_bytes = budget * 2 / 3;
    let tail_bytes = budget / 3;
    let head = whole_chars_before(&collapsed, head_bytes);
    let tail = whole_chars_from(&collapsed, collapsed.len() - tail_bytes);
    format!("{head}{MARKER}{tail}")
}

/// Python's `str.isspace`, which `\s` in a `str` regex follows; it also counts U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_py_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The longest prefix of whole characters within `limit` bytes.
fn whole_chars_before(s: &str, limit: usize) -> &str {
    let mut end = limit.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The suffix starting at the first character boundary at or after byte `start`.
fn whole_chars_from(s: &str, start: usize) -> &str {
    let mut begin = start.min(s.len());
    while !s.is_char_boundary(begin) {
        begin += 1;
    }
    &s[begin..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_only_has_whitespace_collapsed() {
        assert_eq!(split_filename(" a \u{1f} b\u{3000}c "), "a b c");
        assert_eq!(split_filename(""), "");
    }

    #[test]
    fn long_text_keeps_whole_characters_within_budget() {
        let text = "😀".repeat(100);
        let out = split_filename(&text);
        let (head, tail) = out.split_once(MARKER).unwrap();
        assert_eq!(head, "😀".repeat(32));
        assert_eq!(tail, "😀".repeat(16));
        assert!(out.len() <= DESC_LIMIT_BYTES);
    }
}
