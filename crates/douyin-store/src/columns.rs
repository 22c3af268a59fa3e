//! `column_struct!`: one declaration gives a row struct with pub fields, its column names, its
//! values for binding and its reader, so the SQL and the struct cannot drift apart.
//!
//! Used for the wide F2-compatible column sets (`user_info_web`, `video_info`). Their `Debug`
//! prints only how many columns are set: several hold media URLs, which stay out of logs.

macro_rules! column_struct {
    (
        $(#[$m:meta])*
        pub struct $name:ident {
            $( $(#[$fm:meta])* $field:ident : $ty:ty, )+
        }
    ) => {
        $(#[$m])*
        #[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct $name {
            $( $(#[$fm])* pub $field: $ty, )+
        }

        impl $name {
            /// The column names, in declaration order.
            pub const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),+];

            pub(crate) fn values(&self) -> Vec<&dyn rusqlite::ToSql> {
                vec![$(&self.$field as &dyn rusqlite::ToSql),+]
            }

            /// Reads the columns from `row`, starting at column `start`.
            #[allow(unused_assignments)]
            pub(crate) fn read(row: &rusqlite::Row<'_>, start: usize) -> rusqlite::Result<Self> {
                let mut at = start;
                Ok(Self {
                    $( $field: { let v = row.get(at)?; at += 1; v }, )+
                })
            }

            fn set_count(&self) -> usize {
                self.values()
                    .iter()
                    .filter(|v| {
                        !matches!(
                            v.to_sql(),
                            Ok(rusqlite::types::ToSqlOutput::Owned(rusqlite::types::Value::Null))
                                | Ok(rusqlite::types::ToSqlOutput::Borrowed(
                                    rusqlite::types::ValueRef::Null
                                ))
                        )
                    })
                    .count()
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{} {{ {} of {} columns set }}", stringify!($name), self.set_count(), Self::COLUMNS.len())
            }
        }
    };
}

pub(crate) use column_struct;

/// `"a", "b", …` — quoted column names (F2 has a column called `desc`).
pub(crate) fn quoted(columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `"p"."a", "p"."b", …`
pub(crate) fn qualified(table: &str, columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("{table}.\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `"a" = coalesce(excluded."a", "a"), …`: an upsert that refreshes every column it was given
/// and keeps what it was not (`None`), so a post author's few fields seen on a list page do
/// not erase the profile's counters.
pub(crate) fn refresh(columns: &[&str]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\" = coalesce(excluded.\"{c}\", \"{c}\")"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `?start, ?start+1, …` — `n` numbered parameters.
pub(crate) fn placeholders(n: usize, start: usize) -> String {
    (start..start + n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}
