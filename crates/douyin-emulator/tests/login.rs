//! The fake QR login: new → scanned on the button → confirmed with session cookies that
//! then open the login-only endpoints; and the auto-scan delay.

mod common;

use common::{start, start_with};
use serde_json::Value;

#[tokio::test]
async fn qr_login_sets_a_working_session_cookie() {
    let env = start().await;
    let page = env
        .http
        .get(format!("{}/login", env.base()))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(page.contains("扫码登录") && page.contains("/__login/qr.svg"));
    let qr: Value = env
        .http
        .get(format!("{}/get_qrcode/", env.base()))
        .send()
        .await
        .expect("qr")
        .json()
        .await
        .expect("json");
    let token = qr["data"]["token"].as_str().expect("token").to_string();
    let svg = env
        .http
        .get(qr["data"]["qrcode"].as_str().expect("qr url"))
        .send()
        .await
        .expect("svg")
        .text()
        .await
        .expect("svg");
    assert!(svg.starts_with("<svg"));
    let check = |token: String| {
        let http = env.http.clone();
        let base = env.base().to_string();
        async move {
            http.get(format!("{base}/check_qrconnect/?token={token}"))
                .send()
                .await
                .expect("check")
        }
    };
    let r = check(token.clone()).await;
    assert!(r.headers().get("set-cookie").is_none());
    assert_eq!(
        r.json::<Value>().await.expect("json")["data"]["status"],
        "1"
    );
    let scan: Value = env
        .http
        .post(format!("{}/__login/scan?token={token}", env.base()))
        .send()
        .await
        .expect("scan")
        .json()
        .await
        .expect("json");
    assert_eq!(scan["ok"], true);
    let r = check(token.clone()).await;
    let cookies: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| {
            v.to_str()
                .expect("c")
                .split(';')
                .next()
                .expect("kv")
                .to_string()
        })
        .collect();
    assert_eq!(
        r.json::<Value>().await.expect("json")["data"]["status"],
        "3"
    );
    assert!(cookies.iter().any(|c| c.starts_with("sessionid=")));
    let cookie = cookies.join("; ");
    let (_, body) = env
        .api(
            "/aweme/v1/web/query/user/",
            "update_version_code=170400",
            Some(&cookie),
        )
        .await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["id"], env.world["account"]["user_unique_id"]);
    assert_eq!(
        check("unknown".into())
            .await
            .json::<Value>()
            .await
            .expect("json")["data"]["status"],
        "5"
    );
}

/// The `data.status` of one `check_qrconnect` poll.
async fn qr_status(http: &reqwest::Client, url: &str) -> Value {
    http.get(url)
        .send()
        .await
        .expect("check_qrconnect answers")
        .json::<Value>()
        .await
        .expect("check_qrconnect is JSON")["data"]["status"]
        .clone()
}

/// A new login ticket from `get_qrcode/`.
async fn new_ticket(env: &common::Env) -> String {
    let qr: Value = env
        .http
        .get(format!("{}/get_qrcode/", env.base()))
        .send()
        .await
        .expect("get_qrcode answers")
        .json()
        .await
        .expect("get_qrcode is JSON");
    qr["data"]["token"].as_str().expect("token").to_string()
}

/// The phone scans and confirms ticket `token`; then the poll that confirms it.
async fn scan_and_check(env: &common::Env, token: &str) -> reqwest::Response {
    env.http
        .post(format!("{}/__login/scan?token={token}", env.base()))
        .send()
        .await
        .expect("scan");
    env.http
        .get(format!("{}/check_qrconnect/?token={token}", env.base()))
        .send()
        .await
        .expect("check_qrconnect answers")
}

#[tokio::test]
async fn qr_login_confirms_itself_after_the_delay() {
    let env = start_with(|c| c.login_auto_scan_ms = Some(5_000)).await;
    let token = new_ticket(&env).await;
    let url = format!("{}/check_qrconnect/?token={token}", env.base());
    assert_eq!(qr_status(&env.http, &url).await, "1");
    env.clock.advance(5_000);
    assert_eq!(qr_status(&env.http, &url).await, "3");
}

#[tokio::test]
async fn an_expired_session_is_refused_and_a_new_login_works() {
    let env = start().await;
    let old = env.cookie();
    let (_, body) = env
        .api(
            "/aweme/v1/web/query/user/",
            "update_version_code=170400",
            Some(&old),
        )
        .await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["id"], env.world["account"]["user_unique_id"]);

    let (status, expired) = env.admin("session/expire", None).await;
    assert_eq!(status, 200);
    let new_cookie = expired["cookie"].as_str().expect("cookie").to_string();
    assert_ne!(new_cookie, old);
    for path in [
        "/aweme/v1/web/music/listcollection/",
        "/aweme/v1/web/collects/list/",
    ] {
        let (_, body) = env.api(path, "cursor=0&count=2", Some(&old)).await;
        let v: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["status_code"], 2483, "{path} with the expired session");
    }
    // A fresh QR login sets the new session, which works.
    let token = new_ticket(&env).await;
    let r = scan_and_check(&env, &token).await;
    let set: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().expect("ascii").to_string())
        .collect();
    for c in &set {
        // Host-only cookies for the whole emulator origin (the www.douyin.com stand-in): a
        // Domain=.douyin.com cookie would be dropped by a browser at 127.0.0.1.
        assert!(c.contains("; Path=/"), "{c}");
        assert!(!c.to_ascii_lowercase().contains("domain="), "{c}");
    }
    let cookie: Vec<&str> = set
        .iter()
        .map(|c| c.split(';').next().expect("kv"))
        .collect();
    let cookie = cookie.join("; ");
    assert_eq!(cookie, new_cookie);
    let (_, body) = env
        .api(
            "/aweme/v1/web/music/listcollection/",
            "cursor=0&count=2",
            Some(&cookie),
        )
        .await;
    let v: Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["status_code"], 0);
    assert_eq!(
        env.world_now().await["account"]["cookie"],
        new_cookie.as_str()
    );
}

#[tokio::test]
async fn the_login_page_navigates_to_the_origin_after_confirming() {
    let env = start().await;
    let page = env
        .http
        .get(format!("{}/login", env.base()))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    let token = page
        .split("token=")
        .nth(1)
        .and_then(|s| s.split(['"', '\'', '&']).next())
        .expect("token in the page")
        .to_string();
    // The page's poll answers with the cookies and a same-origin redirect the page follows.
    let r = scan_and_check(&env, &token).await;
    assert!(r.headers().get_all("set-cookie").iter().count() >= 3);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["data"]["status"], "3");
    assert_eq!(v["data"]["redirect_url"], format!("{}/", env.base()));
    assert!(
        page.contains("redirect_url"),
        "the page follows redirect_url"
    );
}
