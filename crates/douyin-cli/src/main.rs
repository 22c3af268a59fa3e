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

// Many small allocations per danmaku frame; mimalloc handles them faster than the system
// allocator (the webcast_decode bench measures with it too). The `system-alloc` feature
// builds with the system allocator instead, so heap profilers that hook `malloc`
// (heaptrack) see every allocation.
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
