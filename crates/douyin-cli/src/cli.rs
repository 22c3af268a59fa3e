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
    /// Where the stored login lives (every command uses it unless --cookie is given).
    #[command(flatten)]
    pub session: crate::session::SessionArgs,
    /// Log what happens to stderr, before the subcommand: -v requests and retries, -vv every
    /// request line, -vvv everything (RUST_LOG, when set, decides instead). Cookies, tokens
    /// and signatures are masked.
    #[arg(short = 'v', long = "verbose", action = clap::ArgAction::Count)]
    pub verbose: u8,
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
    /// Download into a library (F2's modes and options): posts, creators, likes, collections,
    /// mixes, music… Running the same command again continues it.
    #[command(visible_alias = "dl")]
    Download(Box<commands::download::DownloadArgs>),
    /// Keep a watch list of live rooms and creators, and record them when they go live.
    Watch(commands::watch::WatchArgs),
    /// Search, export, count and verify what a library has saved.
    History(commands::history::HistoryArgs),
    /// How complete a creator's archive is: profile count, listed, saved, the gap.
    Report(commands::history::ReportArgs),
    /// Log in (QR code by default, or import cookies) and keep the session for every command.
    Login(Box<commands::login::LoginArgs>),
    /// Delete the stored login.
    Logout(commands::logout::LogoutArgs),
    /// Show the stored account and whether its session still works.
    Whoami(Box<commands::whoami::WhoamiArgs>),
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    crate::logs::init(cli.verbose);
    match cli.command {
        Some(Command::Version) => commands::version::run(),
        Some(Command::Download(args)) => commands::download::run(*args, &cli.session),
        Some(Command::History(args)) => commands::history::run(args),
        Some(Command::Report(args)) => commands::history::run_report(args, &cli.session),
        Some(Command::Fetch(args)) => commands::fetch::run(*args, &cli.session),
        Some(Command::Live(args)) => commands::live::run(*args, &cli.session),
        Some(Command::Watch(args)) => commands::watch::run(args, &cli.session),
        Some(Command::Login(args)) => commands::login::run(*args, &cli.session),
        Some(Command::Logout(args)) => commands::logout::run(args, &cli.session),
        Some(Command::Whoami(args)) => commands::whoami::run(*args, &cli.session),
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            println!();
            ExitCode::SUCCESS
        }
    }
}
