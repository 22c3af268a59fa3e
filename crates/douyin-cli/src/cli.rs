//! The command tree of `douyin` and the dispatch of each subcommand (one file per subcommand
//! under `commands/`; adding one is a variant here and an arm in [`run`]).

use crate::commands;
use crate::exit;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Archive Douyin videos, image posts, music, creators and lives.
#[derive(Debug, Parser)]
#[command(name = "douyin", version = douyin_core::VERSION, about, after_help = exit::HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print version information as JSON.
    Version,
    /// Call one Douyin data method and print its JSON (one object per line for lists).
    Fetch(Box<commands::fetch::FetchArgs>),
    /// Watch a live room's danmaku as JSON lines; with --record, record the stream too.
    Live(Box<commands::live::LiveArgs>),
    /// Search, export, count and verify what a library has saved.
    History(commands::history::HistoryArgs),
    /// How complete a creator's archive is: profile count, listed, saved, the gap.
    Report(commands::history::ReportArgs),
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Version) => commands::version::run(),
        Some(Command::Fetch(args)) => commands::fetch::run(*args),
        Some(Command::Live(args)) => commands::live::run(*args),
        Some(Command::History(args)) => commands::history::run(args),
        Some(Command::Report(args)) => commands::history::run_report(args),
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            println!();
            ExitCode::SUCCESS
        }
    }
}
