//! Lyrics JSON (a music item's `lyric_url` body: `[{"text", "timeId"}]`) to LRC text.
//!
//! [`json_2_lrc`] reproduces F2 byte for byte, including its float truncation of milliseconds
//! (`"29.340"` → `[00:29.339]`, live-dl-db-cli.md §7.1) so files match F2 archives;
//! [`json_2_lrc_exact`] rounds to the nearest millisecond instead, for new archives.

use crate::ErrorKind;
use serde_json::Value;

/// Why lyrics JSON could not be converted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LrcError {
    /// The input is not a list of objects, or a `timeId`/`text` has a non-scalar type
    /// (F2: `TypeError`).
    #[error("lyrics JSON has the wrong shape at item {index}")]
    WrongType {
        /// The item's position (0 when the input itself is not a list).
        index: usize,
    },
    /// An item lacks `text` or `timeId` (F2: `KeyError`).
    #[error("lyrics item {index} has no `{key}`")]
    MissingKey {
        /// The item's position.
        index: usize,
        /// The missing key.
        key: &'static str,
    },
    /// A `timeId` is not a finite number (F2: `ValueError`).
    #[error("lyrics item {index} has a non-numeric timeId")]
    BadTime {
        /// The item's position.
        index: usize,
    },
}

impl LrcError {
    /// The crate-wide classification of this error.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }
}

impl From<LrcError> for crate::Error {
    fn from(e: LrcError) -> Self {
        crate::Error::InvalidInput(e.to_string())
    }
}

/// F2's conversion: `[mm:ss.mmm] text` per item, joined by `\n`, no trailing newline.
///
/// Minutes are not wrapped into hours and keep Python's floor semantics for negative times;
/// milliseconds are `trunc((t mod 1) × 1000)` in doubles.
///
/// # Errors
/// [`LrcError`] when the JSON is not a list of `{text, timeId}` with numeric times.
pub fn json_2_lrc(items: &Value) -> Result<String, LrcError> {
    convert(items, |t| {
        let (minutes, rest) = py_divmod(t, 60.0);
        let (_, fraction) = py_divmod(t, 1.0);
        (
            minutes as i64,
            rest.floor() as i64,
            (fraction * 1000.0).trunc() as i64,
        )
    })
}

/// Like [`json_2_lrc`] but with milliseconds rounded to the nearest value, so `"29.340"` gives
/// `[00:29.340]`.
///
/// # Errors
/// As [`json_2_lrc`].
pub fn json_2_lrc_exact(items: &Value) -> Result<String, LrcError> {
    convert(items, |t| {
        let ms = (t * 1000.0).round() as i64;
        (
            ms.div_euclid(60_000),
            ms.rem_euclid(60_000) / 1000,
            ms.rem_euclid(1000),
        )
    })
}

fn convert(items: &Value, split: impl Fn(f64) -> (i64, i64, i64)) -> Result<String, LrcError> {
    let list = match items {
        Value::Array(list) => list,
        // F2 iterates whatever it is given: an empty dict or string yields no lines, anything
        // else fails on the first element.
        Value::Object(o) if o.is_empty() => return Ok(String::new()),
        Value::String(s) if s.is_empty() => return Ok(String::new()),
        _ => return Err(LrcError::WrongType { index: 0 }),
    };
    let mut lines = Vec::with_capacity(list.len());
    for (index, item) in list.iter().enumerate() {
        let obj = item.as_object().ok_or(LrcError::WrongType { index })?;
        let text = obj
            .get("text")
            .ok_or(LrcError::MissingKey { index, key: "text" })?;
        let time = obj.get("timeId").ok_or(LrcError::MissingKey {
            index,
            key: "timeId",
        })?;
        let t = time_seconds(time, index)?;
        let text = text_of(text).ok_or(LrcError::WrongType { index })?;
        let (mm, ss, ms) = split(t);
        lines.push(format!("[{mm:02}:{ss:02}.{ms:03}] {text}"));
    }
    Ok(lines.join("\n"))
}

fn time_seconds(time: &Value, index: usize) -> Result<f64, LrcError> {
    let t = match time {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => Some(py_float(s).ok_or(LrcError::BadTime { index })?),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => return Err(LrcError::WrongType { index }),
    };
    // Python would fail later on infinities (OverflowError) and NaN (ValueError).
    t.filter(|t| t.is_finite())
        .ok_or(LrcError::BadTime { index })
}

/// The text as F2's f-string prints a scalar (Python `str()`: `None`, `True`, `5`).
fn text_of(text: &Value) -> Option<String> {
    match text {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(true) => Some("True".to_owned()),
        Value::Bool(false) => Some("False".to_owned()),
        Value::Null => Some("None".to_owned()),
        _ => None,
    }
}

/// Python `float(str)`: surrounding whitespace, `_` between digits, exponents, `inf`/`nan`.
fn py_float(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.contains('_') {
        let bytes = t.as_bytes();
        let ok = bytes.iter().enumerate().all(|(i, &b)| {
            b != b'_'
                || (i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        });
        return if ok {
            t.replace('_', "").parse().ok()
        } else {
            None
        };
    }
    t.parse().ok()
}

/// CPython's float `divmod`: floor division and a remainder with the divisor's sign.
fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0_f64.copysign(x / y)
    };
    (floordiv, m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn python_float_forms_are_accepted() {
        let items = json!([
            {"text": "a", "timeId": " 1e1 "},
            {"text": "b", "timeId": "6_0.5"},
            {"text": "c", "timeId": 75},
            {"text": 7, "timeId": true}
        ]);
        assert_eq!(
            json_2_lrc(&items).unwrap(),
            "[00:10.000] a\n[01:00.500] b\n[01:15.000] c\n[00:01.000] 7"
        );
        for bad in ["1__0", "_1", "nan", "inf", ""] {
            let items = json!([{"text": "x", "timeId": bad}]);
            assert_eq!(
                json_2_lrc(&items),
                Err(LrcError::BadTime { index: 0 }),
                "{bad}"
            );
        }
    }

    #[test]
    fn empty_containers_give_empty_text_like_f2() {
        assert_eq!(json_2_lrc(&json!({})).unwrap(), "");
        assert_eq!(json_2_lrc(&json!("")).unwrap(), "");
        assert_eq!(
            json_2_lrc(&json!(null)),
            Err(LrcError::WrongType { index: 0 })
        );
        assert_eq!(
            json_2_lrc(&json!([{"text": null, "timeId": "1"}])).unwrap(),
            "[00:01.000] None"
        );
    }

    #[test]
    fn shape_errors_are_classified() {
        assert_eq!(
            json_2_lrc(&json!([1])),
            Err(LrcError::WrongType { index: 0 })
        );
        assert_eq!(
            json_2_lrc(&json!([{"text": "a", "timeId": null}])),
            Err(LrcError::WrongType { index: 0 })
        );
        assert_eq!(
            json_2_lrc(&json!([{"text": "a", "timeId": "1"}, {"timeId": "2"}])),
            Err(LrcError::MissingKey {
                index: 1,
                key: "text"
            })
        );
    }

    #[test]
    fn exact_mode_keeps_the_written_milliseconds() {
        let items = json!([
            {"text": "a", "timeId": "29.340"},
            {"text": "b", "timeId": "15.350"},
            {"text": "c", "timeId": "3725.125"},
            {"text": "d", "timeId": "-1.5"}
        ]);
        assert_eq!(
            json_2_lrc_exact(&items).unwrap(),
            "[00:29.340] a\n[00:15.350] b\n[62:05.125] c\n[-1:58.500] d"
        );
    }
}
