//! `douyin whoami`: the stored account and the session's health — checked now with a cheap
//! login-only call (`--offline`: as last recorded) — with the last risk-control, captcha or
//! login-required answer. Exit 0 when logged in, 3 when a login is needed, 4 under risk control,
//! 5 when Douyin could not be reached. Never prints the cookie.

use crate::exit;
use crate::session::{self, ConnectArgs, SessionArgs};
use douyin_auth::{refresh_account, AuthError, HealthState, SessionHealth};
use douyin_core::api::Douyin;
use douyin_core::timefmt::{timestamp_2_str, utc_plus_8, TimestampInput};
use serde_json::json;
use std::process::ExitCode;

/// Options of `douyin whoami`.
#[derive(Debug, clap::Args)]
pub struct WhoamiArgs {
    /// Do not ask Douyin; show the health as last recorded.
    #[arg(long)]
    pub offline: bool,
    /// Print the account and health as JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub connect: ConnectArgs,
}

/// Runs `douyin whoami`.
pub fn run(args: WhoamiArgs, session_args: &SessionArgs) -> ExitCode {
    crate::commands::block_on(async {
        match whoami(&args, session_args).await {
            Ok(health) => ExitCode::from(match health.state {
                HealthState::Ok | HealthState::Unchecked => 0,
                HealthState::LoggedOut | HealthState::Expired => exit::LOGIN_REQUIRED,
                HealthState::RiskControl => exit::RISK_CONTROL,
                HealthState::Unreachable => exit::NETWORK,
            }),
            Err(e) => exit::report_auth(&e),
        }
    })
}

async fn whoami(args: &WhoamiArgs, session_args: &SessionArgs) -> Result<SessionHealth, AuthError> {
    let store = session_args.store()?;
    let log = session_args.health_log()?;
    let Some((mut session, stored_in)) = store.load()? else {
        let health = SessionHealth::logged_out();
        print(args, None, &health, None);
        return Ok(health);
    };
    let mut health = log.load().unwrap_or_else(SessionHealth::unchecked);
    if health.state == HealthState::LoggedOut {
        health.state = HealthState::Unchecked;
    }
    if !args.offline {
        let api = Douyin::new(args.connect.client(session.cookie_header())?);
        let before = session.account().cloned();
        let checked = refresh_account(&api, &mut session).await;
        health.record_check(&checked, session::now_ms());
        if checked.is_ok() && session.account().cloned() != before {
            store.save(&session)?;
        }
        // Health is advisory; an unwritable data dir must not hide the answer.
        let _ = log.save(&health);
    }
    print(args, session.account(), &health, Some(&stored_in));
    Ok(health)
}

fn print(
    args: &WhoamiArgs,
    account: Option<&douyin_auth::Account>,
    health: &SessionHealth,
    stored_in: Option<&douyin_auth::StoredIn>,
) {
    if args.json {
        println!(
            "{}",
            json!({
                "logged_in": health.state == HealthState::Ok,
                "account": account,
                "health": health,
                "stored_in": stored_in,
            })
        );
        return;
    }
    match account {
        Some(a) => {
            println!("Account: {} (uid {})", a.display_name(), a.uid);
            if let Some(s) = &a.sec_uid {
                println!("sec_uid: {s}");
            }
            println!("Logged in since: {}", when(a.obtained_at_ms));
        }
        None if stored_in.is_some() => println!("Account: not checked yet"),
        None => {}
    }
    println!("Session: {}", health.summary());
    if let Some(t) = health.checked_at_ms {
        println!("Checked: {}", when(t));
    }
    if let Some(p) = &health.last_problem {
        println!("Last problem ({}): {}", when(p.at_ms), p.message);
    }
    if let Some(s) = stored_in {
        println!("{}", crate::commands::login::where_kept(s));
    }
}

/// A unix-ms time as `YYYY-MM-DD HH:MM:SS (UTC+8)`, Douyin's clock.
fn when(ms: u64) -> String {
    let secs = (ms / 1000).to_string();
    timestamp_2_str(
        TimestampInput::Text(&secs),
        "%Y-%m-%d %H:%M:%S",
        utc_plus_8(),
        0,
    )
    .map_or(secs, |t| format!("{t} (UTC+8)"))
}
