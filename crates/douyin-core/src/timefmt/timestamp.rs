//! `timestamp_2_str`: F2's renderer for Douyin timestamps (http.md §11.4): seconds or
//! milliseconds (anything above 1e10 is milliseconds), numeric strings, and the 30-character
//! `Wed Jun 01 10:23:01 +0800 2022` form, which keeps its own offset.

use super::strftime::strftime;
use super::TimeError;
use chrono::{DateTime, FixedOffset};

/// The text F2 returns for a null timestamp.
pub const INVALID_TIMESTAMP: &str = "Invalid timestamp";

/// Values above this are milliseconds.
const MILLIS_THRESHOLD: f64 = 1e10;

/// A timestamp as it appears in Douyin JSON.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimestampInput<'a> {
    /// A JSON number (seconds or milliseconds).
    Number(f64),
    /// A string: numeric, `"None"`, or `%a %b %d %H:%M:%S %z %Y`.
    Text(&'a str),
    /// JSON null.
    Null,
}

/// Renders a timestamp with a Python `strftime` `format` in `tz`.
///
/// Null and `"None"` give [`INVALID_TIMESTAMP`]; `0` means "now" (F2 behaviour), taken from
/// `now_secs`.
///
/// # Errors
/// [`TimeError::NotATimestamp`] for other strings, [`TimeError::BadDateText`] for a
/// 30-character string that is not a date, [`TimeError::OutOfRange`],
/// [`TimeError::UnsupportedFormat`].
pub fn timestamp_2_str(
    input: TimestampInput<'_>,
    format: &str,
    tz: FixedOffset,
    now_secs: i64,
) -> Result<String, TimeError> {
    let seconds = match input {
        TimestampInput::Null | TimestampInput::Text("None") => {
            return Ok(INVALID_TIMESTAMP.to_owned())
        }
        TimestampInput::Text(s) if s.chars().count() == 30 => {
            let t = DateTime::parse_from_str(s, "%a %b %d %H:%M:%S %z %Y")
                .map_err(|_| TimeError::BadDateText)?;
            return strftime(&t, format);
        }
        TimestampInput::Text(s) => parse_number(s).ok_or(TimeError::NotATimestamp)?,
        TimestampInput::Number(n) => n,
    };
    let seconds = if seconds == 0.0 {
        now_secs as f64
    } else if seconds > MILLIS_THRESHOLD {
        seconds / 1000.0
    } else {
        seconds
    };
    strftime(&to_datetime(seconds, tz)?, format)
}

/// A plain decimal number (Python `float()` on the digit forms Douyin sends).
fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let numeric = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|&c| c == '.').count() <= 1
        && body != ".";
    if numeric {
        t.parse().ok()
    } else {
        None
    }
}

/// Seconds since the epoch to a zoned time, rounding to microseconds as Python does.
fn to_datetime(seconds: f64, tz: FixedOffset) -> Result<DateTime<FixedOffset>, TimeError> {
    if !seconds.is_finite() || seconds.abs() > 1e14 {
        return Err(TimeError::OutOfRange);
    }
    let whole = seconds.floor();
    let mut micros = ((seconds - whole) * 1e6).round_ties_even() as i64;
    let mut whole = whole as i64;
    if micros >= 1_000_000 {
        whole += 1;
        micros -= 1_000_000;
    }
    let nanos = u32::try_from(micros * 1000).map_err(|_| TimeError::OutOfRange)?;
    DateTime::from_timestamp(whole, nanos)
        .map(|t| t.with_timezone(&tz))
        .ok_or(TimeError::OutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timefmt::utc_plus_8;

    const FMT: &str = "%Y-%m-%d %H-%M-%S";

    #[test]
    fn zero_means_the_given_now() {
        let got = timestamp_2_str(
            TimestampInput::Number(0.0),
            FMT,
            utc_plus_8(),
            1_609_459_200,
        );
        assert_eq!(got.unwrap(), "2021-01-01 08-00-00");
        let got = timestamp_2_str(TimestampInput::Text("0"), FMT, utc_plus_8(), 1_609_459_200);
        assert_eq!(got.unwrap(), "2021-01-01 08-00-00");
    }

    #[test]
    fn odd_inputs_are_classified() {
        let tz = utc_plus_8();
        for bad in ["", "1.2.3", "12abc", "-", "."] {
            assert_eq!(
                timestamp_2_str(TimestampInput::Text(bad), FMT, tz, 0),
                Err(TimeError::NotATimestamp),
                "{bad}"
            );
        }
        assert_eq!(
            timestamp_2_str(TimestampInput::Number(f64::INFINITY), FMT, tz, 0),
            Err(TimeError::OutOfRange)
        );
        // 30 characters that are not a date.
        let junk = "x".repeat(30);
        assert_eq!(
            timestamp_2_str(TimestampInput::Text(&junk), FMT, tz, 0),
            Err(TimeError::BadDateText)
        );
    }

    #[test]
    fn fractions_round_to_microseconds_like_python() {
        let t = timestamp_2_str(
            TimestampInput::Number(1.999_999_4),
            "%S.%f",
            utc_plus_8(),
            0,
        );
        assert_eq!(t.unwrap(), "01.999999");
        let t = timestamp_2_str(
            TimestampInput::Number(1.999_999_6),
            "%S.%f",
            utc_plus_8(),
            0,
        );
        assert_eq!(t.unwrap(), "02.000000");
    }
}
