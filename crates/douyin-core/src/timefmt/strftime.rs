//! A `strftime` with CPython's output on Linux for the directives naming and logging use, so
//! user-supplied formats render as they did in F2. Unknown directives are errors, never panics
//! (chrono's own formatter panics on bad formats when displayed).

use super::TimeError;
use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use std::fmt::Write;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Renders `t` with a Python `strftime` format (C locale).
///
/// Supported: `%a %A %b %B %c %C %d %D %e %f %F %g %G %h %H %I %j %k %l %m %M %n %p %P %R %s
/// %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%` (glibc's meanings in the C locale), except that
/// `%s` is the true Unix time (glibc reads the fields back in the machine's zone).
///
/// # Errors
/// [`TimeError::UnsupportedFormat`] for any other directive (or a trailing `%`).
pub fn strftime(t: &DateTime<FixedOffset>, format: &str) -> Result<String, TimeError> {
    let mut out = String::with_capacity(format.len() + 16);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let d = chars.next().ok_or(TimeError::UnsupportedFormat('%'))?;
        directive(&mut out, t, d)?;
    }
    Ok(out)
}

fn directive(out: &mut String, t: &DateTime<FixedOffset>, d: char) -> Result<(), TimeError> {
    let weekday = t.weekday().num_days_from_monday() as usize;
    let sunday_based = (weekday + 1) % 7;
    let yday = t.ordinal0() as usize;
    let month = t.month0() as usize;
    let hour12 = match t.hour() % 12 {
        0 => 12,
        h => h,
    };
    let iso = t.iso_week();
    // Writing to a String cannot fail.
    let _ = match d {
        'Y' => write!(out, "{}", t.year()),
        'y' => write!(out, "{:02}", t.year().rem_euclid(100)),
        'C' => write!(out, "{:02}", t.year().div_euclid(100)),
        'G' => write!(out, "{}", iso.year()),
        'g' => write!(out, "{:02}", iso.year().rem_euclid(100)),
        'V' => write!(out, "{:02}", iso.week()),
        'U' => write!(out, "{:02}", (yday + 7 - sunday_based) / 7),
        'W' => write!(out, "{:02}", (yday + 7 - weekday) / 7),
        'm' => write!(out, "{:02}", t.month()),
        'd' => write!(out, "{:02}", t.day()),
        'e' => write!(out, "{:2}", t.day()),
        'H' => write!(out, "{:02}", t.hour()),
        'k' => write!(out, "{:2}", t.hour()),
        'I' => write!(out, "{hour12:02}"),
        'l' => write!(out, "{hour12:2}"),
        'M' => write!(out, "{:02}", t.minute()),
        'S' => write!(out, "{:02}", t.second()),
        'f' => write!(out, "{:06}", t.nanosecond() / 1000 % 1_000_000),
        's' => write!(out, "{}", t.timestamp()),
        'p' => write!(out, "{}", if t.hour() < 12 { "AM" } else { "PM" }),
        'P' => write!(out, "{}", if t.hour() < 12 { "am" } else { "pm" }),
        'j' => write!(out, "{:03}", yday + 1),
        'a' => write!(out, "{}", &DAYS[weekday][..3]),
        'A' => write!(out, "{}", DAYS[weekday]),
        'b' | 'h' => write!(out, "{}", &MONTHS[month][..3]),
        'B' => write!(out, "{}", MONTHS[month]),
        'w' => write!(out, "{sunday_based}"),
        'u' => write!(out, "{}", weekday + 1),
        'z' => write!(out, "{}", offset_text(t.offset(), false)),
        'Z' => write!(out, "{}", zone_name(t.offset())),
        'c' => write!(
            out,
            "{} {} {:2} {:02}:{:02}:{:02} {}",
            &DAYS[weekday][..3],
            &MONTHS[month][..3],
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.year()
        ),
        'F' => write!(out, "{}-{:02}-{:02}", t.year(), t.month(), t.day()),
        'T' | 'X' => write!(out, "{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()),
        'D' | 'x' => write!(
            out,
            "{:02}/{:02}/{:02}",
            t.month(),
            t.day(),
            t.year().rem_euclid(100)
        ),
        'R' => write!(out, "{:02}:{:02}", t.hour(), t.minute()),
        'n' => {
            out.push('\n');
            Ok(())
        }
        't' => write!(out, "\t"),
        '%' => write!(out, "%"),
        other => return Err(TimeError::UnsupportedFormat(other)),
    };
    Ok(())
}

/// `+HHMM` (Python `%z`), or `+HH:MM` with `colon`; seconds are appended when non-zero.
fn offset_text(offset: &FixedOffset, colon: bool) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    let (h, m, s) = (abs / 3600, abs / 60 % 60, abs % 60);
    let sep = if colon { ":" } else { "" };
    let mut text = format!("{sign}{h:02}{sep}{m:02}");
    if s != 0 {
        let _ = write!(text, "{sep}{s:02}");
    }
    text
}

/// Python's name for a fixed-offset zone: `UTC` or `UTC+08:00`.
fn zone_name(offset: &FixedOffset) -> String {
    if offset.local_minus_utc() == 0 {
        "UTC".to_owned()
    } else {
        format!("UTC{}", offset_text(offset, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ts: i64, offset_secs: i32) -> DateTime<FixedOffset> {
        let tz = FixedOffset::east_opt(offset_secs).unwrap();
        DateTime::from_timestamp(ts, 123_456_000)
            .unwrap()
            .with_timezone(&tz)
    }

    #[test]
    fn renders_python_directives() {
        let t = at(1_718_000_000, 8 * 3600);
        assert_eq!(
            strftime(&t, "%a %A %b %B %d %e %H %I %p %j %w %u %y %f %z %Z %%").unwrap(),
            "Mon Monday Jun June 10 10 14 02 PM 162 1 1 24 123456 +0800 UTC+08:00 %"
        );
        assert_eq!(strftime(&t, "%F %T").unwrap(), "2024-06-10 14:13:20");
        assert_eq!(
            strftime(&t, "%c|%x|%X").unwrap(),
            "Mon Jun 10 14:13:20 2024|06/10/24|14:13:20"
        );
        assert_eq!(
            strftime(&t, "%U %W %V %G %C %s").unwrap(),
            "23 24 24 2024 20 1718000000"
        );
        assert_eq!(
            strftime(&at(1_704_067_200, 0), "%U %W %V %G %j").unwrap(),
            "00 01 01 2024 001"
        );
        assert_eq!(strftime(&at(0, 0), "%Z %z").unwrap(), "UTC +0000");
        assert_eq!(
            strftime(&at(0, -(5 * 3600 + 30 * 60)), "%z %Z").unwrap(),
            "-0530 UTC-05:30"
        );
    }

    #[test]
    fn unknown_directives_are_errors() {
        let t = at(0, 0);
        assert_eq!(strftime(&t, "%Q"), Err(TimeError::UnsupportedFormat('Q')));
        assert_eq!(strftime(&t, "100%"), Err(TimeError::UnsupportedFormat('%')));
    }
}
