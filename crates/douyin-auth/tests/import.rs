//! Every import format end to end: detection, a byte-order mark, CRLF, foreign-domain cookies
//! left out and counted, expired cookies, malformed lines named by position, empty input — and
//! no error text ever quoting a cookie value.

use douyin_auth::{import_cookies, AuthError, ImportFormat, Location};
use douyin_core::ErrorKind;

const NOW_S: i64 = 1_800_000_000;
const SECRET: &str = "S3cr3tSess10nValue";

fn netscape() -> String {
    [
        "# Netscape HTTP Cookie File",
        "# https://curl.se/docs/http-cookies.html",
        "",
        &format!("#HttpOnly_.douyin.com\tTRUE\t/\tTRUE\t1900000000\tsessionid\t{SECRET}"),
        "www.douyin.com\tFALSE\t/\tFALSE\t0\tttwid\t1%7Cabc",
        ".douyin.com\tTRUE\t/\tFALSE\t1700000000\told_cookie\tgone",
        ".google.com\tTRUE\t/\tFALSE\t1900000000\tNID\tg",
        "#HttpOnly_.bytedance.com\tTRUE\t/\tTRUE\t1900000000\tsid\tb",
        "",
    ]
    .join("\r\n")
}

fn json() -> String {
    format!(
        r#"[
  {{"domain": ".douyin.com", "expirationDate": 1900000000.25, "hostOnly": false, "httpOnly": true, "name": "sessionid", "path": "/", "sameSite": "no_restriction", "secure": true, "session": false, "storeId": "0", "value": "{SECRET}"}},
  {{"domain": "www.douyin.com", "hostOnly": true, "httpOnly": false, "name": "s_v_web_id", "path": "/", "secure": false, "session": true, "value": "verify_x"}},
  {{"domain": ".youtube.com", "name": "PREF", "value": "y", "path": "/"}}
]"#
    )
}

fn header_of(text: &str) -> String {
    import_cookies(text, ImportFormat::Auto, NOW_S)
        .expect("imports")
        .jar
        .header_value()
}

#[test]
fn netscape_file_keeps_live_douyin_cookies() {
    let got = import_cookies(&netscape(), ImportFormat::Auto, NOW_S).expect("cookies.txt");
    assert_eq!(got.format, ImportFormat::Netscape);
    assert_eq!(
        got.jar.header_value(),
        format!("sessionid={SECRET}; ttwid=1%7Cabc")
    );
    assert_eq!((got.foreign, got.expired), (2, 1));
    let session = &got.jar.cookies()[0];
    assert!(session.http_only && session.secure);
    assert!(got.jar.has_session_cookie());
}

#[test]
fn cookie_editor_json_keeps_douyin_cookies() {
    let got = import_cookies(&json(), ImportFormat::Auto, NOW_S).expect("json");
    assert_eq!(got.format, ImportFormat::Json);
    assert_eq!(got.jar.names(), ["sessionid", "s_v_web_id"]);
    assert_eq!(got.foreign, 1);
    assert_eq!(got.jar.cookies()[0].expires_s, Some(1_900_000_000));
}

#[test]
fn header_string_with_or_without_prefix() {
    let want = format!("sessionid={SECRET}; ttwid=t");
    assert_eq!(
        header_of(&format!("Cookie: sessionid={SECRET}; ttwid=t")),
        want
    );
    assert_eq!(header_of(&format!("sessionid={SECRET};ttwid=t\r\n")), want);
    let got = import_cookies("a=1", ImportFormat::Header, NOW_S).expect("header");
    assert!(!got.jar.has_session_cookie());
}

#[test]
fn a_byte_order_mark_is_ignored_in_every_format() {
    let bom = |t: &str| format!("\u{feff}{t}");
    assert_eq!(
        header_of(&bom(&netscape())),
        format!("sessionid={SECRET}; ttwid=1%7Cabc")
    );
    assert_eq!(
        import_cookies(&bom(&json()), ImportFormat::Auto, NOW_S)
            .expect("json with BOM")
            .format,
        ImportFormat::Json
    );
    assert_eq!(header_of(&bom("sessionid=x")), "sessionid=x");
}

#[test]
fn empty_and_bom_only_inputs_are_refused() {
    for text in ["", "   \r\n\t", "\u{feff}", "\u{feff}\n\n"] {
        for format in [
            ImportFormat::Auto,
            ImportFormat::Header,
            ImportFormat::Netscape,
            ImportFormat::Json,
        ] {
            let err = import_cookies(text, format, NOW_S).expect_err("empty");
            assert!(
                matches!(err, AuthError::EmptyInput),
                "{text:?} {format:?}: {err}"
            );
            assert_eq!(err.kind(), ErrorKind::InvalidInput);
        }
    }
    // A cookies.txt with comments only has no cookie either.
    let err = import_cookies(
        "# Netscape HTTP Cookie File\n# nothing\n",
        ImportFormat::Netscape,
        NOW_S,
    )
    .expect_err("comments only");
    assert!(matches!(err, AuthError::EmptyInput), "{err}");
}

#[test]
fn only_foreign_or_only_expired_cookies_are_refused_with_counts() {
    let foreign = ".google.com\tTRUE\t/\tFALSE\t0\tNID\tg\nexample.com\tFALSE\t/\tFALSE\t0\ta\tb\n";
    let err = import_cookies(foreign, ImportFormat::Auto, NOW_S).expect_err("foreign");
    assert!(
        matches!(err, AuthError::NoDouyinCookies { foreign: 2 }),
        "{err}"
    );
    let look_alike = r#"[{"domain":"notdouyin.com","name":"a","value":"1"},{"domain":"douyin.com.evil.net","name":"b","value":"2"}]"#;
    let err = import_cookies(look_alike, ImportFormat::Auto, NOW_S).expect_err("look-alikes");
    assert!(
        matches!(err, AuthError::NoDouyinCookies { foreign: 2 }),
        "{err}"
    );
    let expired = ".douyin.com\tTRUE\t/\tFALSE\t1000\tsessionid\tx\n";
    let err = import_cookies(expired, ImportFormat::Auto, NOW_S).expect_err("expired");
    assert!(matches!(err, AuthError::AllExpired { count: 1 }), "{err}");
    assert_eq!(err.kind(), ErrorKind::LoginRequired);
}

/// Each malformed input is refused at the right place, and the message never quotes the value.
#[test]
fn malformed_inputs_name_their_place_not_their_content() {
    let cases: Vec<(ImportFormat, String, Location)> = vec![
        (
            ImportFormat::Netscape,
            format!(".douyin.com\tTRUE\t/\tFALSE\t0\tok\t1\r\n.douyin.com\tTRUE\t/\tFALSE\t0\tsessionid\r\n.douyin.com TRUE / FALSE 0 sessionid {SECRET}\r\n"),
            Location::Line(3),
        ),
        (
            ImportFormat::Netscape,
            format!("# c\n.douyin.com\tTRUE\t/\tMAYBE\t0\tsessionid\t{SECRET}\n"),
            Location::Line(2),
        ),
        (
            ImportFormat::Netscape,
            format!(".douyin.com\tTRUE\t/\tFALSE\tnever\tsessionid\t{SECRET}\n"),
            Location::Line(1),
        ),
        (
            ImportFormat::Netscape,
            format!(".douyin.com\tTRUE\t/\tFALSE\t0\tsession id\t{SECRET}\n"),
            Location::Line(1),
        ),
        (
            ImportFormat::Header,
            format!("ttwid=1; {SECRET}; b=2"),
            Location::Pair(2),
        ),
        (
            ImportFormat::Json,
            format!(r#"[{{"domain":".douyin.com","name":"a","value":"1"}}, {{"domain":".douyin.com","name":"sessionid","value":["{SECRET}"]}}]"#),
            Location::JsonPath("[1].value".into()),
        ),
        (
            ImportFormat::Json,
            format!(r#"{{"cookies":[{{"name":"sessionid","value":"{SECRET}"}}]}}"#),
            Location::JsonPath(".cookies[0].domain".into()),
        ),
        (
            ImportFormat::Json,
            format!("[\n{{\"domain\":\".douyin.com\",\"name\":\"sessionid\",\"value\":\"{SECRET}\"\n"),
            Location::Line(3),
        ),
        (
            ImportFormat::Json,
            format!(r#"[{{"domain":".douyin.com","name":"sessionid","value":"{SECRET}","expirationDate":"soon"}}]"#),
            Location::JsonPath("[0].expirationDate".into()),
        ),
    ];
    for (format, text, want) in cases {
        let err = import_cookies(&text, format, NOW_S).expect_err("malformed");
        let shown = format!("{err} {err:?}");
        match &err {
            AuthError::Import { at, .. } => assert_eq!(at, &want, "{shown}"),
            other => panic!("expected an import error, got {other}"),
        }
        assert!(shown.contains(&want.to_string()), "{shown}");
        assert!(!shown.contains(SECRET), "the value leaked: {shown}");
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
    }
}

#[test]
fn detection_picks_each_format() {
    let detect = ImportFormat::detect;
    assert_eq!(detect(&netscape()), ImportFormat::Netscape);
    assert_eq!(detect(&json()), ImportFormat::Json);
    assert_eq!(detect("  {\"cookies\": []}"), ImportFormat::Json);
    assert_eq!(detect("Cookie: a=1; b=2"), ImportFormat::Header);
    assert_eq!(detect("a=1; b=TRUE"), ImportFormat::Header);
    // A cookies.txt line whose tabs became spaces is still read as one, to say so.
    let spaced = ".douyin.com TRUE / FALSE 0 sessionid x";
    assert_eq!(detect(spaced), ImportFormat::Netscape);
    let err = import_cookies(spaced, ImportFormat::Auto, NOW_S).expect_err("spaces");
    assert!(err.to_string().contains("tabs"), "{err}");
}
