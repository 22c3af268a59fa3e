//! Python `str.format` semantics for naming templates: `{name}` substitution, `{{`/`}}` escapes
//! and string format specs (`{aweme_id:>25}`, `{desc:.20}`), because F2 users' templates are
//! written in that language and must render the same here.

use super::NamingError;

/// What a template field resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateValue<'a> {
    /// Text substituted for the field.
    Text(&'a str),
    /// The field exists but has no value; using it is an error.
    Null,
}

/// Renders `template` looking every field up with `lookup` (`None` = unknown field).
///
/// # Errors
/// [`NamingError::UnknownField`], [`NamingError::NullField`] or [`NamingError::BadTemplate`].
pub fn render_template<'a>(
    template: &str,
    lookup: impl Fn(&str) -> Option<TemplateValue<'a>>,
) -> Result<String, NamingError> {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return Err(bad("single '}' encountered")),
            '{' => {
                let mut field = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some('{') => return Err(bad("nested fields are not supported")),
                        Some(ch) => field.push(ch),
                        None => return Err(bad("single '{' encountered")),
                    }
                }
                out.push_str(&render_field(&field, &lookup)?);
            }
            other => out.push(other),
        }
    }
    Ok(out)
}

fn bad(why: &str) -> NamingError {
    NamingError::BadTemplate(why.to_owned())
}

fn render_field<'a>(
    field: &str,
    lookup: &impl Fn(&str) -> Option<TemplateValue<'a>>,
) -> Result<String, NamingError> {
    let (head, spec) = match field.split_once(':') {
        Some((h, s)) => (h, s),
        None => (field, ""),
    };
    let (name, conversion) = match head.split_once('!') {
        Some((n, c)) => (n, Some(c)),
        None => (head, None),
    };
    let base_len = name.find(['.', '[']).unwrap_or(name.len());
    let base = &name[..base_len];
    if base.is_empty() || base.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad("positional fields are not supported"));
    }
    let value = match lookup(base) {
        None => return Err(NamingError::UnknownField(base.to_owned())),
        Some(TemplateValue::Null) => return Err(NamingError::NullField(base.to_owned())),
        Some(TemplateValue::Text(t)) => t,
    };
    if base_len != name.len() {
        return Err(bad("attribute or index access is not supported"));
    }
    match conversion {
        None | Some("s") => {}
        Some(_) => return Err(bad("only the !s conversion is supported")),
    }
    apply_spec(value, spec)
}

/// The parts of Python's format-spec mini-language that are valid for strings.
fn apply_spec(value: &str, spec: &str) -> Result<String, NamingError> {
    if spec.is_empty() {
        return Ok(value.to_owned());
    }
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let (mut fill, mut align) = (None, None);
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = Some(chars[0]);
        align = Some(chars[1]);
        i = 2;
    } else if is_align(chars[0]) {
        align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        return Err(bad("sign not allowed in string format specifier"));
    }
    if i < chars.len() && matches!(chars[i], 'z' | '#') {
        return Err(bad("alternate form not allowed in string format specifier"));
    }
    if i < chars.len() && chars[i] == '0' {
        // Python 3.10+: a leading zero only sets the fill for strings, not the alignment.
        fill = fill.or(Some('0'));
        i += 1;
    }
    let width = read_number(&chars, &mut i);
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        return Err(bad("grouping not allowed in string format specifier"));
    }
    let mut precision = None;
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        precision = Some(
            read_number(&chars, &mut i).ok_or_else(|| bad("format specifier missing precision"))?,
        );
    }
    match &chars[i..] {
        [] | ['s'] => {}
        _ => return Err(bad("unknown format code for a string")),
    }
    if align == Some('=') {
        return Err(bad("'=' alignment not allowed in string format specifier"));
    }
    let text: String = match precision {
        Some(p) => value.chars().take(p).collect(),
        None => value.to_owned(),
    };
    let len = text.chars().count();
    let width = width.unwrap_or(0);
    if len >= width {
        return Ok(text);
    }
    let pad = width - len;
    let fill = fill.unwrap_or(' ');
    let (left, right) = match align.unwrap_or('<') {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

fn read_number(chars: &[char], i: &mut usize) -> Option<usize> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        *i += 1;
    }
    (*i > start).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(t: &str) -> Result<String, NamingError> {
        render_template(t, |name| match name {
            "id" => Some(TemplateValue::Text("123")),
            "cjk" => Some(TemplateValue::Text("中文字")),
            "none" => Some(TemplateValue::Null),
            _ => None,
        })
    }

    #[test]
    fn format_specs_follow_python() {
        assert_eq!(render("{id:>6}").unwrap(), "   123");
        assert_eq!(render("{id:*^7}").unwrap(), "**123**");
        assert_eq!(render("{id:^6}").unwrap(), " 123  ");
        assert_eq!(render("{id:06}").unwrap(), "123000");
        assert_eq!(render("{id:.2}").unwrap(), "12");
        assert_eq!(render("{cjk:.2}").unwrap(), "中文");
        assert_eq!(render("{cjk:_<5}").unwrap(), "中文字__");
        assert_eq!(render("{id!s}").unwrap(), "123");
    }

    #[test]
    fn malformed_templates_are_errors() {
        assert!(matches!(render("{id"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(render("id}"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(render("{}"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(render("{0}"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(render("{id.x}"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(render("{id:d}"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(render("{id:+}"), Err(NamingError::BadTemplate(_))));
        assert!(matches!(
            render("{id:=5}"),
            Err(NamingError::BadTemplate(_))
        ));
        assert!(matches!(render("{id!r}"), Err(NamingError::BadTemplate(_))));
        assert_eq!(render("{x}"), Err(NamingError::UnknownField("x".into())));
        assert_eq!(render("{none}"), Err(NamingError::NullField("none".into())));
    }
}
