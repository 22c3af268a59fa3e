//! The `douyin` command-line entry point: parses arguments and hands off to the subcommand.

mod cli;
mod commands;
mod exit;
mod ids;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
