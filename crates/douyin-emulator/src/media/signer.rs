//! Expiring signed media URLs: `x-expires` + `x-signature` over the path and query before them.

use crate::sign::codec::{hex, md5};

/// Signs and checks media URLs; knows the configured media sizes.
#[derive(Debug, Clone)]
pub struct MediaSigner {
    /// Secret mixed into signatures (derived from the seed).
    pub secret: u64,
    /// Lifetime of a media URL, s.
    pub ttl_s: u64,
    /// Size of the top video rendition, bytes.
    pub video_bytes: u64,
    /// Size of a music file, bytes.
    pub audio_bytes: u64,
}

/// Why a media URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlCheck {
    /// Valid and not expired.
    Ok,
    /// Missing or wrong signature.
    BadSignature,
    /// Past its `x-expires`.
    Expired,
}

impl MediaSigner {
    fn mac(&self, unsigned: &str, expires: u64) -> String {
        hex(&md5(
            format!("{}|{unsigned}|{expires}", self.secret).as_bytes()
        ))[..20]
            .to_string()
    }

    /// `path_and_query` + `x-expires` + `x-signature`.
    pub fn sign(&self, path_and_query: &str, now_s: u64) -> String {
        let expires = now_s + self.ttl_s;
        let sep = if path_and_query.contains('?') {
            '&'
        } else {
            '?'
        };
        format!(
            "{path_and_query}{sep}x-expires={expires}&x-signature={}",
            self.mac(path_and_query, expires)
        )
    }

    /// Checks a received path+query signed by [`MediaSigner::sign`].
    pub fn check(&self, path_and_query: &str, now_s: u64) -> UrlCheck {
        let Some(pos) = path_and_query.rfind("x-expires=") else {
            return UrlCheck::BadSignature;
        };
        if pos == 0 {
            return UrlCheck::BadSignature;
        }
        let unsigned = &path_and_query[..pos - 1];
        let rest = &path_and_query[pos + "x-expires=".len()..];
        let Some((exp, sig)) = rest.split_once("&x-signature=") else {
            return UrlCheck::BadSignature;
        };
        let Ok(expires) = exp.parse::<u64>() else {
            return UrlCheck::BadSignature;
        };
        if self.mac(unsigned, expires) != sig {
            return UrlCheck::BadSignature;
        }
        if now_s > expires {
            return UrlCheck::Expired;
        }
        UrlCheck::Ok
    }
}
