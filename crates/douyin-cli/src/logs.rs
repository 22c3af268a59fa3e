//! Logs on stderr: off by default (stdout and stderr carry the commands' own output), `-v`
//! for the crates' info events, `-vv` debug (every request line), `-vvv` trace; `RUST_LOG`
//! overrides. Every line passes the core's one redaction layer first.

use douyin_core::redact::RedactingWriter;
use tracing_subscriber::EnvFilter;

/// The filter for `-v` counted `verbose` times (`None`: no logs).
pub fn filter_for(verbose: u8) -> Option<&'static str> {
    match verbose {
        0 => None,
        1 => Some("warn,douyin_core=info,douyin_download=info,douyin_auth=info,douyin_store=info"),
        2 => Some(
            "warn,douyin_core=debug,douyin_download=debug,douyin_auth=debug,douyin_store=debug",
        ),
        _ => Some(
            "debug,douyin_core=trace,douyin_download=trace,douyin_auth=trace,douyin_store=trace",
        ),
    }
}

/// Installs the stderr subscriber (once, at start).
pub fn init(verbose: u8) {
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if !v.trim().is_empty() => EnvFilter::new(v),
        _ => match filter_for(verbose) {
            Some(f) => EnvFilter::new(f),
            None => return,
        },
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(true)
        .with_writer(|| RedactingWriter(std::io::stderr()))
        .try_init();
}
