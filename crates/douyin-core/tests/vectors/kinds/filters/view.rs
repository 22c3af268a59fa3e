//! F2's page view rebuilt from the product's fields, and the rules where we deliberately differ
//! from F2, each checked against the response itself rather than against our own output.

use douyin_core::fields::{self as f2, F2Fields, F2Page, FollowList};
use douyin_core::models::{FollowListResponse, Parsed};
use douyin_core::naming::replace_t_json;
use serde_json::{Map, Value};

/// The product's answer for one filter.
pub enum Built {
    Record(F2Fields),
    Page(F2Page),
}

/// The post-list filters (`UserPostFilter` and its subclasses, http.md §10.3).
const POST_LISTS: [&str; 5] = [
    "UserPostFilter",
    "UserLikeFilter",
    "PostRelatedFilter",
    "UserCollectionFilter",
    "UserMixFilter",
];

/// Rule: F2 reads a post list's `caption` with its single-value accessor (http.md §10.1): no
/// caption gives None, one gives the text itself, more give the list of those present. Its page
/// view is rebuilt that way; our rows keep each post's own caption.
const CAPTION_BY_VALUE: [&str; 2] = ["caption", "caption_raw"];

/// Rule: F2's follower filter reads `can_share` at `$.followersfollowers[*]…` (a typo: always
/// `[]`) and the inherited `secondary_*` fields at `$.followings[*]…` (http.md §10.3 notes). Its
/// page view is rebuilt that way; our rows read the follower's own values.
const FOLLOWER_MISREADS: [&str; 4] = [
    "can_share",
    "secondary_priority",
    "secondary_text",
    "secondary_text_raw",
];

/// F2's value accessor over the matches of a `[*]` path: none → None, one → it, more → list.
fn value_accessor(matches: Vec<Value>) -> Value {
    match matches.len() {
        0 => Value::Null,
        1 => matches.into_iter().next().unwrap_or(Value::Null),
        _ => Value::Array(matches),
    }
}

fn column(items: &[F2Fields], name: &str) -> Vec<Value> {
    items
        .iter()
        .map(|item| item.get(name).cloned().unwrap_or(Value::Null))
        .collect()
}

/// F2's `_to_dict()` for the filter, from the product's fields.
pub fn f2_view(filter: &str, response: &Value, built: &Built) -> Map<String, Value> {
    let page = match built {
        Built::Record(fields) => return fields.to_map(),
        Built::Page(page) => page,
    };
    let mut view = page.page.to_map();
    let names: Vec<&str> = page
        .items
        .first()
        .map_or_else(Vec::new, |i| i.names().collect());
    let names = if names.is_empty() {
        item_names(filter)
    } else {
        names
    };
    for name in names {
        view.insert(name.to_owned(), Value::Array(column(&page.items, name)));
    }
    if POST_LISTS.contains(&filter) {
        let present: Vec<Value> = column(&page.items, "caption_raw")
            .into_iter()
            .filter(|c| !c.is_null())
            .collect();
        let raw = value_accessor(present);
        view.insert("caption".into(), replace_t_json(&raw));
        view.insert("caption_raw".into(), raw);
    }
    if filter == "UserFollowerFilter" {
        view.insert("can_share".into(), Value::Array(Vec::new()));
        let followings = Parsed::<FollowListResponse>::from_value(response.clone())
            .map(|p| f2::follow_page(&p.typed, FollowList::Following).items)
            .unwrap_or_default();
        for name in &FOLLOWER_MISREADS[1..] {
            view.insert((*name).to_owned(), Value::Array(column(&followings, name)));
        }
    }
    view
}

/// The per-item field names of a list filter, for a page without items.
fn item_names(filter: &str) -> Vec<&'static str> {
    let one = |v: Value| -> Vec<&'static str> {
        let built = super::build(filter, &v).ok().flatten();
        match built {
            Some(Built::Page(p)) => p
                .items
                .first()
                .map_or_else(Vec::new, |i| i.names().collect()),
            _ => Vec::new(),
        }
    };
    let key = match filter {
        f if POST_LISTS.contains(&f) => "aweme_list",
        "UserCollectsFilter" => "collects_list",
        "UserMusicCollectionFilter" => "mc_list",
        "UserFollowingFilter" => "followings",
        "UserFollowerFilter" => "followers",
        "PostCommentFilter" | "PostCommentReplyFilter" => "comments",
        "FriendFeedFilter" => "data",
        "HomePostSearchFilter" => "aweme_list",
        "FollowingUserLiveFilter" => return one(serde_json::json!({"data": {"data": [{}]}})),
        "SuggestWordFilter" => return one(serde_json::json!({"data": [{"words": [{}]}]})),
        _ => return Vec::new(),
    };
    one(serde_json::json!({ key: [{}] }))
}

/// Where an item sits in the response, for reading a rule's value off the response itself.
fn item_at(filter: &str, i: usize) -> Option<String> {
    Some(match filter {
        f if POST_LISTS.contains(&f) => format!("/aweme_list/{i}"),
        "UserFollowerFilter" => format!("/followers/{i}"),
        "FriendFeedFilter" => format!("/data/{i}/aweme"),
        "HomePostSearchFilter" => format!("/aweme_list/{i}/item"),
        "UserMusicCollectionFilter" => format!("/mc_list/{i}"),
        _ => return None,
    })
}

fn at(response: &Value, pointer: &str) -> Value {
    response.pointer(pointer).cloned().unwrap_or(Value::Null)
}

fn entries(filter: &str, response: &Value) -> usize {
    (0..)
        .take_while(|i| item_at(filter, *i).is_some_and(|p| response.pointer(&p).is_some()))
        .count()
}

/// A corrected field: its page-view value and each item's value.
pub struct Corrected {
    pub view: Value,
    pub per_item: Vec<Value>,
}

/// Rule: where F2's filter raises on a field (`expected_field_errors`), the documented cause
/// and our value, read off the response.
/// - Friend feed and search `images_video` (http.md §10.2: TypeError on an image whose `video`
///   is null): an image without a clip is skipped, as F2's post-list filter does; a post without
///   images has None.
/// - Music `lyric_url` (§10.2: F2 crashes when `mc_list` is absent): each track's `lyric_url`.
pub fn corrected(filter: &str, field: &str, response: &Value) -> Option<Corrected> {
    let per_item: Vec<Value> = match (filter, field) {
        ("FriendFeedFilter" | "HomePostSearchFilter", "images_video") => {
            (0..entries(filter, response))
                .map(|i| {
                    let base = item_at(filter, i).unwrap_or_default();
                    match at(response, &format!("{base}/images")) {
                        Value::Array(images) if !images.is_empty() => Value::Array(
                            images
                                .iter()
                                .filter_map(|im| im.pointer("/video/play_addr/url_list/0").cloned())
                                .collect(),
                        ),
                        _ => Value::Null,
                    }
                })
                .collect()
        }
        ("UserMusicCollectionFilter", "lyric_url") => (0..entries(filter, response))
            .map(|i| at(response, &format!("/mc_list/{i}/lyric_url")))
            .collect(),
        _ => return None,
    };
    Some(Corrected {
        view: Value::Array(per_item.clone()),
        per_item,
    })
}

/// Why F2's `_to_list()` raised (APIFilterError, http.md §10.1): a field raised, or an item
/// field's page value cannot be indexed (F2's value accessor gave None or a number). `None`
/// when no such cause is visible, so the error is unexplained.
pub fn to_list_failure(
    filter: &str,
    page: &F2Page,
    expected: &Map<String, Value>,
    field_errors: &Map<String, Value>,
) -> Option<String> {
    let item_fields: Vec<&str> = match page.items.first() {
        Some(item) => item.names().collect(),
        None => item_names(filter),
    };
    if let Some(name) = item_fields.iter().find(|n| field_errors.contains_key(**n)) {
        return Some((*name).to_owned());
    }
    item_fields
        .iter()
        .find(|n| {
            matches!(
                expected.get(**n),
                Some(Value::Null | Value::Number(_) | Value::Bool(_))
            )
        })
        .map(|n| (*n).to_owned())
}

/// The rows F2's `_to_list()` rule gives from its own page view: the copied page fields, then
/// `value[index]` of every item field (a text yields its character there, F2's quirk).
pub fn derived_rows(page: &F2Page, expected: &Map<String, Value>) -> Vec<Map<String, Value>> {
    (0..page.items.len())
        .map(|index| {
            let mut row = Map::new();
            for name in page.extras {
                row.insert(
                    (*name).to_owned(),
                    expected.get(*name).cloned().unwrap_or(Value::Null),
                );
            }
            for name in page.items[index].names() {
                let cell = match expected.get(name) {
                    Some(Value::Array(a)) => a.get(index).cloned().unwrap_or(Value::Null),
                    Some(Value::String(t)) => t
                        .chars()
                        .nth(index)
                        .map_or(Value::Null, |c| Value::String(c.to_string())),
                    _ => Value::Null,
                };
                row.insert(name.to_owned(), cell);
            }
            row
        })
        .collect()
}

/// One element of a list field through F2's `replaceT` (which F2 applies to the whole list: a
/// missing value becomes `""`).
fn list_replace_t(v: Value) -> Value {
    match replace_t_json(&Value::Array(vec![v])) {
        Value::Array(mut one) => one.pop().unwrap_or(Value::Null),
        other => other,
    }
}

/// What a rule says row `index`'s `field` holds, read off the response; `None` where F2's row
/// value stands.
fn rule_value(filter: &str, field: &str, response: &Value, index: usize) -> Option<Value> {
    let base = item_at(filter, index)?;
    if POST_LISTS.contains(&filter) && CAPTION_BY_VALUE.contains(&field) {
        let raw = at(response, &format!("{base}/caption"));
        return Some(if field == "caption" {
            list_replace_t(raw)
        } else {
            raw
        });
    }
    if filter == "UserFollowerFilter" && FOLLOWER_MISREADS.contains(&field) {
        let secondary = format!("{base}/following_list_secondary_information_struct");
        return Some(match field {
            "can_share" => at(response, &format!("{base}/aweme_control/can_share")),
            "secondary_priority" => at(
                response,
                &format!("{secondary}/secondary_information_priority"),
            ),
            "secondary_text" => list_replace_t(at(
                response,
                &format!("{secondary}/secondary_information_text"),
            )),
            _ => at(response, &format!("{secondary}/secondary_information_text")),
        });
    }
    corrected(filter, field, response).and_then(|c| c.per_item.get(index).cloned())
}

/// Our rows against F2's, field by field; a field a rule covers is checked against the rule.
pub fn compare_rows(
    filter: &str,
    response: &Value,
    ours: &[Map<String, Value>],
    f2_rows: &[Map<String, Value>],
) -> Vec<String> {
    let mut problems = Vec::new();
    if ours.len() != f2_rows.len() {
        problems.push(format!(
            "_to_list: {} rows, want {}",
            ours.len(),
            f2_rows.len()
        ));
        return problems;
    }
    for (index, (row, want)) in ours.iter().zip(f2_rows).enumerate() {
        let mut names: Vec<&String> = row.keys().collect();
        let mut want_names: Vec<&String> = want.keys().collect();
        names.sort();
        want_names.sort();
        if names != want_names {
            problems.push(format!(
                "_to_list row {index}: fields {names:?}, want {want_names:?}"
            ));
            continue;
        }
        for (name, got) in row {
            let expected =
                rule_value(filter, name, response, index).unwrap_or_else(|| want[name].clone());
            if *got != expected {
                problems.push(format!(
                    "_to_list row {index} `{name}`: got {got}, want {expected}"
                ));
            }
        }
    }
    problems
}
