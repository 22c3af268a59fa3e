//! `douyin login`: log in by QR code (the default; scanned with the Douyin app) or by importing
//! cookies (`--cookie-file F`, `-` for stdin, or `--cookie-header S`), check the session with a
//! login-only call, and keep it in the store. Prompts and the QR code go to stderr; the result
//! goes to stdout (`--json` for a script). The cookie itself is never printed.

use crate::exit;
use crate::session::{self, ConnectArgs, SessionArgs};
use clap::{Args, ValueEnum};
use douyin_auth::qr::{QrLogin, QrOptions, QrProgress};
use douyin_auth::{import_cookies, refresh_account, AuthError, ImportFormat, Imported, Session};
use douyin_core::api::Douyin;
use serde_json::json;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Options of `douyin login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Log in by scanning a QR code with the Douyin app (the default).
    #[arg(long, conflicts_with_all = ["cookie_file", "cookie_header"])]
    pub qr: bool,
    /// Import the cookies of www.douyin.com from a file: a Netscape cookies.txt, cookie-editor
    /// JSON or a Cookie header; `-` reads stdin.
    #[arg(long, value_name = "FILE", conflicts_with = "cookie_header")]
    pub cookie_file: Option<PathBuf>,
    /// Import a Cookie header string (visible to other users in the process list; prefer
    /// --cookie-file -).
    #[arg(long, value_name = "COOKIE")]
    pub cookie_header: Option<crate::secret::Secret>,
    /// The format of the imported cookies.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub format: Format,
    /// Keep the imported cookies without checking them with Douyin.
    #[arg(long)]
    pub no_check: bool,
    /// Poll the QR login every this many ms.
    #[arg(long, value_name = "MS", default_value_t = 2_000)]
    pub poll_ms: u64,
    /// Give up the QR login after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 180)]
    pub wait_secs: u64,
    /// Draw the QR code for a light terminal background (dark modules drawn).
    #[arg(long)]
    pub light_terminal: bool,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub connect: ConnectArgs,
}

/// Cookie file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Detect from the content.
    Auto,
    /// A Cookie header (`a=1; b=2`).
    Header,
    /// Netscape cookies.txt.
    Netscape,
    /// cookie-editor JSON.
    Json,
}

/// Runs `douyin login`.
pub fn run(args: LoginArgs, session_args: &SessionArgs) -> ExitCode {
    crate::commands::block_on(async {
        match login(&args, session_args).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => exit::report_auth(&e),
        }
    })
}

async fn login(args: &LoginArgs, session_args: &SessionArgs) -> Result<(), AuthError> {
    let import = args.cookie_file.is_some() || args.cookie_header.is_some();
    let (mut session, imported) = match (&args.cookie_file, &args.cookie_header) {
        _ if args.qr || !import => (qr(args).await?, None),
        (file, header) => {
            let text = match (file, header) {
                (Some(path), _) => read_input(path)?,
                (None, Some(h)) => h.clone().into_inner(),
                (None, None) => String::new(),
            };
            let now = session::now_ms();
            let imported = import_cookies(
                &text,
                args.format.into(),
                i64::try_from(now / 1000).unwrap_or(i64::MAX),
            )?;
            if !imported.jar.has_session_cookie() {
                return Err(AuthError::NoSessionCookie);
            }
            (Session::new(imported.jar.clone(), now), Some(imported))
        }
    };
    let check = !(args.no_check && imported.is_some());
    if check {
        let api = Douyin::new(args.connect.client(session.cookie_header())?);
        refresh_account(&api, &mut session).await?;
    }
    let stored = session::keep(session_args, &session, check)?;
    if args.json {
        println!(
            "{}",
            json!({
                "logged_in": true,
                "account": session.account(),
                "checked": session.account().is_some(),
                "stored_in": stored,
                "imported": imported.as_ref().map(summary),
            })
        );
    } else {
        let who = session
            .account()
            .map_or_else(|| "an unchecked session".to_owned(), |a| a.display_name());
        println!("Logged in as {who}.");
        if let Some(i) = &imported {
            println!(
                "Imported {} douyin.com cookie(s) ({} of other sites and {} expired left out).",
                i.jar.len(),
                i.foreign,
                i.expired
            );
        }
        println!("{}", where_kept(&stored));
    }
    Ok(())
}

fn summary(i: &Imported) -> serde_json::Value {
    json!({
        "format": i.format,
        "cookies": i.jar.len(),
        "names": i.jar.names(),
        "foreign_left_out": i.foreign,
        "expired_left_out": i.expired,
    })
}

/// Where the session went, for people.
pub fn where_kept(stored: &douyin_auth::StoredIn) -> String {
    match stored {
        douyin_auth::StoredIn::Keyring => "The login is kept in the system keyring.".into(),
        douyin_auth::StoredIn::File {
            path,
            keyring_unavailable,
        } => {
            let why = keyring_unavailable
                .as_deref()
                .map(|r| format!(" (no system keyring: {r})"))
                .unwrap_or_default();
            format!(
                "The login is kept in {} (readable by you only){why}.",
                path.display()
            )
        }
    }
}

fn read_input(path: &std::path::Path) -> Result<String, AuthError> {
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().take(1 << 20).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(1 << 20).read_to_end(&mut bytes))
    };
    read.map_err(|e| AuthError::Store {
        backend: path.display().to_string(),
        action: "read",
        reason: e.to_string(),
    })?;
    // Exporters on Windows sometimes write Latin-1 or UTF-16; cookies themselves are ASCII.
    String::from_utf8(bytes).map_err(|_| AuthError::Import {
        format: "cookie file",
        at: douyin_auth::Location::Line(1),
        reason: "the file is not UTF-8 text".into(),
    })
}

async fn qr(args: &LoginArgs) -> Result<Session, AuthError> {
    let client = args.connect.client(String::new())?;
    let login = QrLogin::start(&client).await?;
    eprintln!("Scan this QR code with the Douyin app (抖音扫码登录), then confirm on the phone:\n");
    eprintln!("{}", login.terminal_art(!args.light_terminal)?);
    eprintln!("Or open this link on the phone: {}", login.scan_url());
    let options = QrOptions {
        poll_every: Duration::from_millis(args.poll_ms.max(100)),
        max_wait: Duration::from_secs(args.wait_secs),
    };
    login
        .wait(options, |p| {
            eprintln!(
                "{}",
                match p {
                    QrProgress::Waiting => "Waiting for the scan…",
                    QrProgress::Scanned => "Scanned: confirm the login on the phone…",
                    QrProgress::Confirmed => "Confirmed.",
                }
            );
        })
        .await
}

impl From<Format> for ImportFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Auto => ImportFormat::Auto,
            Format::Header => ImportFormat::Header,
            Format::Netscape => ImportFormat::Netscape,
            Format::Json => ImportFormat::Json,
        }
    }
}
