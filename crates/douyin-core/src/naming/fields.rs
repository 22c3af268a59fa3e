//! The post fields a naming template can use and `format_file_name`, F2's renderer for them.

use super::sanitize::{sanitize_file_name, Platform};
use super::split::split_filename;
use super::template::{render_template, TemplateValue};
use super::NamingError;
use std::collections::BTreeMap;

/// One field value: absent (renders as `""`, as F2's `dict.get(key, "")`), null, or text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum FieldValue {
    /// The post has no such key.
    #[default]
    Missing,
    /// The key is present with a null value; a template that uses it fails.
    Null,
    /// A value.
    Text(String),
}

impl From<&str> for FieldValue {
    fn from(s: &str) -> Self {
        FieldValue::Text(s.to_owned())
    }
}

impl From<String> for FieldValue {
    fn from(s: String) -> Self {
        FieldValue::Text(s)
    }
}

/// `None` is an absent value (renders as `""`), as filters report fields a post lacks.
impl From<Option<String>> for FieldValue {
    fn from(s: Option<String>) -> Self {
        s.map_or(FieldValue::Missing, FieldValue::Text)
    }
}

/// The fields F2 offers to naming templates, taken from a filtered post.
///
/// Template names: `{create}` (from `create_time`, already `YYYY-MM-DD HH-MM-SS`), `{nickname}`,
/// `{aweme_id}`, `{desc}` (length-limited by [`split_filename`]), `{caption}`, `{uid}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameFields {
    /// The post's creation time as the filter formats it.
    pub create_time: FieldValue,
    /// The author's nickname (already passed through `replace_t` by the filter).
    pub nickname: FieldValue,
    /// The post id.
    pub aweme_id: FieldValue,
    /// The description (already passed through `replace_t` by the filter).
    pub desc: FieldValue,
    /// The caption (F2 HEAD only).
    pub caption: FieldValue,
    /// The author's numeric uid.
    pub uid: FieldValue,
}

/// The field names every naming template can use.
pub const TEMPLATE_FIELDS: [&str; 6] = ["create", "nickname", "aweme_id", "desc", "caption", "uid"];

/// Checks a template before any post is rendered (settings validation, live preview): it must be
/// non-empty, well-formed, and use only built-in fields or `custom_names`.
///
/// # Errors
/// As [`format_file_name`], except [`NamingError::NullField`].
pub fn validate_template(template: &str, custom_names: &[&str]) -> Result<(), NamingError> {
    if template.is_empty() {
        return Err(NamingError::EmptyTemplate);
    }
    render_template(template, |name| {
        (TEMPLATE_FIELDS.contains(&name) || custom_names.contains(&name))
            .then_some(TemplateValue::Text(""))
    })
    .map(drop)
}

/// Renders a naming template the way F2 does (http.md §11.1); it does **not** sanitise.
///
/// `custom_fields` add fields or override the built-in ones; an overriding `desc` is used as
/// given (not split).
///
/// # Errors
/// [`NamingError::EmptyTemplate`] for `""`, [`NamingError::UnknownField`] for a name that is
/// neither built in nor custom, [`NamingError::NullField`] when a used field is null,
/// [`NamingError::BadTemplate`] for malformed templates.
pub fn format_file_name(
    template: &str,
    fields: &NameFields,
    custom_fields: &BTreeMap<String, String>,
) -> Result<String, NamingError> {
    if template.is_empty() {
        return Err(NamingError::EmptyTemplate);
    }
    // Split `desc` up front only when the template needs it, so an unused null desc is harmless.
    let split_desc = match &fields.desc {
        FieldValue::Text(d) if !custom_fields.contains_key("desc") => Some(split_filename(d)),
        _ => None,
    };
    render_template(template, |name| {
        if let Some(custom) = custom_fields.get(name) {
            return Some(TemplateValue::Text(custom));
        }
        let value = match name {
            "create" => &fields.create_time,
            "nickname" => &fields.nickname,
            "aweme_id" => &fields.aweme_id,
            "caption" => &fields.caption,
            "uid" => &fields.uid,
            "desc" => {
                return Some(match (&fields.desc, &split_desc) {
                    (_, Some(d)) => TemplateValue::Text(d),
                    (FieldValue::Null, _) => TemplateValue::Null,
                    _ => TemplateValue::Text(""),
                })
            }
            _ => return None,
        };
        Some(match value {
            FieldValue::Missing => TemplateValue::Text(""),
            FieldValue::Null => TemplateValue::Null,
            FieldValue::Text(t) => TemplateValue::Text(t),
        })
    })
}

/// [`format_file_name`] followed by [`sanitize_file_name`]: a name safe to create inside a
/// folder on `platform`, with `extension` (e.g. `".mp4"`) appended within the length budget.
///
/// # Errors
/// Any error of [`format_file_name`], or [`NamingError::EmptyName`] when nothing usable is left.
pub fn render_file_name(
    template: &str,
    fields: &NameFields,
    custom_fields: &BTreeMap<String, String>,
    extension: &str,
    platform: Platform,
) -> Result<String, NamingError> {
    let name = format_file_name(template, fields, custom_fields)?;
    sanitize_file_name(&name, extension, platform)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn null_desc_only_fails_when_used() {
        let fields = NameFields {
            aweme_id: "1".into(),
            desc: FieldValue::Null,
            ..NameFields::default()
        };
        let none = BTreeMap::new();
        assert_eq!(format_file_name("{aweme_id}", &fields, &none).unwrap(), "1");
        assert_eq!(
            format_file_name("{desc}", &fields, &none),
            Err(NamingError::NullField("desc".into()))
        );
    }

    #[test]
    fn templates_validate_without_a_post() {
        assert_eq!(validate_template("{create}_{desc}", &[]), Ok(()));
        assert_eq!(
            validate_template("{nickname}-{index:>3}", &["index"]),
            Ok(())
        );
        assert_eq!(
            validate_template("{title}", &[]),
            Err(NamingError::UnknownField("title".into()))
        );
        assert_eq!(validate_template("", &[]), Err(NamingError::EmptyTemplate));
        assert!(matches!(
            validate_template("{desc", &[]),
            Err(NamingError::BadTemplate(_))
        ));
    }

    #[test]
    fn custom_fields_extend_the_template_language() {
        let fields = NameFields::default();
        let custom = BTreeMap::from([("index".to_owned(), "07".to_owned())]);
        assert_eq!(
            format_file_name("ep{index}", &fields, &custom).unwrap(),
            "ep07"
        );
    }

    #[test]
    fn render_file_name_makes_templates_safe() {
        let fields = NameFields {
            desc: "a/../../b".into(),
            ..NameFields::default()
        };
        let name =
            render_file_name("{desc}", &fields, &BTreeMap::new(), ".mp4", Platform::Linux).unwrap();
        assert_eq!(name, "a_.._.._b.mp4");
    }
}
