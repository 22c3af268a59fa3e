//! One module per `douyin` subcommand.

pub mod download;
pub mod fetch;
pub mod gap;
pub mod history;
pub mod live;
pub mod live_record;
pub mod login;
pub mod logout;
pub mod version;
pub mod watch;
pub mod whoami;

use std::process::ExitCode;

/// Runs `work` on a single-threaded runtime (what a one-shot command needs).
pub fn block_on(work: impl std::future::Future<Output = ExitCode>) -> ExitCode {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt.block_on(work),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            ExitCode::from(crate::exit::FAILURE)
        }
    }
}
