//! The runner for each vector kind: one file per kind, each owning how its cases are checked.

use serde_json::Value;

mod abogus;
mod false_mstoken;
mod filters;
mod format_file_name;
mod id_extraction;
mod interval;
mod json_2_lrc;
mod pagination;
mod replace_t;
mod requests;
mod timestamp_2_str;
mod verify_fp;
mod xbogus;

/// The result of checking one case.
pub enum Outcome {
    Pass,
    Fail(String),
}

/// Every kind of http.md §14; each must have at least one case in the folder.
pub const KINDS: [&str; 13] = [
    "abogus",
    "false_mstoken",
    "filters",
    "format_file_name",
    "id_extraction",
    "interval",
    "json_2_lrc",
    "pagination",
    "replace_t",
    "requests",
    "timestamp_2_str",
    "verify_fp",
    "xbogus",
];

pub type Runner = fn(&Value) -> Outcome;

/// The runner for a kind, or `None` for a kind this test does not know.
pub fn runner(kind: &str) -> Option<Runner> {
    Some(match kind {
        "abogus" => abogus::run,
        "false_mstoken" => false_mstoken::run,
        "filters" => filters::run,
        "format_file_name" => format_file_name::run,
        "id_extraction" => id_extraction::run,
        "interval" => interval::run,
        "json_2_lrc" => json_2_lrc::run,
        "pagination" => pagination::run,
        "replace_t" => replace_t::run,
        "requests" => requests::run,
        "timestamp_2_str" => timestamp_2_str::run,
        "verify_fp" => verify_fp::run,
        "xbogus" => xbogus::run,
        _ => return None,
    })
}

/// Compares and explains a mismatch.
pub fn expect_eq<T: PartialEq + std::fmt::Debug>(what: &str, got: T, want: T) -> Outcome {
    if got == want {
        Outcome::Pass
    } else {
        Outcome::Fail(format!("{what}: got {got:?}, want {want:?}"))
    }
}
