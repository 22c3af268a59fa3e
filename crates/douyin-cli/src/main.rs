//! The `douyin` command-line entry point: parses arguments and hands off to the subcommand.

mod cli;
mod commands;
mod exit;
mod ids;
mod logs;
mod secret;
mod session;

use clap::Parser;
use std::process::ExitCode;

// The system allocator by default: on the download benchmark (scripts/bench-download) it
// peaks ~5 MB lower than mimalloc at the same speed, which keeps `douyin dl` under 30 MB.
// The `mimalloc` feature builds with mimalloc instead (faster for the many small
// allocations of danmaku decoding; the desktop app ships with it).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
