//! Exit codes of `douyin`, one per kind of failure a script may want to react to, and the help
//! text that documents them.

use douyin_core::ErrorKind;
use std::process::ExitCode;

/// Something else failed (unexpected answer, signing, tokens, HTTP error status).
pub const FAILURE: u8 = 1;
/// The command line is wrong (clap uses 2 as well) or an argument is unusable.
pub const USAGE: u8 = 2;
/// Douyin wants a logged-in cookie.
pub const LOGIN_REQUIRED: u8 = 3;
/// Douyin's risk control: empty answers, captcha, rate limiting.
pub const RISK_CONTROL: u8 = 4;
/// Douyin could not be reached (network, timeout, proxy).
pub const NETWORK: u8 = 5;
/// The post, user or room is deleted, private or does not exist.
pub const UNAVAILABLE: u8 = 6;

/// Shown at the end of `douyin --help`.
pub const HELP: &str = "\
Exit codes:
  0  success
  1  other failure (unexpected answer, signing, token, HTTP error)
  2  usage error (bad arguments)
  3  login required: run `douyin login` (or pass a logged-in cookie with --cookie)
  4  risk control: empty answers, captcha or rate limiting; wait and retry slower
  5  network failure: Douyin (or the proxy) could not be reached or timed out
  6  unavailable: the post, user or room is deleted, private, not live or does not exist

Environment:
  DOUYIN_API_BASE  default for --base-url (e.g. a local emulator)
  DOUYIN_COOKIE    default for --cookie (otherwise the stored login is used)
  DOUYIN_DATA_DIR  default for --data-dir (where the login is kept)
  DOUYIN_SESSION_STORE  default for --store (auto, keyring or file)";

/// The exit code for an error of `kind`.
pub fn code_for(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::InvalidInput => USAGE,
        ErrorKind::LoginRequired => LOGIN_REQUIRED,
        ErrorKind::EmptyResponse | ErrorKind::Captcha | ErrorKind::RateLimited => RISK_CONTROL,
        ErrorKind::Network | ErrorKind::Timeout | ErrorKind::Proxy => NETWORK,
        ErrorKind::Unavailable | ErrorKind::NotFound | ErrorKind::NotLive => UNAVAILABLE,
        _ => FAILURE,
    }
}

/// Reports `error` on stderr (kind and message; messages never hold cookies or signed URLs)
/// and returns its exit code.
pub fn report(error: &douyin_core::Error) -> ExitCode {
    report_kind(error.kind(), &error.to_string())
}

/// Reports a login/session `error` like [`report`].
pub fn report_auth(error: &douyin_auth::AuthError) -> ExitCode {
    report_kind(error.kind(), &error.to_string())
}

/// Reports a failure of `kind` with `message` on stderr and returns its exit code.
pub fn report_kind(kind: ErrorKind, message: &str) -> ExitCode {
    eprintln!("error [{kind}]: {message}");
    ExitCode::from(code_for(kind))
}

/// Why a command did not finish normally.
#[derive(Debug)]
pub enum Failure {
    /// The core failed; its kind picks the exit code.
    Core(douyin_core::Error),
    /// Stdout could not be written.
    Output(std::io::Error),
    /// The reader closed the pipe (e.g. `| head`): not an error.
    ClosedPipe,
}

impl From<douyin_core::Error> for Failure {
    fn from(e: douyin_core::Error) -> Self {
        Failure::Core(e)
    }
}
