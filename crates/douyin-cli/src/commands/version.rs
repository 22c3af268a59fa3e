//! `douyin version`: the version as JSON.

use std::process::ExitCode;

/// Prints `{"name": "douyin", "version": ...}`.
pub fn run() -> ExitCode {
    let info = serde_json::json!({ "name": "douyin", "version": douyin_core::VERSION });
    println!("{info}");
    ExitCode::SUCCESS
}
