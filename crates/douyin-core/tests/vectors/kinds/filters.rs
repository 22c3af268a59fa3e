//! Vector kind `filters`: every case's response is read into our typed model and its F2 fields
//! come from the product (`douyin_core::fields`); they must equal F2's `expected_fields`, and
//! the product's rows must equal F2's `_to_list()` rows.
//!
//! F2's page view of a list (`_to_dict`) is rebuilt from the product's page and per-item fields
//! with F2's two JSONPath accessors (http.md §10.1): a per-item field is the list of the items'
//! values, except where F2 reads a field with the single-value accessor or from another place
//! (the [`f2_view`] rules). Where F2 raises or reads the wrong place, the product gives the
//! corrected value, checked against the response itself by the rules in [`view`].

mod view;

use super::Outcome;
use douyin_core::fields::{self as f2, F2Fields, F2Page, FollowList, PostListCursor};
use douyin_core::models::Parsed;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use view::{corrected, derived_rows, f2_view, Built, Corrected};

pub fn run(case: &Value) -> Outcome {
    match check(case) {
        Ok(()) => Outcome::Pass,
        Err(problems) => Outcome::Fail(problems.join("; ")),
    }
}

fn parse<T: DeserializeOwned>(v: &Value) -> Result<T, Vec<String>> {
    Parsed::<T>::from_value(v.clone())
        .map(|p| p.typed)
        .map_err(|e| vec![format!("model did not read the response: {e}")])
}

fn record(fields: F2Fields) -> Built {
    Built::Record(fields)
}

fn page(page: F2Page) -> Built {
    Built::Page(page)
}

/// The product's fields for an F2 filter over `r`.
fn build(filter: &str, r: &Value) -> Result<Option<Built>, Vec<String>> {
    Ok(Some(match filter {
        "UserProfileFilter" => record(f2::user_fields(&parse(r)?)),
        "UserPostFilter" | "UserLikeFilter" | "PostRelatedFilter" => {
            page(f2::post_list_page(&parse(r)?, PostListCursor::MaxCursor))
        }
        "UserCollectionFilter" | "UserMixFilter" => {
            page(f2::post_list_page(&parse(r)?, PostListCursor::Cursor))
        }
        "UserCollectsFilter" => page(f2::collects_page(&parse(r)?)),
        "UserMusicCollectionFilter" => page(f2::music_page(&parse(r)?)),
        "UserFollowingFilter" => page(f2::follow_page(&parse(r)?, FollowList::Following)),
        "UserFollowerFilter" => page(f2::follow_page(&parse(r)?, FollowList::Followers)),
        "PostDetailFilter" => record(f2::post_detail_fields(&parse(r)?)),
        "PostCommentFilter" | "PostCommentReplyFilter" => page(f2::comment_page(&parse(r)?)),
        "UserLiveFilter" => record(f2::live_room_fields(&parse(r)?)),
        "UserLive2Filter" => record(f2::reflow_room_fields(&parse(r)?)),
        "UserLiveStatusFilter" => record(f2::live_status_fields(&parse(r)?)),
        "FriendFeedFilter" => page(f2::friend_feed_page(&parse(r)?)),
        "LiveImFetchFilter" => record(f2::im_fetch_fields(&parse(r)?)),
        "QueryUserFilter" => record(f2::query_user_fields(&parse(r)?)),
        "FollowingUserLiveFilter" => page(f2::following_lives_page(&parse(r)?)),
        "PostStatsFilter" => record(f2::post_stats_fields(&parse(r)?)),
        "HomePostSearchFilter" => page(f2::search_page(&parse(r)?)),
        "SuggestWordFilter" => page(f2::suggest_words_page(&parse(r)?)),
        _ => return Ok(None),
    }))
}

fn check(case: &Value) -> Result<(), Vec<String>> {
    let filter = case["filter"].as_str().unwrap_or_default();
    let response = &case["response"];
    let built = build(filter, response)?
        .ok_or_else(|| vec![format!("no builder for filter `{filter}`")])?;
    let mut problems = Vec::new();
    let empty = Map::new();
    let expected = case["expected_fields"].as_object().unwrap_or(&empty);
    let field_errors = case["expected_field_errors"].as_object().unwrap_or(&empty);
    let ours = f2_view(filter, response, &built);

    // Every field F2 has, with F2's value; where F2 raises, a documented correction.
    for (name, want) in expected {
        match ours.get(name) {
            Some(got) if got == want => {}
            Some(got) => problems.push(format!("field `{name}`: got {got}, want {want}")),
            None => problems.push(format!("field `{name}` missing")),
        }
    }
    for (name, err) in field_errors {
        match corrected(filter, name, response) {
            None => problems.push(format!("F2 raises {err} on `{name}`: no rule covers it")),
            Some(Corrected { view, .. }) => match ours.get(name) {
                Some(got) if *got == view => {}
                got => problems.push(format!("corrected `{name}`: got {got:?}, want {view}")),
            },
        }
    }
    for name in ours.keys() {
        if !expected.contains_key(name) && !field_errors.contains_key(name) {
            problems.push(format!("field `{name}` is not one of F2's"));
        }
    }

    // The rows: F2's `_to_list()` where F2 gives one, else the rows its own rule would give
    // from its page view (`_to_list` is defined as `value[index]` of each field).
    if let Built::Page(page) = &built {
        let rows: Vec<Map<String, Value>> = page.rows().iter().map(F2Fields::to_map).collect();
        let want_rows = match (
            case.get("expected_to_list"),
            case.get("expected_to_list_error"),
        ) {
            (Some(Value::Array(rows)), _) => rows
                .iter()
                .map(|r| r.as_object().cloned().unwrap_or_default())
                .collect(),
            (_, Some(error)) => match view::to_list_failure(filter, page, expected, field_errors) {
                Some(_) => derived_rows(page, expected),
                None => {
                    problems.push(format!("F2's _to_list raises {error}: no rule covers it"));
                    Vec::new()
                }
            },
            _ => derived_rows(page, expected),
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        problems.extend(view::compare_rows(filter, response, &rows, &want_rows));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The filters of http.md §10.3, read from its headings at test time.
fn spec_filters() -> Vec<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/http.md");
    let spec = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("spec {} unreadable: {e}", path.display()));
    spec.lines()
        .filter_map(|l| l.strip_prefix("#### "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| name.ends_with("Filter"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_filter_of_the_spec_has_product_fields() {
    let filters = spec_filters();
    assert!(
        filters.len() >= 22,
        "only {} filters read from §10.3",
        filters.len()
    );
    let missing: Vec<&String> = filters
        .iter()
        .filter(|f| !matches!(build(f, &Value::Object(Map::new())), Ok(Some(_))))
        .collect();
    assert!(
        missing.is_empty(),
        "§10.3 filters without product fields: {missing:?}"
    );
}
