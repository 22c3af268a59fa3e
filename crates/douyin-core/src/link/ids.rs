//! Reading ids out of a (final, redirected) URL by path segment and query parameter, with each
//! id cut to its character set so text glued to a pasted link never leaks into an id.

use super::urls::is_short_link_host;
use super::{LinkError, LinkTarget, TargetKind};
use url::Url;

/// The prefix every `sec_user_id` starts with.
const SEC_UID_PREFIX: &str = "MS4wLjABAAAA";

fn is_sec_uid_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Whether `s` on its own is a `sec_user_id`.
pub(super) fn is_sec_user_id(s: &str) -> bool {
    s.len() > SEC_UID_PREFIX.len()
        && s.starts_with(SEC_UID_PREFIX)
        && s.chars().all(is_sec_uid_char)
}

/// The non-empty prefix of `s` made of characters accepted by `ok`.
fn prefix_of(s: &str, ok: impl Fn(char) -> bool) -> Option<&str> {
    let end = s.find(|c: char| !ok(c)).unwrap_or(s.len());
    (end > 0).then(|| &s[..end])
}

fn digits(s: &str) -> Option<&str> {
    prefix_of(s, |c| c.is_ascii_digit())
}

/// A parsed link with the lookups each id kind needs.
struct LinkUrl {
    url: Url,
}

impl LinkUrl {
    fn new(text: &str) -> Result<Self, LinkError> {
        Url::parse(text)
            .map(|url| LinkUrl { url })
            .map_err(|_| LinkError::InvalidUrl)
    }

    fn segments(&self) -> Vec<&str> {
        self.url
            .path_segments()
            .map(|s| s.filter(|p| !p.is_empty()).collect())
            .unwrap_or_default()
    }

    fn host(&self) -> &str {
        self.url.host_str().unwrap_or("")
    }

    /// The segment after the first `marker` segment whose successor yields an id.
    fn after<'a>(
        segments: &[&'a str],
        markers: &[&str],
        id: impl Fn(&'a str) -> Option<&'a str>,
    ) -> Option<String> {
        segments
            .windows(2)
            .filter(|w| markers.contains(&w[0]))
            .find_map(|w| id(w[1]))
            .map(str::to_owned)
    }

    fn query(&self, names: &[&str], id: impl Fn(&str) -> Option<&str>) -> Option<String> {
        self.url
            .query_pairs()
            .filter(|(k, _)| names.contains(&k.as_ref()))
            .find_map(|(_, v)| id(&v).map(str::to_owned))
    }

    fn sec_user_id(&self) -> Option<String> {
        let segs = self.segments();
        Self::after(&segs, &["user"], |s| prefix_of(s, is_sec_uid_char)).or_else(|| {
            self.query(&["sec_uid", "sec_user_id"], |s| {
                prefix_of(s, is_sec_uid_char)
            })
        })
    }

    fn aweme_id(&self) -> Option<String> {
        let segs = self.segments();
        Self::after(&segs, &["video", "note", "slides", "vsdetail"], digits)
            .or_else(|| self.query(&["modal_id"], digits))
    }

    fn modal_id(&self) -> Option<String> {
        self.query(&["modal_id"], digits)
    }

    fn mix_id(&self) -> Option<String> {
        let segs = self.segments();
        Self::after(&segs, &["collection"], digits).or_else(|| {
            segs.windows(3)
                .find(|w| w[0] == "mix" && w[1] == "detail")
                .and_then(|w| digits(w[2]))
                .map(str::to_owned)
        })
    }

    fn web_rid(&self) -> Option<String> {
        let segs = self.segments();
        Self::after(&segs, &["live"], |s| {
            prefix_of(s, |c| c.is_ascii_alphanumeric())
        })
        .or_else(|| {
            (self.host().eq_ignore_ascii_case("live.douyin.com"))
                .then(|| segs.first().and_then(|s| digits(s)).map(str::to_owned))
                .flatten()
        })
    }

    fn room_id_from_reflow(&self) -> Option<String> {
        Self::after(&self.segments(), &["reflow"], digits)
    }

    fn room_id(&self) -> Option<String> {
        self.room_id_from_reflow()
            .or_else(|| self.query(&["room_id", "roomId"], digits))
    }
}

/// Reads an id of `kind` from a URL (normally the final URL after redirects).
///
/// A [`TargetKind::Live`] request on an app `reflow/<room_id>` link returns the room id, as F2
/// does; use [`classify_url`] to tell the two apart. A [`TargetKind::ShortLink`] request gives
/// the URL back when it is a short link.
///
/// # Errors
/// [`LinkError::InvalidUrl`] or [`LinkError::IdNotFound`].
pub fn extract_id(kind: TargetKind, url: &str) -> Result<String, LinkError> {
    let p = LinkUrl::new(url)?;
    let found = match kind {
        TargetKind::User => p.sec_user_id(),
        TargetKind::Post => p.aweme_id(),
        TargetKind::Mix => p.mix_id(),
        TargetKind::Live => p.web_rid().or_else(|| p.room_id_from_reflow()),
        TargetKind::LiveRoom => p.room_id(),
        TargetKind::ShortLink => is_short_link_host(p.host()).then(|| p.url.to_string()),
    };
    found.ok_or(LinkError::IdNotFound(kind))
}

/// Says what a URL points at. A post opened over another page (`?modal_id=`) counts as the post.
///
/// # Errors
/// [`LinkError::InvalidUrl`] or [`LinkError::Unrecognised`].
pub fn classify_url(url: &str) -> Result<LinkTarget, LinkError> {
    let p = LinkUrl::new(url)?;
    if is_short_link_host(p.host()) {
        return Ok(LinkTarget::new(TargetKind::ShortLink, p.url));
    }
    if let Some(id) = p.modal_id() {
        return Ok(LinkTarget::new(TargetKind::Post, id));
    }
    let with = |kind| move |id| LinkTarget::new(kind, id);
    let found = p
        .aweme_id()
        .map(with(TargetKind::Post))
        .or_else(|| p.mix_id().map(with(TargetKind::Mix)))
        .or_else(|| p.room_id_from_reflow().map(with(TargetKind::LiveRoom)))
        .or_else(|| p.web_rid().map(with(TargetKind::Live)))
        .or_else(|| p.sec_user_id().map(with(TargetKind::User)));
    found.ok_or(LinkError::Unrecognised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_ignore_lookalikes_outside_the_path() {
        assert_eq!(
            extract_id(
                TargetKind::Post,
                "https://www.douyin.com/note/733?x=video/999"
            ),
            Ok("733".into())
        );
        assert_eq!(
            extract_id(
                TargetKind::User,
                "https://www.douyin.com/search/x?from=user/abc"
            ),
            Err(LinkError::IdNotFound(TargetKind::User))
        );
        assert_eq!(
            extract_id(TargetKind::Post, "https://www.douyin.com/video/abc"),
            Err(LinkError::IdNotFound(TargetKind::Post))
        );
    }

    #[test]
    fn short_link_targets_yield_ids() {
        let user =
            "https://www.iesdouyin.com/share/user/MS4wLjABAAAAVsne?sec_uid=MS4wLjABAAAAVsne&x=1";
        assert_eq!(
            extract_id(TargetKind::User, user),
            Ok("MS4wLjABAAAAVsne".into())
        );
        let only_query = "https://www.iesdouyin.com/share/?sec_uid=MS4wLjABAAAAVsne";
        assert_eq!(
            extract_id(TargetKind::User, only_query),
            Ok("MS4wLjABAAAAVsne".into())
        );
        let reflow = "https://webcast.amemv.com/douyin/webcast/reflow/7318296342189919011?u=1";
        assert_eq!(
            extract_id(TargetKind::LiveRoom, reflow),
            Ok("7318296342189919011".into())
        );
        assert_eq!(
            extract_id(TargetKind::Live, reflow),
            Ok("7318296342189919011".into())
        );
        assert_eq!(
            extract_id(
                TargetKind::LiveRoom,
                "https://live.douyin.com/77584?room_id=7318296342189919011"
            ),
            Ok("7318296342189919011".into())
        );
    }
}
