//! File and folder naming: F2's `{create}_{desc}` template language (`format_file_name`), the
//! `{desc}` length rule (`split_filename`), F2's character filter (`replace_t`), and our own
//! sanitiser that turns any rendered name into one safe path component per platform.
//!
//! `format_file_name` reproduces F2 exactly (it does not sanitise, see http.md §11.1); callers
//! that write to disk pass its result through [`sanitize_file_name`] (or use
//! [`render_file_name`], which does both).

mod fields;
mod replace_t;
mod sanitize;
mod split;
mod template;
mod user_folder;

pub use fields::{
    format_file_name, render_file_name, validate_template, FieldValue, NameFields, TEMPLATE_FIELDS,
};
pub use replace_t::{replace_t, replace_t_json};
pub use sanitize::{sanitize_file_name, Platform, NAME_BUDGET_BYTES};
pub use split::{split_filename, DESC_LIMIT_BYTES};
pub use template::{render_template, TemplateValue};
pub use user_folder::{user_folder, user_folder_name, UserFolderStyle};

use crate::ErrorKind;

/// Why a name could not be produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NamingError {
    /// The naming template is empty (F2: `InvalidConfError`).
    #[error("the naming template is empty")]
    EmptyTemplate,
    /// The template names a field that does not exist (F2: `KeyError`).
    #[error("unknown field `{{{0}}}` in the naming template")]
    UnknownField(String),
    /// The template is malformed: unbalanced braces, positional fields, attribute access or an
    /// unsupported format spec (F2: `ValueError`/`IndexError`).
    #[error("malformed naming template: {0}")]
    BadTemplate(String),
    /// A field the template uses is present but null (F2: `TypeError` for `desc`).
    #[error("field `{0}` is null")]
    NullField(String),
    /// Nothing usable is left after sanitising; the caller picks a fallback (e.g. the aweme id).
    #[error("the name is empty after sanitising")]
    EmptyName,
}

impl NamingError {
    /// The crate-wide classification of this error.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::InvalidInput
    }
}

impl From<NamingError> for crate::Error {
    fn from(e: NamingError) -> Self {
        crate::Error::InvalidInput(e.to_string())
    }
}
