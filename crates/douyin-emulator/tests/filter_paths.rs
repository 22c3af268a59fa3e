//! Every JSONPath F2's filters read (http.md §10.3) is present in the emulator's body for the
//! filter's endpoint, for endpoints with and without captures. Paths that are absent on
//! purpose are listed in `ABSENT` with the reason.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Env, BASE};
use serde_json::Value;

fn key_paths(v: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, at: String, out: &mut BTreeSet<String>) {
        out.insert(at.clone());
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    walk(
                        c,
                        if at.is_empty() {
                            k.clone()
                        } else {
                            format!("{at}.{k}")
                        },
                        out,
                    );
                }
            }
            Value::Array(a) => {
                for c in a {
                    walk(c, format!("{at}[]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(v, String::new(), &mut out);
    out
}

/// `$.a[*].b[0]` → `a[].b[]`.
fn key_path(jsonpath: &str) -> Option<String> {
    let rest = jsonpath.strip_prefix("$.")?;
    let mut p = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        if c == '[' {
            for d in chars.by_ref() {
                if d == ']' {
                    break;
                }
            }
            p.push_str("[]");
        } else {
            p.push(c);
        }
    }
    // F2 sometimes writes `a.[*]` for `a[*]`.
    Some(p.replace(".[]", "[]"))
}

/// Filter name → field → key path, with `extends` resolved (a subclass field replaces the
/// parent's field of the same name, as in F2).
fn filters() -> BTreeMap<String, BTreeMap<String, String>> {
    let path = format!(
        "{}/../../../shared/spec/http.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let start = text.find("### 10.3").expect("§10.3");
    let end = text.find("## 11.").expect("§11");
    let mut own: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    let mut current = String::new();
    for line in text[start..end].lines() {
        if let Some(h) = line.strip_prefix("#### ") {
            current = h.split_whitespace().next().unwrap_or_default().to_string();
            if let Some(p) = h.split("extends ").nth(1) {
                parent.insert(current.clone(), p.trim_end_matches(')').trim().to_string());
            }
            own.entry(current.clone()).or_default();
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 3 {
            continue;
        }
        if let Some(kp) = key_path(cells[2].trim_matches('`')) {
            own.entry(current.clone())
                .or_default()
                .insert(cells[1].to_string(), kp);
        }
    }
    let mut out = BTreeMap::new();
    for name in own.keys() {
        let mut chain = vec![name.clone()];
        while let Some(p) = parent.get(chain.last().expect("non-empty")) {
            chain.push(p.clone());
        }
        let mut fields = BTreeMap::new();
        for f in chain.iter().rev() {
            fields.extend(own.get(f).cloned().unwrap_or_default());
        }
        out.insert(name.clone(), fields);
    }
    out
}

/// Paths F2 reads that the emulator leaves out on purpose.
/// F2 reads these names, but the real bodies do not have them, so Douyin (and the emulator)
/// answer without them and F2 gets None.
const ABSENT: &[(&str, &str, &str)] = &[
    // (filter, path, reason)
    (
        "UserLiveFilter",
        "data.data[].stats.like_count_str",
        "web/enter room stats carry like_count (int) only (capture)",
    ),
    (
        "UserLiveFilter",
        "data.data[].partition_road_map.partition.id_str",
        "partition_road_map sits at data level, not in the room (SHAPES §2, room capture has none)",
    ),
    (
        "UserLiveFilter",
        "data.data[].partition_road_map.partition.title",
        "same: data.partition_road_map",
    ),
    (
        "UserLiveFilter",
        "data.data[].partition_road_map.sub_partition.id_str",
        "same: data.partition_road_map",
    ),
    (
        "UserLiveFilter",
        "data.data[].partition_road_map.sub_partition.title",
        "same: data.partition_road_map",
    ),
    (
        "UserFollowerFilter",
        "followersfollowers[].aweme_control.can_share",
        "typo in F2's JSONPath (http.md §10.3); no such key",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.mix_info.mix_create_time",
        "real mix_info has create_time (captures)",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.mix_info.mix_update_time",
        "real mix_info has update_time (captures)",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.mix_info.mix_desc",
        "real mix_info has desc (captures)",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.mix_info.mix_share_url",
        "real mix_info has share_info.share_url (captures)",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.music.matched_pgc_sound.pgc_author",
        "capture's matched_pgc_sound has author/title/mixed_* only",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.music.matched_pgc_sound.pgc_author_title",
        "same capture",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.music.matched_pgc_sound.pgc_music_type",
        "same capture",
    ),
    (
        "PostDetailFilter",
        "aweme_detail.seo_info.seo_ocr_content",
        "seo_info is null in every capture",
    ),
    (
        "UserPostFilter",
        "locate_item_cursor",
        "aweme/post captures have no locate_item_cursor; only locate/post sends it",
    ),
    (
        "UserLikeFilter",
        "locate_item_cursor",
        "favorite has the aweme/post body (SHAPES §2)",
    ),
    (
        "UserCollectionFilter",
        "locate_item_cursor",
        "cursor-paged list (SHAPES §2), inherited from UserPostFilter",
    ),
    (
        "UserCollectionFilter",
        "min_cursor",
        "cursor-paged list (SHAPES §2), inherited from UserPostFilter",
    ),
    (
        "UserMixFilter",
        "locate_item_cursor",
        "cursor-paged list (SHAPES §2), inherited from UserPostFilter",
    ),
    (
        "UserMixFilter",
        "min_cursor",
        "cursor-paged list (SHAPES §2), inherited from UserPostFilter",
    ),
    (
        "PostRelatedFilter",
        "locate_item_cursor",
        "related pages by filterGids (http.md §9), inherited",
    ),
    (
        "PostRelatedFilter",
        "max_cursor",
        "related pages by filterGids (http.md §9), inherited",
    ),
    (
        "PostRelatedFilter",
        "min_cursor",
        "related pages by filterGids (http.md §9), inherited",
    ),
    (
        "QueryUserFilter",
        "status_code",
        "query/user has no status_code on success (http.md §9)",
    ),
    (
        "QueryUserFilter",
        "status_msg",
        "query/user has no status_code on success (http.md §9)",
    ),
    (
        "UserFollowerFilter",
        "followings[].following_list_secondary_information_struct.secondary_information_priority",
        "inherited from UserFollowingFilter; follower bodies list `followers`",
    ),
    (
        "UserFollowerFilter",
        "followings[].following_list_secondary_information_struct.secondary_information_text",
        "inherited from UserFollowingFilter; follower bodies list `followers`",
    ),
    (
        "UserLiveStatusFilter",
        "data.prompts",
        "only error bodies carry data.prompts",
    ),
    (
        "PostCommentFilter",
        "comments[].reply_comment[].cid",
        "reply_comment is null on every level-1 comment in the capture",
    ),
    (
        "PostCommentFilter",
        "comments[].reply_comment[].text",
        "same capture",
    ),
    (
        "PostCommentReplyFilter",
        "comments[].reply_comment[].cid",
        "replies carry no nested replies",
    ),
    (
        "PostCommentReplyFilter",
        "comments[].reply_comment[].text",
        "replies carry no nested replies",
    ),
];

async fn post(env: &Env, path: &str, extra: &str, body: &str) -> Value {
    let query = format!("{BASE}&{extra}");
    let url = env.ab_url(path, &query, "");
    let r = env
        .http
        .post(url)
        .header("User-Agent", common::UA)
        .header("Referer", "https://www.douyin.com/")
        .header("Cookie", env.cookie())
        .body(body.to_string())
        .send()
        .await
        .expect("send");
    let text = r.text().await.expect("text");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text:?}"))
}

#[tokio::test]
async fn every_f2_filter_path_is_served() {
    let env = common::start().await;
    let s = |p: &str| {
        env.world
            .pointer(p)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("world {p}"))
            .to_string()
    };
    let mix_owner = s("/mixes/0/owner_sec_user_id");
    let me = s("/account/sec_user_id");
    let uid = s("/users/1/uid");
    let sec1 = env.user_sec(1);
    let lp = s("/posts/live_photo/0");
    let post0 = s("/users/0/posts/0");
    let mix = s("/mixes/0/mix_id");
    let web_rid = s("/lives/0/web_rid");
    let room = s("/lives/0/room_id");
    let did = s("/account/user_unique_id");
    let comments = env.api_json("/aweme/v1/web/comment/list/", &format!("aweme_id={post0}&cursor=0&count=20&item_type=0&insert_ids=&whale_cut_token=&cut_version=1&rcFT=")).await;
    let cid = comments["comments"][0]["cid"]
        .as_str()
        .expect("cid")
        .to_string();
    let posts_q = format!("max_cursor=0&count=30&sec_user_id={mix_owner}");
    let cases: Vec<(&str, Value)> = vec![
        ("UserProfileFilter", env.api_json("/aweme/v1/web/user/profile/other/", &format!("sec_user_id={sec1}")).await),
        ("UserPostFilter", env.api_json("/aweme/v1/web/aweme/post/", &posts_q).await),
        ("UserLikeFilter", env.api_json("/aweme/v1/web/aweme/favorite/", &format!("max_cursor=0&count=30&sec_user_id={me}")).await),
        ("UserCollectionFilter", post(&env, "/aweme/v1/web/aweme/listcollection/", "cursor=0&count=30", "{}").await),
        ("UserCollectsFilter", env.api_json("/aweme/v1/web/collects/list/", "cursor=0&count=20").await),
        ("UserMusicCollectionFilter", env.api_json("/aweme/v1/web/music/listcollection/", "cursor=0&count=20").await),
        ("UserMixFilter", env.api_json("/aweme/v1/web/mix/aweme/", &format!("cursor=0&count=20&mix_id={mix}")).await),
        ("UserFollowingFilter", env.api_json("/aweme/v1/web/user/following/list/", &format!("user_id=&sec_user_id={me}&offset=0&min_time=0&max_time=0&count=20&source_type=4&gps_access=0&address_book_access=0&is_top=1")).await),
        ("UserFollowerFilter", env.api_json("/aweme/v1/web/user/follower/list/", &format!("user_id=&sec_user_id={me}&offset=0&min_time=0&max_time=0&count=20&source_type=1&gps_access=0&address_book_access=0&is_top=1")).await),
        ("PostDetailFilter", env.api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={lp}")).await),
        ("PostCommentFilter", comments.clone()),
        ("PostCommentReplyFilter", env.api_json("/aweme/v1/web/comment/list/reply/", &format!("item_id={post0}&comment_id={cid}&cursor=0&count=3&item_type=0&cut_version=1")).await),
        ("UserLiveFilter", env.api_json("/webcast/room/web/enter/", &format!("web_rid={web_rid}&room_id_str=")).await),
        ("UserLive2Filter", env.api_json("/webcast/room/reflow/info/", &format!("room_id={room}")).await),
        ("UserLiveStatusFilter", env.api_json("/webcast/distribution/check_user_live_status/", &format!("user_ids={uid}&distribution_scenes=254")).await),
        ("PostRelatedFilter", env.api_json("/aweme/v1/web/aweme/related/", &format!("aweme_id={post0}&count=30&filterGids={post0}%2C&awemePcRecRawData=%7B%22is_client%22%3A%22false%22%7D&sub_channel_id=3")).await),
        ("FriendFeedFilter", post(&env, "/aweme/v1/web/familiar/feed/", "cursor=0&level=1&aweme_ids=&room_ids=&pull_type=0&refresh_type=0&address_book_access=2&gps_access=2&recent_gids=", "").await),
        ("LiveImFetchFilter", env.api_json("/webcast/im/fetch/", &format!("resp_content_type=json&fetch_rule=1&last_rtt=0&cursor=&internal_ext=&room_id={room}&user_unique_id={did}")).await),
        ("QueryUserFilter", env.api_json("/aweme/v1/web/query/user/", "").await),
        ("FollowingUserLiveFilter", env.api_json("/webcast/web/feed/follow/", "scene=aweme_pc_follow_top").await),
        ("PostStatsFilter", post(&env, "/aweme/v2/web/aweme/stats/", &format!("aweme_type=0&item_id={post0}&play_delta=1&source=0"), &format!("aweme_type=0&item_id={post0}&play_delta=1&source=0")).await),
        ("HomePostSearchFilter", env.api_json("/aweme/v1/web/home/search/item/", &format!("search_channel=aweme_personal_home_video&search_source=normal_search&search_scene=douyin_search&sort_type=0&publish_time=0&is_filter_search=0&query_correct_type=1&keyword=&enable_history=1&search_id=&offset=0&count=30&from_user={mix_owner}")).await),
        ("SuggestWordFilter", env.api_json("/aweme/v1/web/api/suggest_words/", "query=%E6%97%A5%E5%B8%B8&count=10&business_id=30068&from_group_id=&rsp_source=&penetrate_params=%7B%7D").await),
    ];
    let mut cases = cases;
    // Detail: a video in a mix as well as the live photo, so every aweme kind is covered.
    let page = env.api_json("/aweme/v1/web/aweme/post/", &posts_q).await;
    for a in page["aweme_list"].as_array().expect("list") {
        let id = a["aweme_id"].as_str().expect("id");
        let d = env
            .api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={id}"))
            .await;
        cases.push(("PostDetailFilter", d));
    }
    let table = filters();
    let mut have: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (filter, body) in &cases {
        have.entry(filter).or_default().extend(key_paths(body));
    }
    let mut missing = Vec::new();
    let mut checked = 0;
    for (filter, have) in &have {
        let want = table
            .get(*filter)
            .unwrap_or_else(|| panic!("{filter} not in §10.3"));
        assert!(!want.is_empty(), "{filter} has no paths");
        for p in want.values() {
            checked += 1;
            let excused = ABSENT
                .iter()
                .any(|(f, a, _)| f == filter && *a == p.as_str());
            if !have.contains(p) && !excused {
                missing.push(format!("{filter}: {p}"));
            }
        }
    }
    assert_eq!(have.len(), table.len(), "a request for every filter");
    assert!(
        missing.is_empty(),
        "{} of {checked} paths missing:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
