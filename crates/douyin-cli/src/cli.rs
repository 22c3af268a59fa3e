//! The command tree of `douyin` and the dispatch of each subcommand.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Archive Douyin videos, image posts, music, creators and lives.
#[derive(Debug, Parser)]
#[command(name = "douyin", version = douyin_core::VERSION, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print version information as JSON.
    Version,
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Version) => {
            let info = serde_json::json!({ "name": "douyin", "version": douyin_core::VERSION });
            println!("{info}");
            ExitCode::SUCCESS
        }
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            println!();
            ExitCode::SUCCESS
        }
    }
}
