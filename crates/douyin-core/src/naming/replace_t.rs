//! `replace_t`: F2's character filter for names and descriptions (live-dl-db-cli.md §7.5). Every
//! code point outside `[\u4e00-\u9fa5a-zA-Z0-9#]` becomes `_`, so F2 names hold only basic CJK
//! ideographs, ASCII letters and digits, `#` and `_`.

use serde_json::Value;

fn is_kept(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '#' || ('\u{4e00}'..='\u{9fa5}').contains(&c)
}

/// Replaces every code point F2 does not keep with `_` (one `_` per code point).
pub fn replace_t(text: &str) -> String {
    text.chars()
        .map(|c| if is_kept(c) { c } else { '_' })
        .collect()
}

/// `replace_t` over the JSON shapes F2's filters feed it: strings are filtered, arrays are mapped
/// element-wise (non-string elements become `""` when falsy and are kept otherwise), anything
/// else is returned unchanged.
pub fn replace_t_json(value: &Value) -> Value {
    match value {
        Value::String(s) => Value::String(replace_t(s)),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| match item {
                    Value::String(s) => Value::String(replace_t(s)),
                    other if is_falsy(other) => Value::String(String::new()),
                    other => other.clone(),
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Python truthiness for JSON values.
fn is_falsy(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_map_elements_like_f2() {
        assert_eq!(
            replace_t_json(&json!(["a b", null, 0, 5, false, [], "x"])),
            json!(["a_b", "", "", 5, "", "", "x"])
        );
        assert_eq!(replace_t_json(&json!({"k": "a b"})), json!({"k": "a b"}));
    }
}
