//! The ordered parameter list every request model renders to, and its three wire forms: the
//! query text F2 signs, the form body and the JSON body.

use super::encode::{json_string, quote_plus};
use super::value::ParamValue;

/// Parameters in F2's field order (base model fields first, then the endpoint's own).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ParamList {
    pairs: Vec<(&'static str, ParamValue)>,
}

impl std::fmt::Debug for ParamList {
    // msToken, verifyFp and signatures are credentials: shown as their length only.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut map = f.debug_map();
        for (key, value) in &self.pairs {
            if crate::redact::is_secret_name(key) {
                map.entry(key, &format_args!("<{} bytes>", value.as_text().len()));
            } else {
                map.entry(key, value);
            }
        }
        map.finish()
    }
}

impl ParamList {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `key`: a key already present keeps its position (a model re-declaring a base field
    /// overrides the value in place), a new key goes to the end.
    pub fn set(&mut self, key: &'static str, value: impl Into<ParamValue>) {
        let value = value.into();
        match self.pairs.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.pairs.push((key, value)),
        }
    }

    /// Applies every pair of `other` with [`ParamList::set`], in order.
    pub fn extend(&mut self, other: ParamList) {
        for (key, value) in other.pairs {
            self.set(key, value);
        }
    }

    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&ParamValue> {
        self.pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The typed pairs in order.
    pub fn pairs(&self) -> &[(&'static str, ParamValue)] {
        &self.pairs
    }

    /// The pairs with values rendered as text, in order.
    pub fn text_pairs(&self) -> Vec<(&'static str, String)> {
        self.pairs.iter().map(|(k, v)| (*k, v.as_text())).collect()
    }

    /// Number of parameters.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether there are no parameters.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The query text `k=v&k=v` exactly as F2 signs and sends it: no encoding at all, values
    /// carry whatever encoding F2 put into them beforehand.
    pub fn query_text(&self) -> String {
        let mut out = String::new();
        for (i, (key, value)) in self.pairs.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            out.push_str(&value.as_text());
        }
        out
    }

    /// The `application/x-www-form-urlencoded` body (Python `urlencode`): here, unlike the
    /// query text, every key and value is `quote_plus`-encoded.
    pub fn form_body(&self) -> String {
        self.pairs
            .iter()
            .map(|(k, v)| format!("{}={}", quote_plus(k), quote_plus(&v.as_text())))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The JSON object body as Python `json.dumps` writes it: `", "` / `": "` separators,
    /// integers as numbers, texts as ASCII-escaped strings, model order.
    pub fn json_body(&self) -> String {
        let fields: Vec<String> = self
            .pairs
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    ParamValue::Int(n) => n.to_string(),
                    ParamValue::Text(s) => json_string(s),
                };
                format!("{}: {value}", json_string(k))
            })
            .collect();
        format!("{{{}}}", fields.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redeclared_key_keeps_its_position() {
        let mut list = ParamList::new();
        list.set("a", 1);
        list.set("b", "x");
        list.set("a", "2");
        assert_eq!(list.query_text(), "a=2&b=x");
    }

    #[test]
    fn empty_value_renders_as_bare_key() {
        let mut list = ParamList::new();
        list.set("k", "");
        list.set("n", 0);
        assert_eq!(list.query_text(), "k=&n=0");
        assert_eq!(list.json_body(), r#"{"k": "", "n": 0}"#);
    }

    #[test]
    fn form_body_encodes_but_query_text_does_not() {
        let mut list = ParamList::new();
        list.set("t", "ab==");
        assert_eq!(list.query_text(), "t=ab==");
        assert_eq!(list.form_body(), "t=ab%3D%3D");
    }
}
