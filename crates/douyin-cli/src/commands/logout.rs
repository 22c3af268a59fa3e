//! `douyin logout`: deletes the stored login (keyring entry and/or file) and its health.

use crate::exit;
use crate::session::SessionArgs;
use serde_json::json;
use std::process::ExitCode;

/// Options of `douyin logout`.
#[derive(Debug, clap::Args)]
pub struct LogoutArgs {
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `douyin logout`.
pub fn run(args: LogoutArgs, session_args: &SessionArgs) -> ExitCode {
    let removed = session_args
        .store()
        .map_err(douyin_auth::AuthError::from)
        .and_then(|store| store.delete());
    let removed = match removed {
        Ok(r) => r,
        Err(e) => return exit::report_auth(&e),
    };
    if let Ok(log) = session_args.health_log() {
        if let Err(e) = log.clear() {
            return exit::report_auth(&e);
        }
    }
    if args.json {
        println!("{}", json!({"logged_out": true, "removed": removed}));
    } else if removed {
        println!("Logged out: the stored login was deleted.");
    } else {
        println!("No login was stored.");
    }
    ExitCode::SUCCESS
}
