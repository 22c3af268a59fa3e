//! The fake QR login: a douyin.com-like page with a QR code that "scans" on a button (or by
//! itself after a delay) and then sets the account's session cookies; a poll endpoint shaped
//! like the old `sso.douyin.com` flow (`get_qrcode/`, `check_qrconnect/`).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, Uri};
use axum::response::{Html, IntoResponse, Response};
use serde_json::json;

use super::query::{parse, Params};
use super::{lock, Shared};
use crate::sign::codec::{hex, md5};

fn new_token(sh: &Shared) -> String {
    let n = lock(&sh.logins).len();
    let token = hex(&md5(
        format!("login{}{}{n}", sh.world_seed(), sh.now_ms()).as_bytes()
    ));
    lock(&sh.logins).insert(token.clone(), (sh.now_ms(), false));
    token
}

/// `GET /login`: the page (QR code + "scan" button + polling script).
pub async fn page(State(sh): State<Arc<Shared>>) -> Html<String> {
    let token = new_token(&sh);
    Html(format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>抖音-记录美好生活</title>
<style>body{{font-family:sans-serif;background:#161823;color:#fff;text-align:center}}.box{{margin:80px auto;width:320px;background:#fff;color:#161823;border-radius:12px;padding:24px}}</style></head>
<body><div class="box"><h2>扫码登录</h2><img id="qr" width="200" height="200" src="/__login/qr.svg?token={token}" alt="QR"/>
<p id="state">打开抖音APP扫一扫</p><button id="scan" onclick="fetch('/__login/scan?token={token}',{{method:'POST'}})">模拟扫码 (scan)</button></div>
<script>setInterval(async()=>{{const r=await fetch('/check_qrconnect/?token={token}');const j=await r.json();
const s=j.data.status;document.getElementById('state').textContent={{'1':'等待扫码','2':'已扫码，请确认','3':'登录成功','5':'二维码已过期'}}[s];
if(s==='3'){{location.href=j.data.redirect_url||'/';}}}},1000);</script></body></html>"#
    ))
}

/// `GET /__login/qr.svg?token=`: a deterministic QR-like picture of the token.
pub async fn qr_svg(uri: Uri) -> Response {
    let q = parse(uri.query().unwrap_or(""));
    let bits = md5(q.s("token").as_bytes());
    let mut rects = String::new();
    for y in 0..21u32 {
        for x in 0..21u32 {
            let i = (y * 21 + x) as usize;
            let in_top = y < 7 && !(7..=13).contains(&x);
            let finder = in_top || (x < 7 && y > 13);
            let on = if finder {
                x % 6 == 0 || y % 6 == 0 || (x % 7 >= 2 && x % 7 <= 4 && y % 7 >= 2 && y % 7 <= 4)
            } else {
                bits[i % 16] >> (i % 8) & 1 == 1
            };
            if on {
                rects.push_str(&format!(
                    "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\"/>"
                ));
            }
        }
    }
    ([(header::CONTENT_TYPE, "image/svg+xml")], format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-1 -1 23 23\"><rect x=\"-1\" y=\"-1\" width=\"23\" height=\"23\" fill=\"#fff\"/>{rects}</svg>")).into_response()
}

/// `GET /get_qrcode/`: a new login ticket.
pub async fn get_qrcode(State(sh): State<Arc<Shared>>) -> Response {
    let token = new_token(&sh);
    super::api::json_response(&json!({
        "data": {"token": token, "qrcode": format!("{}/__login/qr.svg?token={token}", sh.base), "qrcode_index_url": format!("{}/login?token={token}", sh.base), "expire_time": sh.now_ms() / 1000 + 120},
        "message": "success",
    }))
}

/// `POST /__login/scan?token=`: the phone "scans and confirms".
pub async fn scan(State(sh): State<Arc<Shared>>, uri: Uri) -> Response {
    let q = parse(uri.query().unwrap_or(""));
    let found = lock(&sh.logins)
        .get_mut(q.s("token"))
        .map(|t| t.1 = true)
        .is_some();
    super::api::json_response(&json!({"ok": found}))
}

/// `GET /check_qrconnect/?token=`: status "1" new, "2" scanned, "3" confirmed (with the
/// session cookies in `Set-Cookie`), "5" expired/unknown.
pub async fn check_qrconnect(State(sh): State<Arc<Shared>>, uri: Uri) -> Response {
    let q = parse(uri.query().unwrap_or(""));
    let now = sh.now_ms();
    let state = lock(&sh.logins).get(q.s("token")).copied();
    let status = match state {
        None => "5",
        Some((created, scanned)) => {
            let auto = sh
                .cfg
                .login_auto_scan_ms
                .is_some_and(|d| now >= created + d);
            if scanned || auto {
                "3"
            } else {
                "1"
            }
        }
    };
    let body = json!({"data": {"status": status, "redirect_url": if status == "3" { format!("{}/", sh.base) } else { String::new() }}, "message": "success"}).to_string();
    let mut resp = (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response();
    if status == "3" {
        // Host-only cookies on the emulator's origin, the stand-in for www.douyin.com: the
        // page's same-origin poll stores them in the browser's (or webview's) jar, and every
        // API path on the origin gets them. A `Domain=.douyin.com` would be refused at
        // 127.0.0.1, and `Secure` would hide them from plain http.
        for c in sh.world().account.cookie.split("; ") {
            if let Ok(v) = format!("{c}; Path=/; Max-Age=5184000; SameSite=Lax").parse() {
                resp.headers_mut().append(header::SET_COOKIE, v);
            }
        }
    }
    resp
}
