//! JSON text exactly as Python's `json.dumps` writes it by default (`", "` / `": "` separators,
//! non-ASCII escaped), because F2 sends such bodies and we reproduce them byte for byte.

/// One value of a flat JSON object.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PyValue<'a> {
    /// An integer.
    Int(u64),
    /// A string.
    Str(&'a str),
}

/// `json.dumps(dict)` of a flat object with these fields in this order.
pub(crate) fn dumps_object(fields: &[(&str, PyValue<'_>)]) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_string(&mut out, key);
        out.push_str(": ");
        match value {
            PyValue::Int(n) => out.push_str(&n.to_string()),
            PyValue::Str(s) => push_string(&mut out, s),
        }
    }
    out.push('}');
    out
}

/// A JSON string with `ensure_ascii=True` escaping (UTF-16 surrogate pairs above U+FFFF).
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::{dumps_object, PyValue};

    #[test]
    fn matches_python_json_dumps() {
        // json.dumps({"a": 1, "b": "x/y", "c": "é\"\n😀", "d": "\x7f"})
        let text = dumps_object(&[
            ("a", PyValue::Int(1)),
            ("b", PyValue::Str("x/y")),
            ("c", PyValue::Str("é\"\n😀")),
            ("d", PyValue::Str("\u{7f}")),
        ]);
        assert_eq!(
            text,
            r#"{"a": 1, "b": "x/y", "c": "\u00e9\"\n\ud83d\ude00", "d": "\u007f"}"#
        );
    }
}
