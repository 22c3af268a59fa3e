//! The logged-in account as the UI shows it: ids from `query/user`, and the profile's nickname
//! and avatar when known. No credential lives here, so it may be printed and serialised.

use douyin_core::models::{first_url, QueryUserResponse, UserProfile};
use serde::{Deserialize, Serialize};

/// Who is logged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// The numeric user id (`query/user`'s `user_uid`).
    pub uid: String,
    /// The web device id Douyin ties to the session (`query/user`'s `id`), if given.
    #[serde(default)]
    pub user_unique_id: Option<String>,
    /// The public id (`sec_uid`), when a profile was read.
    #[serde(default)]
    pub sec_uid: Option<String>,
    /// The display name, when a profile was read.
    #[serde(default)]
    pub nickname: Option<String>,
    /// The avatar picture URL, when a profile was read.
    #[serde(default)]
    pub avatar_url: Option<String>,
    /// When the session was obtained (login or import), unix ms.
    pub obtained_at_ms: u64,
}

impl Account {
    /// The account a `query/user` answer names, or `None` for a guest answer (no uid, or uid
    /// `0`: Douyin answers a guest `ttwid` with a device id only).
    pub fn from_query_user(answer: &QueryUserResponse, obtained_at_ms: u64) -> Option<Self> {
        let uid = answer
            .user_uid
            .as_ref()
            .map(|u| u.as_str().trim().to_owned())
            .filter(|u| !u.is_empty() && u != "0")?;
        Some(Self {
            uid,
            user_unique_id: answer
                .id
                .as_ref()
                .map(|i| i.as_str().to_owned())
                .filter(|i| !i.is_empty()),
            sec_uid: None,
            nickname: None,
            avatar_url: None,
            obtained_at_ms,
        })
    }

    /// Fills the public id, nickname and avatar from this account's profile (ignored when the
    /// profile is someone else's).
    pub fn set_profile(&mut self, profile: &UserProfile) {
        let uid = profile.uid.as_ref().map(|u| u.as_str());
        if uid.is_some_and(|u| u != self.uid) {
            return;
        }
        if let Some(s) = profile.sec_uid.clone().filter(|s| !s.is_empty()) {
            self.sec_uid = Some(s);
        }
        if let Some(n) = profile.nickname.clone().filter(|n| !n.is_empty()) {
            self.nickname = Some(n);
        }
        let avatar = first_url(&profile.avatar_larger).or_else(|| first_url(&profile.avatar_thumb));
        if let Some(a) = avatar {
            self.avatar_url = Some(a.to_owned());
        }
    }

    /// How the account is named to the user: the nickname, else `uid <uid>`.
    pub fn display_name(&self) -> String {
        self.nickname
            .clone()
            .unwrap_or_else(|| format!("uid {}", self.uid))
    }
}
