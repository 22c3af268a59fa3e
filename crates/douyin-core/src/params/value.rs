//! One parameter value: an integer or a text, kept typed because JSON bodies distinguish them
//! while the query text renders both the way Python's `str()` does.

use std::fmt;

/// A parameter value as F2's models hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    /// An integer field; rendered in decimal, a JSON number in bodies.
    Int(i64),
    /// A text field; rendered verbatim (already encoded where F2 pre-encodes it).
    Text(String),
}

impl ParamValue {
    /// The value as it appears in the query text.
    pub fn as_text(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ParamValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamValue::Int(n) => write!(f, "{n}"),
            ParamValue::Text(s) => f.write_str(s),
        }
    }
}

impl From<i64> for ParamValue {
    fn from(n: i64) -> Self {
        ParamValue::Int(n)
    }
}

impl From<&i64> for ParamValue {
    fn from(n: &i64) -> Self {
        ParamValue::Int(*n)
    }
}

impl From<String> for ParamValue {
    fn from(s: String) -> Self {
        ParamValue::Text(s)
    }
}

impl From<&String> for ParamValue {
    fn from(s: &String) -> Self {
        ParamValue::Text(s.clone())
    }
}

impl From<&str> for ParamValue {
    fn from(s: &str) -> Self {
        ParamValue::Text(s.to_owned())
    }
}
