//! Every JSON route answers correctly signed requests with capture-shaped bodies, and pages
//! the way Douyin pages.

mod common;

use common::{start, BASE};
use serde_json::Value;

fn big_with_twin(v: &Value, num: &str, twin: &str) {
    let n = v[num]
        .as_u64()
        .unwrap_or_else(|| panic!("{num} is not a u64: {v}"));
    assert!(n > (1u64 << 53), "{num} = {n} should exceed 2^53");
    assert_eq!(v[twin].as_str(), Some(n.to_string().as_str()), "{twin}");
}

#[tokio::test]
async fn profile_post_detail_and_shapes() {
    let env = start().await;
    let sec = env.user_sec(0);
    let prof = env
        .api_json(
            "/aweme/v1/web/user/profile/other/",
            &format!("sec_user_id={sec}"),
        )
        .await;
    assert_eq!(prof["status_code"], 0);
    assert_eq!(prof["user"]["sec_uid"], sec.as_str());
    assert_eq!(prof["user"]["aweme_count"], 7);
    assert!(prof["user"]["follower_count"].is_u64() && prof["user"]["following_count"].is_u64());

    let page = env
        .api_json(
            "/aweme/v1/web/aweme/post/",
            &format!("max_cursor=0&count=3&sec_user_id={sec}"),
        )
        .await;
    assert_eq!(page["has_more"], 1);
    let list = page["aweme_list"].as_array().expect("aweme_list");
    assert_eq!(list.len(), 3);
    let first = &list[0];
    assert!(
        first["aweme_id"].is_string() && first["create_time"].as_u64().expect("s") < 10_000_000_000
    );
    assert!(
        page["max_cursor"].as_u64().expect("ms") > 1_000_000_000_000,
        "max_cursor is ms"
    );
    big_with_twin(&first["music"], "id", "id_str");
    let video = list
        .iter()
        .find(|a| a["aweme_type"] == 0)
        .expect("a video on the first page");
    let rates = video["video"]["bit_rate"].as_array().expect("bit_rate");
    assert!(rates.len() >= 4);
    assert!(rates.iter().any(|r| r["is_h265"] == 1) && rates.iter().any(|r| r["is_h265"] == 0));
    let brs: Vec<u64> = rates
        .iter()
        .map(|r| r["bit_rate"].as_u64().expect("br"))
        .collect();
    let mut sorted = brs.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_ne!(brs, sorted, "bit_rate list is not sorted");
    assert!(
        rates[0]["play_addr"]["url_list"]
            .as_array()
            .expect("urls")
            .len()
            >= 2
    );

    let kinds: Vec<u64> = list
        .iter()
        .map(|a| a["aweme_type"].as_u64().expect("type"))
        .collect();
    assert!(kinds.contains(&0) && kinds.contains(&68), "{kinds:?}");
    let live_photo = env.world["posts"]["live_photo"][0]
        .as_str()
        .expect("lp")
        .to_string();
    let d = env
        .api_json(
            "/aweme/v1/web/aweme/detail/",
            &format!("aweme_id={live_photo}"),
        )
        .await;
    assert_eq!(d["aweme_detail"]["aweme_type"], 68);
    assert!(d["aweme_detail"]["images"][0]["video"]["play_addr"]["url_list"][0].is_string());

    let deleted = env.world["posts"]["deleted"][0]
        .as_str()
        .expect("del")
        .to_string();
    let d = env
        .api_json(
            "/aweme/v1/web/aweme/detail/",
            &format!("aweme_id={deleted}"),
        )
        .await;
    assert_eq!(d["status_code"], 0);
    assert!(d["aweme_detail"].is_null());
    assert_eq!(d["filter_detail"]["aweme_id"], deleted.as_str());
    assert!(d["filter_detail"]["filter_reason"].is_string());
}

#[tokio::test]
async fn post_pagination_returns_every_post_once() {
    let env = start().await;
    let sec = env.user_sec(0);
    let expected: Vec<String> = env.world["users"][0]["posts"]
        .as_array()
        .expect("posts")
        .iter()
        .map(|v| v.as_str().expect("id").to_string())
        .collect();
    let mut got = Vec::new();
    let mut cursor = 0u64;
    for _ in 0..10 {
        let page = env
            .api_json(
                "/aweme/v1/web/aweme/post/",
                &format!("max_cursor={cursor}&count=2&sec_user_id={sec}"),
            )
            .await;
        for a in page["aweme_list"].as_array().expect("list") {
            got.push(a["aweme_id"].as_str().expect("id").to_string());
        }
        cursor = page["max_cursor"].as_u64().expect("cursor");
        if page["has_more"] == 0 {
            break;
        }
    }
    assert_eq!(got, expected);
    // One more request after has_more 0 (as F2 does) gives an empty page.
    let extra = env
        .api_json(
            "/aweme/v1/web/aweme/post/",
            &format!("max_cursor={cursor}&count=2&sec_user_id={sec}"),
        )
        .await;
    assert_eq!(extra["aweme_list"].as_array().map(Vec::len), Some(0));
    assert_eq!(extra["has_more"], 0);
}

#[tokio::test]
async fn cursor_and_offset_endpoints_page() {
    let env = start().await;
    let post = env.world["users"][0]["posts"][0]
        .as_str()
        .expect("post")
        .to_string();
    let mut cursor = 0;
    let mut n = 0;
    let mut first_cid = String::new();
    loop {
        let page = env.api_json("/aweme/v1/web/comment/list/", &format!("aweme_id={post}&cursor={cursor}&count=2&item_type=0&insert_ids=&whale_cut_token=&cut_version=1&rcFT=")).await;
        let comments = page["comments"].as_array().expect("comments");
        if first_cid.is_empty() {
            first_cid = comments[0]["cid"].as_str().expect("cid").to_string();
        }
        n += comments.len();
        assert!(comments
            .iter()
            .all(|c| c["level"] == 1 && c["reply_id"] == "0"));
        cursor = page["cursor"].as_u64().expect("cursor");
        if page["has_more"] == 0 {
            assert_eq!(page["total"], n);
            break;
        }
    }
    assert_eq!(n, 5);
    let replies = env
        .api_json(
            "/aweme/v1/web/comment/list/reply/",
            &format!(
                "item_id={post}&comment_id={first_cid}&cursor=0&count=3&item_type=0&cut_version=1"
            ),
        )
        .await;
    assert_eq!(replies["status_code"], 0);
    assert!(replies["comments"]
        .as_array()
        .expect("replies")
        .iter()
        .all(|c| c["level"] == 2));

    let mix = env.world["mixes"][0]["mix_id"]
        .as_str()
        .expect("mix")
        .to_string();
    let m = env
        .api_json(
            "/aweme/v1/web/mix/aweme/",
            &format!("cursor=0&count=1&mix_id={mix}"),
        )
        .await;
    assert_eq!(m["aweme_list"][0]["mix_info"]["mix_id"], mix.as_str());
    assert_eq!(m["cursor"], 1);

    let sec = env.user_sec(0);
    let f = env.api_json("/aweme/v1/web/user/following/list/", &format!("user_id=&sec_user_id={sec}&offset=0&min_time=0&max_time=0&count=20&source_type=4&gps_access=0&address_book_access=0&is_top=1")).await;
    assert!(f["followings"].is_array() && f["total"].is_u64() && f["offset"].is_u64());
    let f = env.api_json("/aweme/v1/web/user/follower/list/", &format!("user_id=&sec_user_id={sec}&offset=0&min_time=0&max_time=0&count=20&source_type=1&gps_access=0&address_book_access=0&is_top=1")).await;
    assert!(f["followers"].is_array() && f["min_time"].is_u64());

    let like = env
        .api_json(
            "/aweme/v1/web/aweme/favorite/",
            &format!("max_cursor=0&count=20&sec_user_id={sec}"),
        )
        .await;
    assert_eq!(like["aweme_list"].as_array().map(Vec::len), Some(7));
    let rel = env.api_json("/aweme/v1/web/aweme/related/", &format!("aweme_id={post}&count=5&filterGids={post}%2C&awemePcRecRawData=%7B%22is_client%22%3A%22false%22%7D&sub_channel_id=3")).await;
    let rel_ids: Vec<&str> = rel["aweme_list"]
        .as_array()
        .expect("rel")
        .iter()
        .map(|a| a["aweme_id"].as_str().expect("id"))
        .collect();
    assert_eq!(rel_ids.len(), 5);
    assert!(!rel_ids.contains(&post.as_str()));
}

#[tokio::test]
async fn login_only_endpoints_with_the_session_cookie() {
    let env = start().await;
    let cookie = env.cookie();
    // Collection is a POST with a JSON body; F2 signs it with an empty body.
    let query = format!("{BASE}&cursor=0&count=10");
    let url = env.ab_url("/aweme/v1/web/aweme/listcollection/", &query, "");
    let r = env
        .http
        .post(&url)
        .header("User-Agent", common::UA)
        .header("Referer", "https://www.douyin.com/")
        .header("Cookie", &cookie)
        .header("Content-Type", "application/json")
        .body("{\"cursor\": 0, \"count\": 10}")
        .send()
        .await
        .expect("post");
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["status_code"], 0);
    assert_eq!(v["aweme_list"].as_array().map(Vec::len), Some(10));
    assert!(
        v["cursor"].as_u64().expect("cursor") >= 1_000_000_000_000_000,
        "µs-like cursor"
    );

    let folders = env
        .api_json("/aweme/v1/web/collects/list/", "cursor=0&count=10")
        .await;
    let fid = folders["collects_list"][0]["collects_id_str"]
        .as_str()
        .expect("fid")
        .to_string();
    assert_eq!(fid, env.world["collect_folders"][0].as_str().expect("id"));
    let fv = env
        .api_json(
            "/aweme/v1/web/collects/video/list/",
            &format!("cursor=0&count=10&collects_id={fid}"),
        )
        .await;
    assert!(!fv["aweme_list"].as_array().expect("list").is_empty());
    let music = env
        .api_json("/aweme/v1/web/music/listcollection/", "cursor=0&count=20")
        .await;
    let lyric = music["mc_list"][0]["lyric_url"]
        .as_str()
        .expect("lyric")
        .to_string();
    let lrc: Value = env
        .http
        .get(lyric)
        .send()
        .await
        .expect("lyric")
        .json()
        .await
        .expect("json");
    assert!(lrc[0]["timeId"].is_string() && lrc[0]["text"].is_string());
    let q = env
        .api_json("/aweme/v1/web/query/user/", "update_version_code=170400")
        .await;
    assert_eq!(q["id"], env.world["account"]["user_unique_id"]);
    let lives = env
        .api_json("/webcast/web/feed/follow/", "scene=aweme_pc_follow_top")
        .await;
    assert_eq!(lives["status_code"], 0);
    assert!(lives["data"]["data"].is_array());

    let url = env.ab_url("/aweme/v1/web/familiar/feed/", &format!("{BASE}&cursor=0&level=1&aweme_ids=&room_ids=&pull_type=0&refresh_type=0&address_book_access=2&gps_access=2&recent_gids="), "");
    let r = env
        .http
        .post(&url)
        .header("User-Agent", common::UA)
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("post");
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["status_code"], 0);
    assert!(v["data"][0]["aweme"]["aweme_id"].is_string());
}

#[tokio::test]
async fn remaining_routes_answer() {
    let env = start().await;
    let sec = env.user_sec(0);
    let post = env.world["users"][0]["posts"][0]
        .as_str()
        .expect("post")
        .to_string();
    let feed = env.api_json("/aweme/v1/web/tab/feed/", "count=10&tag_id=&share_aweme_id=&live_insert_type=&refresh_index=1&video_type_select=1&aweme_pc_rec_raw_data=%7B%22is_client%22%3A%22false%22%7D&globalwid=&pull_type=&min_window=&free_right=&ug_source=&creative_id=").await;
    assert_eq!(feed["has_more"], 1);
    assert_eq!(feed["aweme_list"].as_array().map(Vec::len), Some(10));
    let ff = env
        .api_json(
            "/aweme/v1/web/follow/feed/",
            "cursor=0&level=1&count=20&pull_type=",
        )
        .await;
    assert!(ff["aweme_list"].is_array());
    let loc = env.api_json("/aweme/v1/web/locate/post/", &format!("sec_user_id={sec}&max_cursor=0&locate_item_id={post}&locate_item_cursor=0&locate_query=true&count=10")).await;
    assert!(loc["locate_item_cursor"].is_u64());
    let s = env.api_json("/aweme/v1/web/home/search/item/", &format!("search_channel=aweme_personal_home_video&search_source=normal_search&search_scene=douyin_search&sort_type=0&publish_time=0&is_filter_search=0&query_correct_type=1&keyword=&enable_history=1&search_id=&offset=0&count=10&from_user={sec}")).await;
    assert!(s["aweme_list"][0]["item"]["aweme_id"].is_string());
    let sw = env.api_json("/aweme/v1/web/api/suggest_words/", "query=%E6%97%85%E8%A1%8C&count=10&business_id=30068&from_group_id=&rsp_source=&penetrate_params=%7B%7D").await;
    assert_eq!(sw["data"][0]["words"].as_array().map(Vec::len), Some(10));
    let form = format!("aweme_type=0&item_id={post}&play_delta=1&source=0");
    let url = env.ab_url(
        "/aweme/v2/web/aweme/stats/",
        &format!("{BASE}&{form}"),
        &form,
    );
    let r = env
        .http
        .post(&url)
        .header("User-Agent", common::UA)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form.clone())
        .send()
        .await
        .expect("stats");
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["status_code"], 0);

    let live = &env.world["lives"][0];
    let web_rid = live["web_rid"].as_str().expect("rid");
    let room_id = live["room_id"].as_str().expect("room");
    let live_q = "aid=6383&app_name=douyin_web&live_id=1&device_platform=web&language=zh-CN&cookie_enabled=true&screen_width=1920&screen_height=1080&browser_language=zh-CN&browser_platform=Win32&browser_name=Edge&browser_version=130.0.0.0&enter_source=&is_need_double_stream=false&insert_task_id=&live_reason=";
    let url = env.ab_url(
        "/webcast/room/web/enter/",
        &format!("{live_q}&web_rid={web_rid}&room_id_str="),
        "",
    );
    let v: Value = env.get_raw(&url, None).await.json().await.expect("enter");
    let room = &v["data"]["data"][0];
    assert_eq!(room["id_str"], room_id);
    assert_eq!(room["status"], 2);
    assert!(room["stream_url"]["hls_pull_url_map"]["FULL_HD1"].is_string());
    assert!(room["stream_url"]["flv_pull_url"]["SD2"].is_string());
    let ended = env.world["lives"][1]["web_rid"].as_str().expect("rid");
    let url = env.ab_url(
        "/webcast/room/web/enter/",
        &format!("{live_q}&web_rid={ended}&room_id_str="),
        "",
    );
    let v: Value = env.get_raw(&url, None).await.json().await.expect("enter");
    assert_eq!(v["data"]["data"][0]["status"], 4);
    let url = env.xb_url("/webcast/room/reflow/info/", &format!("verifyFp=verify_lx8kuby8_00000000_0000_4000_8000_000000000000&type_id=0&live_id=1&sec_user_id=&version_code=99.99.99&app_id=1128&msToken=&room_id={room_id}"));
    let v: Value = env.get_raw(&url, None).await.json().await.expect("reflow");
    let r = &v["data"]["room"];
    big_with_twin(r, "id", "id_str");
    assert_eq!(r["owner"]["web_rid"], web_rid);
    assert_eq!(r["stream_url"]["resolution_name"]["FULL_HD1"], "蓝光");
    let uid = env.world["users"][1]["uid"].as_str().expect("uid");
    let v = env
        .api_json(
            "/webcast/distribution/check_user_live_status/",
            &format!("user_ids={uid}&distribution_scenes=254"),
        )
        .await;
    assert_eq!(v["data"][0]["user_live"][0]["live_status"], 1);
}

#[tokio::test]
async fn same_seed_same_world_different_seed_different_ids() {
    let a = start().await;
    let b = start().await;
    let c = common::start_with(|c| c.seed = 7).await;
    let strip = |w: &Value| {
        let mut w = w.clone();
        w.as_object_mut().expect("obj").remove("base_url");
        w
    };
    assert_eq!(strip(&a.world), strip(&b.world));
    assert_ne!(
        a.world["users"][0]["sec_user_id"],
        c.world["users"][0]["sec_user_id"]
    );
}
