//! Date intervals `YYYY-MM-DD|YYYY-MM-DD` (both days inclusive) that bound what is downloaded:
//! as server cursors (`interval_2_timestamp`) and as a filter over `create_time` strings
//! (`filter_by_date_interval`), with Python `strptime`'s leniency (`2024-1-1` is accepted).

use super::TimeError;
use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use regex::Regex;
use serde_json::Value;
use std::str::FromStr;
use std::sync::LazyLock;

/// Python `strptime("%Y-%m-%d")`: 4-digit year, 1–2 digit month and day (day may be " 1").
static DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])$").ok()
});

/// Python `strptime("%Y-%m-%d %H-%M-%S")`; the space in the format matches any whitespace run.
static CREATE_TIME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^([0-9]{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])",
        r"\s+(2[0-3]|[01][0-9]|[0-9])-([0-5][0-9]|[0-9])-(6[01]|[0-5][0-9]|[0-9])$"
    ))
    .ok()
});

/// Which end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBound {
    /// The first day at 00:00:00.
    Start,
    /// The last day at 23:59:59.
    End,
}

impl FromStr for DateBound {
    type Err = TimeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "start" => Ok(DateBound::Start),
            "end" => Ok(DateBound::End),
            _ => Err(TimeError::BadBound),
        }
    }
}

/// The unit of a returned timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// Milliseconds (F2's default; Douyin cursors).
    Milli,
    /// Seconds.
    Sec,
    /// Whole minutes.
    Min,
}

impl FromStr for TimeUnit {
    type Err = TimeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "milli" => Ok(TimeUnit::Milli),
            "sec" => Ok(TimeUnit::Sec),
            "min" => Ok(TimeUnit::Min),
            _ => Err(TimeError::BadUnit),
        }
    }
}

/// A parsed `start|end` day range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateInterval {
    /// The first day.
    pub start: NaiveDate,
    /// The last day (inclusive).
    pub end: NaiveDate,
}

impl DateInterval {
    /// Parses `YYYY-MM-DD|YYYY-MM-DD`; the order of the days is not checked (see [`Self::is_ordered`]).
    ///
    /// # Errors
    /// [`TimeError::BadInterval`] for anything else, including impossible dates.
    pub fn parse(interval: &str) -> Result<Self, TimeError> {
        let (start, end) = interval.split_once('|').ok_or(TimeError::BadInterval)?;
        Ok(DateInterval {
            start: parse_date(start).ok_or(TimeError::BadInterval)?,
            end: parse_date(end).ok_or(TimeError::BadInterval)?,
        })
    }

    /// Whether the end is not before the start.
    pub fn is_ordered(&self) -> bool {
        self.start <= self.end
    }

    /// The first instant: start day 00:00:00 (naive, in the caller's zone).
    pub fn start_time(&self) -> NaiveDateTime {
        self.start.and_time(NaiveTime::MIN)
    }

    /// The last instant: end day 23:59:59 (naive).
    pub fn end_time(&self) -> NaiveDateTime {
        let last = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
        self.end.and_time(last)
    }

    /// Whether a naive time lies in the interval, both ends inclusive.
    pub fn contains(&self, t: NaiveDateTime) -> bool {
        self.start_time() <= t && t <= self.end_time()
    }

    /// The timestamp of a bound, the naive time read in `tz`.
    pub fn timestamp(&self, bound: DateBound, unit: TimeUnit, tz: FixedOffset) -> i64 {
        let naive = match bound {
            DateBound::Start => self.start_time(),
            DateBound::End => self.end_time(),
        };
        // A fixed offset maps every naive time to exactly one instant.
        let secs = match tz.from_local_datetime(&naive).single() {
            Some(t) => t.timestamp(),
            None => naive.and_utc().timestamp() - i64::from(tz.local_minus_utc()),
        };
        match unit {
            TimeUnit::Milli => secs * 1000,
            TimeUnit::Sec => secs,
            TimeUnit::Min => secs.div_euclid(60),
        }
    }
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let caps = DATE.as_ref()?.captures(s)?;
    let num = |i: usize| {
        caps.get(i)
            .and_then(|m| m.as_str().trim().parse::<u32>().ok())
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(1)?).ok()?, num(2)?, num(3)?)
}

/// Parses a filter-formatted `create_time` (`YYYY-MM-DD HH-MM-SS`) as Python `strptime` would.
pub fn parse_create_time(s: &str) -> Option<NaiveDateTime> {
    let caps = CREATE_TIME.as_ref()?.captures(s)?;
    let num = |i: usize| {
        caps.get(i)
            .and_then(|m| m.as_str().trim().parse::<u32>().ok())
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(1)?).ok()?, num(2)?, num(3)?)?;
    date.and_hms_opt(num(4)?, num(5)?, num(6)?)
}

/// A bound of `interval` as a timestamp in `tz` (F2's `interval_2_timestamp`, which returns 0
/// where this returns an error).
///
/// # Errors
/// [`TimeError::BadInterval`] when the interval does not parse.
pub fn interval_2_timestamp(
    interval: &str,
    bound: DateBound,
    unit: TimeUnit,
    tz: FixedOffset,
) -> Result<i64, TimeError> {
    Ok(DateInterval::parse(interval)?.timestamp(bound, unit, tz))
}

/// F2's `filter_by_date_interval`: keeps the items whose `field` (a `YYYY-MM-DD HH-MM-SS`
/// string) lies in `interval`.
///
/// An array gives the array of matching objects (possibly empty); an object gives itself or
/// `None`. `None` too for empty data, a malformed or reversed interval, or other JSON types.
/// Items whose field is missing or unparsable are dropped.
pub fn filter_by_date_interval(data: &Value, interval: &str, field: &str) -> Option<Value> {
    let range = DateInterval::parse(interval)
        .ok()
        .filter(DateInterval::is_ordered)?;
    let in_range = |item: &Value| {
        item.get(field)
            .and_then(Value::as_str)
            .and_then(parse_create_time)
            .is_some_and(|t| range.contains(t))
    };
    match data {
        Value::Array(items) if !items.is_empty() => Some(Value::Array(
            items.iter().filter(|i| in_range(i)).cloned().collect(),
        )),
        Value::Object(map) if !map.is_empty() => in_range(data).then(|| data.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timefmt::utc_plus_8;
    use serde_json::json;

    #[test]
    fn dates_parse_leniently_like_strptime() {
        let i = DateInterval::parse("2024-1-1|2024-12-31").unwrap();
        assert_eq!(i.start, NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
        assert!(DateInterval::parse("2024-01-01| 2024-01-31").is_err());
        assert!(DateInterval::parse("24-01-01|2024-01-31").is_err());
        assert!(DateInterval::parse("2023-02-29|2023-03-01").is_err());
        assert!(DateInterval::parse("").is_err());
    }

    #[test]
    fn create_times_parse_like_strptime() {
        let t = parse_create_time("2024-3-1   9-5-7").unwrap();
        assert_eq!(t.to_string(), "2024-03-01 09:05:07");
        assert!(parse_create_time("2024-03-01 10:00:00").is_none());
        assert!(parse_create_time("2024-03-01 24-00-00").is_none());
        assert!(parse_create_time("2024-03-01 10-00-60").is_none());
        assert!(parse_create_time("1709258400").is_none());
    }

    #[test]
    fn reversed_interval_filters_nothing() {
        let data = json!([{"create_time": "2024-01-05 00-00-00"}]);
        assert_eq!(
            filter_by_date_interval(&data, "2024-01-31|2024-01-01", "create_time"),
            None
        );
    }

    #[test]
    fn start_bound_in_minutes_and_seconds() {
        let i = DateInterval::parse("1970-01-01|1970-01-01").unwrap();
        assert_eq!(
            i.timestamp(DateBound::Start, TimeUnit::Sec, utc_plus_8()),
            -8 * 3600
        );
        assert_eq!(
            i.timestamp(DateBound::Start, TimeUnit::Min, utc_plus_8()),
            -8 * 60
        );
    }
}
