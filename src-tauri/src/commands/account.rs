//! The Douyin account: session health (with a cheap login-only check), cookie import (pasted
//! or a file's text), QR login drawn as an image, the login window on the douyin.com page (or
//! the emulator's `/login`) whose cookies are read back once the session cookie appears, and
//! logout. After each change the running client uses the new cookie (no restart).

use crate::error::CommandError;
use crate::events::SESSION;
use crate::state::{now_ms, AppState};
use douyin_auth::qr::QrLogin;
use douyin_auth::{
    import_cookies, refresh_account, Account, ImportFormat, Session, SessionHealth, WebviewCookie,
};
use douyin_core::api::Douyin;
use serde::Serialize;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime, State, Url, WebviewUrl, WebviewWindowBuilder};
use ts_rs::TS;

/// The login window's label.
pub const LOGIN_WINDOW: &str = "login";
/// How often the login window's cookies are read.
const LOGIN_POLL: Duration = Duration::from_millis(700);
/// How long the login window waits for a login.
const LOGIN_WAIT: Duration = Duration::from_secs(600);

/// The account view: who is logged in and how the session is.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountView {
    /// The account, once a check named it.
    #[ts(type = "Record<string, unknown> | null")]
    pub account: Option<Account>,
    /// The session's health (state, light, needsLogin, last problem).
    #[ts(type = "Record<string, unknown>")]
    pub health: SessionHealth,
    /// Where the session is kept (`keyring` or `file`), when one is.
    pub stored_in: Option<String>,
}

fn view(state: &AppState) -> AccountView {
    let loaded = state.sessions.load().ok().flatten();
    let health = match (&loaded, state.health.load()) {
        (None, _) => SessionHealth::logged_out(),
        (Some(_), Some(h)) => h,
        (Some(_), None) => SessionHealth::unchecked(),
    };
    AccountView {
        account: loaded.as_ref().and_then(|(s, _)| s.account().cloned()),
        health,
        stored_in: loaded.map(|(_, at)| match at {
            douyin_auth::StoredIn::Keyring => "keyring".into(),
            douyin_auth::StoredIn::File { .. } => "file".into(),
        }),
    }
}

/// Sends the account view to the UI as a [`SESSION`] event, and answers it.
pub fn announce<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> AccountView {
    let v = view(state);
    let _ = app.emit(SESSION, &v);
    v
}

/// A job failed with `error`: when it says something about the session (login required,
/// captcha, risk control, rate limit), the health keeps it and the UI hears at once, so the
/// account light turns red with "log in again" instead of jobs failing silently.
pub fn job_failed<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    error: &douyin_store::ErrorInfo,
) {
    if state.sessions.load().ok().flatten().is_none() {
        return;
    }
    let mut health = state.health.load().unwrap_or_else(SessionHealth::unchecked);
    if health.record_kind(error.kind, &error.message, crate::state::now_ms())
        && state.health.save(&health).is_ok()
    {
        announce(app, state);
    }
}

/// The account and the session's health as last known.
#[tauri::command]
pub fn account_status(state: State<'_, AppState>) -> AccountView {
    view(&state)
}

/// Checks the session now with a login-only call and records the result.
#[tauri::command]
pub async fn account_check<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<AccountView, CommandError> {
    let Some((mut session, _)) = state.sessions.load()? else {
        return Ok(view(&state));
    };
    let check = refresh_account(&state.services().api, &mut session).await;
    let mut health = state.health.load().unwrap_or_else(SessionHealth::unchecked);
    health.record_check(&check, now_ms());
    state.health.save(&health)?;
    if check.is_ok() {
        state.sessions.save(&session)?;
    }
    Ok(announce(&app, &state))
}

/// Checks `session` with Douyin, keeps it and switches the client to it.
async fn adopt<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    mut session: Session,
) -> Result<AccountView, CommandError> {
    let config = state
        .settings()
        .client_config(state.launch.api_base.clone(), session.cookie_header());
    let client =
        douyin_core::client::DouyinClient::new(config, douyin_core::client::ClientWorld::system())?;
    refresh_account(&Douyin::new(client), &mut session).await?;
    state.keep_session(&session, true).await?;
    Ok(announce(app, state))
}

/// Imports cookies (a `Cookie:` header, a Netscape cookies.txt or cookie-editor JSON, as
/// pasted or read from a file by the UI), checks them and logs in with them.
#[tauri::command]
pub async fn account_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    text: String,
) -> Result<AccountView, CommandError> {
    if text.len() > 1 << 20 {
        return Err(CommandError::invalid_input(
            "a cookie file is at most 1 MB; choose the cookies.txt of douyin.com",
        ));
    }
    let now = now_ms();
    let imported = import_cookies(
        &text,
        ImportFormat::Auto,
        i64::try_from(now / 1000).unwrap_or(i64::MAX),
    )?;
    if !imported.jar.has_session_cookie() {
        return Err(douyin_auth::AuthError::NoSessionCookie.into());
    }
    adopt(&app, &state, Session::from_import(imported, now)).await
}

/// Logs out: the stored session is deleted and the client sends no cookie.
#[tauri::command]
pub async fn account_logout<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<AccountView, CommandError> {
    state.sessions.delete()?;
    state.health.clear()?;
    state.use_cookie(String::new()).await?;
    Ok(announce(&app, &state))
}

/// A QR login ticket to show.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QrTicket {
    /// The QR code as a PNG `data:` URL.
    pub image: String,
    /// The link it encodes.
    pub scan_url: String,
    /// When it expires, unix ms.
    pub expires_at_ms: Option<u64>,
}

/// Starts a QR login (scan with the Douyin app).
#[tauri::command]
pub async fn account_qr_start(state: State<'_, AppState>) -> Result<QrTicket, CommandError> {
    let login = QrLogin::start(&state.services().client).await?;
    let ticket = QrTicket {
        image: login.png_data_url(6)?,
        scan_url: login.scan_url().to_owned(),
        expires_at_ms: login.expires_at_ms(),
    };
    *state.qr.lock().await = Some(login);
    Ok(ticket)
}

/// Where a QR login is.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QrStatus {
    /// `waiting`, `scanned` or `confirmed`.
    pub progress: String,
    /// Once confirmed: the account view.
    pub account: Option<AccountView>,
}

/// Polls the QR login once; on confirmation logs in.
#[tauri::command]
pub async fn account_qr_poll<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<QrStatus, CommandError> {
    let mut slot = state.qr.lock().await;
    let Some(login) = slot.as_ref() else {
        return Err(CommandError::invalid_input(
            "no QR login is in progress; show a new QR code",
        ));
    };
    let polled = login.poll().await;
    let session = match polled {
        Ok(Ok(session)) => session,
        Ok(Err(p)) => {
            let progress = serde_json::to_value(p)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            return Ok(QrStatus {
                progress,
                account: None,
            });
        }
        Err(e) => {
            *slot = None;
            return Err(e.into());
        }
    };
    *slot = None;
    drop(slot);
    let account = adopt(&app, &state, session).await?;
    Ok(QrStatus {
        progress: "confirmed".into(),
        account: Some(account),
    })
}

/// The page the login window opens: the emulator's `/login` offline, else douyin.com.
fn login_url(state: &AppState) -> Result<Url, CommandError> {
    let text = match state.launch.api_base.as_deref() {
        Some(base) => format!("{}/login", base.trim_end_matches('/')),
        None => "https://www.douyin.com/".to_owned(),
    };
    Url::parse(&text)
        .map_err(|_| CommandError::invalid_input("the login page address is not a URL"))
}

/// Maps the webview's cookies into the session's form. The emulator stands in for
/// www.douyin.com, so its host-only cookies count as that host's.
fn webview_cookies(
    page: &Url,
    cookies: Vec<tauri::webview::Cookie<'static>>,
) -> Vec<WebviewCookie> {
    let stand_in = page
        .host_str()
        .filter(|h| !douyin_auth::is_douyin_domain(h))
        .map(str::to_owned);
    cookies
        .into_iter()
        .map(|c| WebviewCookie {
            name: c.name().to_owned(),
            value: c.value().to_owned(),
            domain: c
                .domain()
                .map(|d| d.trim_start_matches('.').to_owned())
                .filter(|d| Some(d) != stand_in.as_ref()),
            path: c.path().map(str::to_owned),
            secure: c.secure().unwrap_or(false),
            http_only: c.http_only().unwrap_or(false),
            expires_s: c.expires_datetime().map(|t| t.unix_timestamp()),
        })
        .collect()
}

/// Opens the login window; once its page has logged in, the cookies are read back, checked
/// and kept, the window closes and the account view is announced (`session` event).
#[tauri::command]
pub async fn account_login_window<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    let url = login_url(&state)?;
    if let Some(w) = app.get_webview_window(LOGIN_WINDOW) {
        let _ = w.set_focus();
        return Ok(());
    }
    let window = WebviewWindowBuilder::new(&app, LOGIN_WINDOW, WebviewUrl::External(url.clone()))
        .title("登录抖音 · Log in to Douyin")
        .inner_size(480.0, 720.0)
        .build()?;
    let app2 = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = app2.state::<AppState>();
        let started = std::time::Instant::now();
        while started.elapsed() < LOGIN_WAIT {
            tokio::time::sleep(LOGIN_POLL).await;
            // The user closed the window.
            if app2.get_webview_window(LOGIN_WINDOW).is_none() {
                return;
            }
            let Ok(cookies) = window.cookies_for_url(url.clone()) else {
                continue;
            };
            let Ok(session) = Session::from_webview_cookies(
                "www.douyin.com",
                webview_cookies(&url, cookies),
                now_ms(),
            ) else {
                continue;
            };
            match adopt(&app2, &state, session).await {
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(kind = ?e.kind, "the login window's session was refused");
                    let _ = app2.emit(SESSION, &view(&state));
                }
            }
            let _ = window.close();
            return;
        }
        let _ = window.close();
    });
    Ok(())
}
