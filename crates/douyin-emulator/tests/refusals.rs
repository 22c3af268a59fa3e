//! Douyin's refusals: unsigned, re-encoded, stale and tampered requests get an empty 200;
//! login-only endpoints without the session cookie get status_code 8 / 2483 "请先登录".

mod common;

use common::{start, BASE, UA};
use serde_json::Value;

#[tokio::test]
async fn bad_signatures_get_an_empty_200_and_are_counted() {
    let env = start().await;
    let sec = env.user_sec(0);
    let path = "/aweme/v1/web/user/profile/other/";
    let query = format!("{BASE}&sec_user_id={sec}");

    let ok = env.get_raw(&env.ab_url(path, &query, ""), None).await;
    assert_eq!(ok.status(), 200);
    assert!(
        !ok.text().await.expect("text").is_empty(),
        "signed request answers"
    );
    let ok = env.get_raw(&env.xb_url(path, &query), None).await;
    assert!(
        !ok.text().await.expect("text").is_empty(),
        "X-Bogus request answers"
    );

    let mut cases: Vec<(&str, String)> = Vec::new();
    cases.push(("unsigned", format!("{}{path}?{query}", env.base())));
    // Re-encoded after signing: %3D%3D decoded back to == (what a re-encoding HTTP layer does).
    let signed = env.ab_url(path, &query, "");
    cases.push(("re-encoded", signed.replacen("%3D%3D", "==", 1)));
    let signed_x = env.xb_url(path, &query);
    cases.push((
        "re-encoded x-bogus",
        signed_x.replacen("%3D%3D", "%3d%3d", 1),
    ));
    // A different parameter value than the one signed.
    cases.push((
        "tampered",
        env.ab_url(path, &query, "").replace(&sec, &env.user_sec(1)),
    ));
    // Signature not last.
    cases.push(("not last", format!("{}&x=1", env.ab_url(path, &query, ""))));
    for (name, url) in &cases {
        let r = env.get_raw(url, None).await;
        assert_eq!(r.status(), 200, "{name}");
        assert_eq!(
            r.text().await.expect("text"),
            "",
            "{name} must get an empty body"
        );
    }
    // Stale: signed now, sent after the clock moved 10 minutes on.
    let url = env.ab_url(path, &query, "");
    env.clock.advance(10 * 60 * 1000);
    assert_eq!(
        env.get_raw(&url, None).await.text().await.expect("text"),
        "",
        "stale"
    );
    // A different User-Agent than the one signed.
    env.clock.advance(1);
    let url = env.ab_url(path, &query, "");
    let r = env
        .http
        .get(&url)
        .header("User-Agent", "Mozilla/5.0 other")
        .send()
        .await
        .expect("send");
    assert_eq!(r.text().await.expect("text"), "", "ua mismatch");

    let c = env.counters().await;
    assert_eq!(c["signature_rejections"], cases.len() + 2);
    assert_eq!(
        c["signature_rejections_by_kind"]["missing"], 2,
        "unsigned and not-last"
    );
    assert_eq!(c["signature_rejections_by_kind"]["stale"], 1);
    assert!(c["requests"][path].as_u64().expect("count") >= 9);
}

#[tokio::test]
async fn login_only_endpoints_refuse_without_session() {
    let env = start().await;
    for (path, extra) in [
        ("/aweme/v1/web/collects/list/", "cursor=0&count=10"),
        ("/aweme/v1/web/music/listcollection/", "cursor=0&count=20"),
        ("/aweme/v1/web/query/user/", "update_version_code=170400"),
        (
            "/aweme/v1/web/collects/video/list/",
            "cursor=0&count=10&collects_id=1",
        ),
    ] {
        let (status, body) = env.api(path, extra, Some("sessionid=wrong")).await;
        assert_eq!(status, 200);
        let v: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["status_code"], 2483, "{path}");
        assert_eq!(v["status_msg"], "请先登录");
    }
    // A guest ttwid is enough for query/user (the danmaku flow), giving a guest device id.
    let (_, body) = env
        .api(
            "/aweme/v1/web/query/user/",
            "update_version_code=170400",
            Some("ttwid=1%7Cguest"),
        )
        .await;
    let v: Value = serde_json::from_str(&body).expect("json");
    let guest = v["id"].as_str().expect("guest id");
    assert_eq!(guest.len(), 19);
    assert_ne!(
        guest,
        env.world["account"]["user_unique_id"].as_str().expect("id")
    );
    assert_eq!(v["user_uid"], "0");
    let (_, body) = env
        .api(
            "/webcast/web/feed/follow/",
            "scene=aweme_pc_follow_top",
            None,
        )
        .await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["status_code"], 2483);
    let url = env.ab_url(
        "/aweme/v1/web/familiar/feed/",
        &format!("{BASE}&cursor=0&level=1"),
        "",
    );
    let v: Value = env
        .http
        .post(&url)
        .header("User-Agent", UA)
        .send()
        .await
        .expect("post")
        .json()
        .await
        .expect("json");
    assert_eq!(v["status_code"], 2483);
    assert_eq!(env.counters().await["login_refusals"], 6);
}

#[tokio::test]
async fn short_links_redirect_to_canonical_share_urls() {
    let env = start().await;
    for link in env.world["short_links"]
        .as_array()
        .expect("links")
        .iter()
        .take(3)
    {
        let code = link["code"].as_str().expect("code");
        let r = env
            .http
            .get(format!("{}/{code}/", env.base()))
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), 302);
        let loc = r.headers()["location"].to_str().expect("loc").to_string();
        assert_eq!(
            loc,
            format!("{}{}", env.base(), link["target"].as_str().expect("t"))
        );
        assert_eq!(env.http.get(&loc).send().await.expect("land").status(), 200);
    }
    let user_link = &env.world["short_links"][0];
    assert!(user_link["target"]
        .as_str()
        .expect("t")
        .contains(&format!("sec_uid={}", env.user_sec(0))));
    assert_eq!(
        env.http
            .get(format!("{}/nope000/", env.base()))
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
}
