//! Session health, for a visible "logged in / session expired — log in again" indicator: the
//! state of the last check (a cheap login-only call) and the last risk-control, captcha or
//! login-required answer with its time. Every answer is classified once, by the core's
//! [`ErrorKind`]; this only folds the kinds into a state. Serialisable for the UI and kept in
//! the data dir (it holds no credential) so the CLI remembers it between commands.

use crate::AuthError;
use douyin_core::{Error, ErrorKind};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The health file's name in the data dir.
pub const HEALTH_FILE: &str = "session-health.json";

/// What is known about the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthState {
    /// No session is stored.
    LoggedOut,
    /// A session is stored but was not checked yet.
    Unchecked,
    /// The last check (or login) showed a logged-in account.
    Ok,
    /// Douyin answered "log in first" (or a guest identity) to the session: log in again.
    Expired,
    /// Douyin's risk control answered (captcha, empty answers, rate limiting): wait, or pass
    /// the verification in a browser.
    RiskControl,
    /// The check could not reach Douyin.
    Unreachable,
}

/// A traffic light for the indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    /// Logged in.
    Green,
    /// Working, but Douyin is pushing back or cannot be reached.
    Amber,
    /// Log in again.
    Red,
    /// Nothing to show (logged out, or not checked).
    Grey,
}

/// The kind of answer that hurt the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// `status_code` 2483 / 8 / HTTP 401: "please log in".
    LoginRequired,
    /// The verification (captcha) page.
    Captcha,
    /// Empty 200 answers (risk control or a rejected signature).
    RiskControl,
    /// HTTP 429.
    RateLimited,
}

/// The last problem answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Its kind.
    pub kind: ProblemKind,
    /// When, unix ms.
    pub at_ms: u64,
    /// The error's message (it names an endpoint path, never a cookie or signed URL).
    pub message: String,
}

/// The health of the stored session.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SessionHealth {
    /// The state.
    pub state: HealthState,
    /// When the state was last established by a check or a login, unix ms.
    pub checked_at_ms: Option<u64>,
    /// The last risk-control, captcha or login-required answer.
    pub last_problem: Option<Problem>,
}

/// The serialised form: the fields plus the derived light and `needs_login`.
#[derive(Serialize)]
struct HealthView<'a> {
    state: HealthState,
    light: Light,
    needs_login: bool,
    checked_at_ms: Option<u64>,
    last_problem: &'a Option<Problem>,
}

impl Serialize for SessionHealth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        HealthView {
            state: self.state,
            light: self.light(),
            needs_login: self.needs_login(),
            checked_at_ms: self.checked_at_ms,
            last_problem: &self.last_problem,
        }
        .serialize(s)
    }
}

impl SessionHealth {
    /// No session.
    pub fn logged_out() -> Self {
        Self::with(HealthState::LoggedOut, None)
    }

    /// A stored session not checked yet.
    pub fn unchecked() -> Self {
        Self::with(HealthState::Unchecked, None)
    }

    /// A session that a check or a login just proved at `now_ms`. The last problem stays as
    /// history; the state says it is over.
    pub fn logged_in(&mut self, now_ms: u64) {
        self.state = HealthState::Ok;
        self.checked_at_ms = Some(now_ms);
    }

    fn with(state: HealthState, checked_at_ms: Option<u64>) -> Self {
        Self {
            state,
            checked_at_ms,
            last_problem: None,
        }
    }

    /// Folds a failed Douyin answer seen at `now_ms` into the health; `true` when it was a
    /// session problem (login required, captcha, risk control, rate limit). Other failures
    /// (a deleted post, the network) say nothing about the session and are ignored.
    pub fn record_error(&mut self, error: &Error, now_ms: u64) -> bool {
        self.record_kind(error.kind(), &error.to_string(), now_ms)
    }

    /// As [`Self::record_error`], for a failure known by its kind and message (a download
    /// job's error, as the engine reports it).
    pub fn record_kind(&mut self, kind: ErrorKind, message: &str, now_ms: u64) -> bool {
        let kind = match kind {
            ErrorKind::LoginRequired => ProblemKind::LoginRequired,
            ErrorKind::Captcha => ProblemKind::Captcha,
            ErrorKind::EmptyResponse => ProblemKind::RiskControl,
            ErrorKind::RateLimited => ProblemKind::RateLimited,
            _ => return false,
        };
        self.last_problem = Some(Problem {
            kind,
            at_ms: now_ms,
            message: message.to_owned(),
        });
        self.state = match (self.state, kind) {
            // "Log in first" with no session at all is no news about a session.
            (HealthState::LoggedOut, _) => HealthState::LoggedOut,
            (_, ProblemKind::LoginRequired) => HealthState::Expired,
            // An expired session stays expired until a login, whatever else answers.
            (HealthState::Expired, _) => HealthState::Expired,
            _ => HealthState::RiskControl,
        };
        true
    }

    /// Folds the result of a session check ([`crate::verify`]) made at `now_ms`.
    pub fn record_check(&mut self, check: &Result<crate::Account, AuthError>, now_ms: u64) {
        self.checked_at_ms = Some(now_ms);
        match check {
            Ok(_) => self.logged_in(now_ms),
            Err(AuthError::SessionRejected) => {
                self.state = HealthState::Expired;
                self.last_problem = Some(Problem {
                    kind: ProblemKind::LoginRequired,
                    at_ms: now_ms,
                    message: AuthError::SessionRejected.to_string(),
                });
            }
            Err(AuthError::Core(e)) if self.record_error(e, now_ms) => {}
            Err(_) => self.state = HealthState::Unreachable,
        }
    }

    /// The indicator colour.
    pub fn light(&self) -> Light {
        match self.state {
            HealthState::Ok => Light::Green,
            HealthState::Expired => Light::Red,
            HealthState::RiskControl | HealthState::Unreachable => Light::Amber,
            HealthState::LoggedOut | HealthState::Unchecked => Light::Grey,
        }
    }

    /// Whether the user must log in (again) for login-only lists to work.
    pub fn needs_login(&self) -> bool {
        matches!(self.state, HealthState::LoggedOut | HealthState::Expired)
    }

    /// One English sentence for the CLI (the app words each state itself, in both languages).
    pub fn summary(&self) -> &'static str {
        match self.state {
            HealthState::LoggedOut => "not logged in — run `douyin login`",
            HealthState::Unchecked => "logged in (not checked yet)",
            HealthState::Ok => "logged in",
            HealthState::Expired => "session expired — log in again",
            HealthState::RiskControl => {
                "Douyin's risk control is answering — wait, or pass the verification on douyin.com"
            }
            HealthState::Unreachable => "could not check: Douyin was not reachable",
        }
    }
}

/// The health kept next to the session in the data dir.
#[derive(Debug, Clone)]
pub struct HealthLog {
    path: PathBuf,
}

impl HealthLog {
    /// The log of `data_dir`.
    pub fn new(data_dir: impl AsRef<Path>) -> Self {
        Self {
            path: data_dir.as_ref().join(HEALTH_FILE),
        }
    }

    /// The kept health, or `None` (none kept, or unreadable: health is advisory).
    pub fn load(&self) -> Option<SessionHealth> {
        let text = crate::store::read_file(&self.path).ok()??;
        serde_json::from_str(&text).ok()
    }

    /// Keeps `health`.
    ///
    /// # Errors
    /// [`AuthError::Store`] when the file cannot be written.
    pub fn save(&self, health: &SessionHealth) -> Result<(), AuthError> {
        let text = serde_json::to_string(health).unwrap_or_default();
        crate::store::write_file(&self.path, &text)
    }

    /// Forgets the health (logout).
    ///
    /// # Errors
    /// [`AuthError::Store`] when the file cannot be removed.
    pub fn clear(&self) -> Result<(), AuthError> {
        crate::store::remove_file(&self.path).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn login_required() -> Error {
        Error::LoginRequired {
            endpoint: "/aweme/v1/web/aweme/listcollection/".into(),
            code: 2483,
            message: "请先登录".into(),
        }
    }

    #[test]
    fn login_required_turns_red_and_a_login_turns_green() {
        let mut h = SessionHealth::unchecked();
        h.logged_in(10);
        assert_eq!(h.light(), Light::Green);
        assert!(h.record_error(&login_required(), 20));
        assert_eq!((h.state, h.light()), (HealthState::Expired, Light::Red));
        assert!(h.needs_login());
        let p = h.last_problem.clone().expect("problem");
        assert_eq!((p.kind, p.at_ms), (ProblemKind::LoginRequired, 20));
        // A captcha later does not hide that the session is gone.
        h.record_error(
            &Error::Captcha {
                endpoint: "/x/".into(),
            },
            30,
        );
        assert_eq!(h.state, HealthState::Expired);
        h.logged_in(40);
        assert_eq!((h.light(), h.checked_at_ms), (Light::Green, Some(40)));
    }

    #[test]
    fn risk_control_is_amber_and_other_failures_are_ignored() {
        let mut h = SessionHealth::unchecked();
        h.logged_in(1);
        let empty = Error::EmptyResponse {
            endpoint: "/x/".into(),
            attempts: 5,
        };
        assert!(h.record_error(&empty, 2));
        assert_eq!(h.light(), Light::Amber);
        let gone = Error::NotFound {
            endpoint: "/x/".into(),
        };
        assert!(!h.record_error(&gone, 3));
        assert_eq!(h.last_problem.as_ref().map(|p| p.at_ms), Some(2));
        let mut out = SessionHealth::logged_out();
        out.record_error(&login_required(), 5);
        assert_eq!(out.state, HealthState::LoggedOut);
    }

    #[test]
    fn serialises_with_light_and_reads_back() {
        let mut h = SessionHealth::unchecked();
        h.record_error(&login_required(), 7);
        let v = serde_json::to_value(&h).expect("json");
        assert_eq!(v["state"], "expired");
        assert_eq!(v["light"], "red");
        assert_eq!(v["needs_login"], true);
        assert_eq!(v["last_problem"]["kind"], "login_required");
        let back: SessionHealth = serde_json::from_value(v).expect("read back");
        assert_eq!(back, h);
    }
}
