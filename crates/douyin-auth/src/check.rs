//! Checking a session with a cheap login-only call (`query/user`, spec http.md §4): a
//! logged-in cookie is answered with the account's `user_uid`; an expired one with "log in
//! first" (2483) or, when a guest `ttwid` is still in the jar, with a guest identity (uid 0).

use crate::account::Account;
use crate::session::Session;
use crate::AuthError;
use douyin_core::api::{Douyin, Fetch};
use douyin_core::ErrorKind;

/// The account the client's cookie is logged in as.
///
/// # Errors
/// [`AuthError::SessionRejected`] when Douyin answers "log in first" or a guest identity;
/// [`AuthError::Core`] for every other failure (network, risk control, captcha...).
pub async fn verify<F: Fetch + 'static>(
    api: &Douyin<F>,
    obtained_at_ms: u64,
) -> Result<Account, AuthError> {
    match api.query_user().await {
        Ok(answer) => Account::from_query_user(&answer.typed, obtained_at_ms)
            .ok_or(AuthError::SessionRejected),
        Err(e) if e.kind() == ErrorKind::LoginRequired => Err(AuthError::SessionRejected),
        Err(e) => Err(e.into()),
    }
}

/// Verifies `session` through `api` (whose client must send this session's cookie) and, when it
/// is logged in, records the account, keeping the profile fields already known for the same
/// uid.
///
/// # Errors
/// As [`verify`].
pub async fn refresh_account<F: Fetch + 'static>(
    api: &Douyin<F>,
    session: &mut Session,
) -> Result<Account, AuthError> {
    let mut account = verify(api, session.obtained_at_ms()).await?;
    if let Some(old) = session.account().filter(|a| a.uid == account.uid) {
        account.sec_uid = old.sec_uid.clone();
        account.nickname = old.nickname.clone();
        account.avatar_url = old.avatar_url.clone();
    }
    session.set_account(account.clone());
    Ok(account)
}
