//! Vector kind `timestamp_2_str`: rendering seconds, milliseconds, numeric strings, dated strings
//! and nested lists of them in a fixed zone.

use super::{expect_eq, Outcome};
use chrono::FixedOffset;
use douyin_core::timefmt::{timestamp_2_str, TimeError, TimestampInput};
use serde_json::Value;

/// `UTC+08:00` → the offset.
fn parse_tz(s: &str) -> Option<FixedOffset> {
    let rest = s.strip_prefix("UTC")?;
    let (sign, hm) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = hm.split_once(':')?;
    let secs = h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60;
    FixedOffset::east_opt(sign * secs)
}

/// Python maps lists (and lists of lists) element-wise.
fn render(input: &Value, format: &str, tz: FixedOffset) -> Result<Value, TimeError> {
    let one = |i: TimestampInput<'_>| timestamp_2_str(i, format, tz, 0).map(Value::String);
    match input {
        Value::Array(items) => items
            .iter()
            .map(|i| render(i, format, tz))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        Value::Null => one(TimestampInput::Null),
        Value::String(s) => one(TimestampInput::Text(s)),
        Value::Number(n) => one(TimestampInput::Number(n.as_f64().unwrap_or(f64::NAN))),
        // Python bools are ints.
        Value::Bool(b) => one(TimestampInput::Number(f64::from(u8::from(*b)))),
        _ => Err(TimeError::NotATimestamp),
    }
}

/// The Python exception types F2 raises for each of our errors.
fn f2_errors(e: &TimeError) -> &'static [&'static str] {
    match e {
        TimeError::NotATimestamp => &["TypeError"],
        TimeError::BadDateText => &["ValueError"],
        // datetime raises one of these depending on how far out of range the value is.
        TimeError::OutOfRange => &["ValueError", "OverflowError", "OSError"],
        _ => &[],
    }
}

pub fn run(case: &Value) -> Outcome {
    let (Some(format), Some(tz)) = (
        case["format"].as_str(),
        case["tz"].as_str().and_then(parse_tz),
    ) else {
        return Outcome::Fail("no format or unreadable tz".into());
    };
    let got = render(&case["input"], format, tz);
    match (case.get("expected"), case.get("expected_error")) {
        (Some(want), _) => match got {
            Ok(v) => expect_eq("text", &v, want),
            Err(e) => Outcome::Fail(format!("error {e:?}, want {want}")),
        },
        (_, Some(Value::String(want))) => match got {
            Err(e) if f2_errors(&e).contains(&want.as_str()) => Outcome::Pass,
            other => Outcome::Fail(format!("got {other:?}, want {want}")),
        },
        _ => Outcome::Fail("case has neither expected nor expected_error".into()),
    }
}
