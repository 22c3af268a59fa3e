//! Raw query parsing: split on `&`/`=` without treating `+` as space (signatures contain `+`).

use std::collections::HashMap;

/// Percent-decodes `%XX` sequences; everything else is kept.
pub fn pct_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hexval = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hexval(b[i + 1]), hexval(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Query parameters, first occurrence wins, values percent-decoded.
pub fn parse(query: &str) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        m.entry(pct_decode(k)).or_insert_with(|| pct_decode(v));
    }
    m
}

/// Typed access helpers.
pub trait Params {
    /// A string value or "".
    fn s(&self, k: &str) -> &str;
    /// A number value or `default`.
    fn n(&self, k: &str, default: u64) -> u64;
}

impl Params for HashMap<String, String> {
    fn s(&self, k: &str) -> &str {
        self.get(k).map(String::as_str).unwrap_or("")
    }
    fn n(&self, k: &str, default: u64) -> u64 {
        self.get(k).and_then(|v| v.parse().ok()).unwrap_or(default)
    }
}
