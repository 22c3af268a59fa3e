//! The one answer to "what does this link point at": a [`TargetKind`] and the id Douyin knows
//! it by. The core returns it, the app and the CLI hand it back as is (it serialises as
//! `{"kind": "post", "id": "…"}`), so no caller ever re-reads a kind string.

use serde::{Deserialize, Serialize};

/// What kind of thing a link or id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// A user profile, by `sec_user_id` (`MS4wLjABAAAA…`).
    User,
    /// A post (video, note, slides), by aweme id.
    Post,
    /// A mix (合集), by mix id.
    Mix,
    /// A live room, by its web id (`live.douyin.com/<web_rid>`).
    Live,
    /// A live room, by its internal 19-digit room id (app share links).
    LiveRoom,
    /// A share short link (`v.douyin.com`): the id is the URL, to be followed over the network.
    ShortLink,
}

impl TargetKind {
    /// Every kind, for exhaustive tests and pickers.
    pub const ALL: [TargetKind; 6] = [
        TargetKind::User,
        TargetKind::Post,
        TargetKind::Mix,
        TargetKind::Live,
        TargetKind::LiveRoom,
        TargetKind::ShortLink,
    ];

    /// Whether the final HTTP status of a followed link still names an id of this kind
    /// (http.md §8): a user page is read at 200 and at Douyin's 444 (which still names the page);
    /// every other kind needs a 2xx answer, so a post page that answers 444 fails.
    pub fn accepts_final_status(self, status: u16) -> bool {
        match self {
            TargetKind::User => status == 200 || status == 444,
            _ => (200..300).contains(&status),
        }
    }

    /// Whether this kind names a live room.
    pub fn is_live(self) -> bool {
        matches!(self, TargetKind::Live | TargetKind::LiveRoom)
    }

    /// The serialised name (`post`, `live_room`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::User => "user",
            TargetKind::Post => "post",
            TargetKind::Mix => "mix",
            TargetKind::Live => "live",
            TargetKind::LiveRoom => "live_room",
            TargetKind::ShortLink => "short_link",
        }
    }

    /// What the id of this kind is called, for messages.
    pub fn id_name(self) -> &'static str {
        match self {
            TargetKind::User => "user id",
            TargetKind::Post => "post id",
            TargetKind::Mix => "mix id",
            TargetKind::Live => "live room web id",
            TargetKind::LiveRoom => "live room id",
            TargetKind::ShortLink => "short link",
        }
    }
}

impl std::fmt::Display for TargetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TargetKind::User => "user",
            TargetKind::Post => "post",
            TargetKind::Mix => "mix",
            TargetKind::Live | TargetKind::LiveRoom => "live room",
            TargetKind::ShortLink => "short link",
        })
    }
}

/// What a link points at: a kind and its id (the URL itself for a short link).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LinkTarget {
    /// What the id names.
    pub kind: TargetKind,
    /// The id Douyin knows the target by.
    pub id: String,
}

impl LinkTarget {
    /// A target of `kind` with `id`.
    pub fn new(kind: TargetKind, id: impl Into<String>) -> Self {
        Self {
            kind,
            id: id.into(),
        }
    }

    /// Whether the target still has to be followed over the network.
    pub fn is_short_link(&self) -> bool {
        self.kind == TargetKind::ShortLink
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_serialise_as_kind_and_id_and_read_back() {
        let t = LinkTarget::new(TargetKind::LiveRoom, "7318296342189919011");
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "live_room", "id": "7318296342189919011"})
        );
        assert_eq!(serde_json::from_value::<LinkTarget>(json).unwrap(), t);
        for kind in TargetKind::ALL {
            let name = serde_json::to_value(kind).unwrap();
            assert_eq!(name, kind.as_str(), "as_str matches the serde name");
        }
        assert!(serde_json::from_value::<LinkTarget>(
            serde_json::json!({"kind": "room", "id": "1"})
        )
        .is_err());
    }

    #[test]
    fn final_statuses_follow_the_spec_per_kind() {
        assert!(TargetKind::User.accepts_final_status(200));
        assert!(TargetKind::User.accepts_final_status(444));
        assert!(!TargetKind::User.accepts_final_status(204));
        for kind in [
            TargetKind::Post,
            TargetKind::Mix,
            TargetKind::Live,
            TargetKind::LiveRoom,
        ] {
            assert!(kind.accepts_final_status(200), "{kind}");
            assert!(kind.accepts_final_status(204), "{kind}");
            assert!(!kind.accepts_final_status(444), "{kind}");
            assert!(!kind.accepts_final_status(404), "{kind}");
        }
    }
}
