//! The stored form of a session: versioned JSON with the cookies (all their attributes), the
//! account and when it was obtained. Read errors give a position, never the text.

use crate::account::Account;
use crate::cookie::{Cookie, CookieJar};
use crate::session::Session;
use serde::{Deserialize, Serialize};

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    obtained_at_ms: u64,
    #[serde(default)]
    account: Option<Account>,
    cookies: Vec<StoredCookie>,
}

#[derive(Serialize, Deserialize)]
struct StoredCookie {
    name: String,
    value: String,
    domain: String,
    path: String,
    #[serde(default)]
    secure: bool,
    #[serde(default)]
    http_only: bool,
    #[serde(default)]
    expires_s: Option<i64>,
}

/// The secret text for `session`.
pub(crate) fn encode(session: &Session) -> String {
    let stored = Stored {
        version: VERSION,
        obtained_at_ms: session.obtained_at_ms(),
        account: session.account().cloned(),
        cookies: session
            .jar()
            .cookies()
            .iter()
            .map(|c| StoredCookie {
                name: c.name.clone(),
                value: c.value.clone(),
                domain: c.domain.clone(),
                path: c.path.clone(),
                secure: c.secure,
                http_only: c.http_only,
                expires_s: c.expires_s,
            })
            .collect(),
    };
    // Plain structs of strings and numbers always serialise.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// The session in a secret text, or why it cannot be read (no content quoted).
pub(crate) fn decode(text: &str) -> Result<Session, String> {
    let stored: Stored = serde_json::from_str(text).map_err(|e| {
        format!(
            "the stored session is damaged (line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    if stored.version != VERSION {
        return Err(format!(
            "the stored session has format version {}, this build reads {VERSION}",
            stored.version
        ));
    }
    let mut jar = CookieJar::new();
    for c in stored.cookies {
        jar.insert(Cookie {
            name: c.name,
            value: c.value,
            domain: c.domain,
            path: c.path,
            secure: c.secure,
            http_only: c.http_only,
            expires_s: c.expires_s,
        });
    }
    Ok(Session::restore(jar, stored.account, stored.obtained_at_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage_without_content() {
        let mut jar = CookieJar::new();
        let mut c = Cookie::new("sessionid", "VALUE1");
        c.http_only = true;
        c.expires_s = Some(9);
        jar.insert(c);
        let s = Session::new(jar, 42);
        let text = encode(&s);
        assert_eq!(decode(&text).expect("round trip"), s);
        let err =
            decode(&text.replace("\"version\":1", "\"version\":\"VALUE1\"")).expect_err("bad");
        assert!(!err.contains("VALUE1"), "{err}");
        assert!(decode(&text.replace("\"version\":1", "\"version\":9")).is_err());
    }
}
