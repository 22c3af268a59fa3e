//! Time helpers with an explicit timezone: F2's `timestamp_2_str` (Python `strftime` output for
//! the formats F2 uses), and the `YYYY-MM-DD|YYYY-MM-DD` date intervals used to bound downloads
//! (`interval_2_timestamp`, `filter_by_date_interval`). Nothing here reads the clock: "now" and
//! the offset (F2 always uses UTC+8) are parameters.

mod interval;
mod strftime;
mod timestamp;

pub use interval::{
    filter_by_date_interval, interval_2_timestamp, parse_create_time, DateBound, DateInterval,
    TimeUnit,
};
pub use strftime::strftime;
pub use timestamp::{timestamp_2_str, TimestampInput, INVALID_TIMESTAMP};

use crate::ErrorKind;
use chrono::{FixedOffset, Offset, Utc};

/// Douyin's timezone, UTC+08:00, in which F2 renders and interprets every date.
pub fn utc_plus_8() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

/// Why a time value or interval could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    /// The value is neither a number, a numeric string nor a 30-character string
    /// (F2: `TypeError`).
    #[error("not a timestamp")]
    NotATimestamp,
    /// A 30-character string that is not `%a %b %d %H:%M:%S %z %Y` (F2: `ValueError`).
    #[error("not a date in the form `Wed Jun 01 10:23:01 +0800 2022`")]
    BadDateText,
    /// The timestamp is outside the representable date range.
    #[error("timestamp out of range")]
    OutOfRange,
    /// The format string uses a directive this renderer does not implement.
    #[error("unsupported format directive %{0}")]
    UnsupportedFormat(char),
    /// The interval is not `YYYY-MM-DD|YYYY-MM-DD` (F2: returns 0 / None).
    #[error("the date interval must look like YYYY-MM-DD|YYYY-MM-DD")]
    BadInterval,
    /// The interval's end is before its start.
    #[error("the date interval ends before it starts")]
    ReversedInterval,
    /// The date bound is neither `start` nor `end`.
    #[error("the date bound must be `start` or `end`")]
    BadBound,
    /// The unit is not `milli`, `sec` or `min`.
    #[error("the time unit must be `milli`, `sec` or `min`")]
    BadUnit,
}

impl TimeError {
    /// The crate-wide classification of this error.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }
}

impl From<TimeError> for crate::Error {
    fn from(e: TimeError) -> Self {
        crate::Error::InvalidInput(e.to_string())
    }
}
