//! File and folder names of a library: F2's template fields taken from a post (as F2's filters
//! render them), our extra `{index}` and `{type}` tokens, F2's template validation, and the
//! folder layout `douyin/<mode>/<user>/[<post>/]`. Every component is sanitised with the
//! strictest (Windows) rules, whatever the OS, so a library copied to another disk or OS stays
//! valid and no name can climb out of the root.

use crate::error::{DownloadError, Result};
use douyin_core::models::{Aweme, PostKind};
use douyin_core::naming::{format_file_name, replace_t, sanitize_file_name, NameFields, Platform};
use douyin_core::timefmt::{timestamp_2_str, utc_plus_8, TimestampInput};
use std::collections::BTreeMap;

/// The rules every name follows (see the module docs).
pub const PLATFORM: Platform = Platform::Windows;

/// The tokens a naming template may use: F2's five, `{caption}` (F2's formatter knows it, its
/// validator does not), and ours.
pub const TOKENS: [&str; 8] = [
    "nickname", "create", "aweme_id", "desc", "uid", "caption", "index", "type",
];

/// Checks a template as F2's `--naming` check does (live-dl-db-cli.md §6.2), with our extra
/// tokens: only known tokens (optionally with a format spec, `{index:>3}`), no token used
/// twice, and nothing between them but `-` and `_`.
///
/// # Errors
/// [`DownloadError::InvalidInput`] saying what is wrong.
pub fn validate_naming(template: &str) -> Result<()> {
    let invalid = |why: String| {
        DownloadError::InvalidInput(format!(
            "the naming template `{template}` is not valid: {why}. Use tokens such as {{create}}_{{desc}}"
        ))
    };
    if template.trim().is_empty() {
        return Err(invalid("it is empty".into()));
    }
    let mut seen = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let between = &rest[..open];
        if let Some(c) = between.chars().find(|c| !matches!(c, '-' | '_')) {
            return Err(invalid(format!("`{c}` may not appear between tokens")));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err(invalid("a `{` is not closed".into()));
        };
        let inner = &rest[open + 1..open + close];
        let name = inner.split(':').next().unwrap_or("");
        if !TOKENS.contains(&name) {
            return Err(invalid(format!("`{{{name}}}` is not a token")));
        }
        if seen.contains(&name) {
            return Err(invalid(format!("`{{{name}}}` is used twice")));
        }
        seen.push(name);
        rest = &rest[open + close + 1..];
    }
    if let Some(c) = rest.chars().find(|c| !matches!(c, '-' | '_')) {
        return Err(invalid(format!("`{c}` may not appear between tokens")));
    }
    if seen.is_empty() {
        return Err(invalid("it has no token".into()));
    }
    Ok(())
}

/// F2's template fields of a post: `create` in UTC+8 as `YYYY-MM-DD HH-MM-SS`, nickname, desc
/// and caption through `replace_t`.
pub fn name_fields(post: &Aweme) -> NameFields {
    let create = post.create_time.and_then(|t| {
        timestamp_2_str(
            TimestampInput::Number(t as f64),
            "%Y-%m-%d %H-%M-%S",
            utc_plus_8(),
            t,
        )
        .ok()
    });
    let author = post.author.as_ref();
    NameFields {
        create_time: create.into(),
        nickname: author
            .and_then(|a| a.nickname.as_deref())
            .map(replace_t)
            .into(),
        aweme_id: post.id().map(str::to_owned).into(),
        desc: post.desc.as_deref().map(replace_t).into(),
        caption: post.caption.as_deref().map(replace_t).into(),
        uid: author
            .and_then(|a| a.uid.as_ref())
            .map(|u| u.as_str().to_owned())
            .into(),
    }
}

/// `video`, `images` or `live_photo` (the `{type}` token).
pub fn kind_name(kind: PostKind) -> &'static str {
    match kind {
        PostKind::Video => "video",
        PostKind::Images => "images",
        PostKind::LivePhoto => "live_photo",
    }
}

/// The stem every file of a post starts with (`N` in F2's `N_video.mp4`), sanitised; the
/// post id when the template renders to nothing usable.
///
/// # Errors
/// [`DownloadError::InvalidInput`] for a template that cannot render (unknown field…).
pub fn post_stem(template: &str, post: &Aweme, index: Option<u32>) -> Result<String> {
    let mut custom = BTreeMap::new();
    custom.insert(
        "index".to_owned(),
        index.map(|i| format!("{i:03}")).unwrap_or_default(),
    );
    custom.insert("type".to_owned(), kind_name(post.kind()).to_owned());
    let raw = format_file_name(template, &name_fields(post), &custom)
        .map_err(|e| DownloadError::InvalidInput(e.to_string()))?;
    stem_or(&raw, post.id().unwrap_or("post"))
}

/// `raw` sanitised as a file-name stem, or `fallback` (sanitised) when nothing is left.
pub fn stem_or(raw: &str, fallback: &str) -> Result<String> {
    sanitize_file_name(raw, "", PLATFORM)
        .or_else(|_| sanitize_file_name(fallback, "", PLATFORM))
        .map_err(|_| DownloadError::InvalidInput("no usable file name".into()))
}

/// One file name: `stem` + `suffix` (e.g. `_video.mp4`), within the length budget.
pub fn file_name(stem: &str, suffix: &str) -> String {
    sanitize_file_name(stem, suffix, PLATFORM).unwrap_or_else(|_| format!("file{suffix}"))
}

/// A user's folder name: the sanitised nickname, else the uid.
pub fn user_folder_name(nickname: Option<&str>, uid: &str) -> String {
    let nick = nickname.map(replace_t).unwrap_or_default();
    stem_or(&nick, uid).unwrap_or_else(|_| "user".to_owned())
}

/// Joins path components with `/` (the form the store keeps; relative to the root).
pub fn rel(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn post(v: serde_json::Value) -> Aweme {
        serde_json::from_value(v).expect("post")
    }

    #[test]
    fn f2_validation_with_our_tokens() {
        for ok in [
            "{create}_{desc}",
            "{create}{desc}",
            "{nickname}-{aweme_id}",
            "{index:>3}_{desc}",
            "{type}_{uid}",
        ] {
            assert!(validate_naming(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "{desc}{desc}",
            "{desc}{uid}{desc}",
            "{title}",
            "{create} {desc}",
            "x{desc}",
            "{desc",
            "__",
        ] {
            assert!(validate_naming(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn fields_render_as_f2_and_names_are_safe() {
        let p = post(
            json!({"aweme_id": "7", "create_time": 1_700_000_000, "desc": "a/b #话题",
            "author": {"nickname": "CON", "uid": "42"}}),
        );
        let f = name_fields(&p);
        assert_eq!(
            f.create_time,
            douyin_core::naming::FieldValue::Text("2023-11-15 06-13-20".into())
        );
        assert_eq!(
            post_stem("{create}_{desc}", &p, None).expect("stem"),
            "2023-11-15 06-13-20_a_b_#话题"
        );
        assert_eq!(
            post_stem("{type}_{index}", &p, Some(4)).expect("stem"),
            "video_004"
        );
        // A Windows device name is escaped, an empty rendering falls back to the id.
        assert_eq!(user_folder_name(Some("CON"), "42"), "CON_");
        assert_eq!(
            post_stem("{desc}", &post(json!({"aweme_id": "9", "desc": ""})), None).expect("stem"),
            "9"
        );
        assert_eq!(file_name("x", "_video.mp4"), "x_video.mp4");
        assert_eq!(rel(&["douyin", "post", "", "a.mp4"]), "douyin/post/a.mp4");
    }
}
