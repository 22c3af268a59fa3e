//! Command-line values that are credentials: a cookie is kept as [`Secret`] and a proxy URL
//! (which may carry a password) as [`ProxyUrl`], so `Debug` of an argument struct never shows
//! them; the commands take the text out only to hand it to the client.

use std::convert::Infallible;
use std::str::FromStr;

/// A credential given on the command line; `Debug` shows only its length.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// The text, for the one place that sends it.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl FromStr for Secret {
    type Err = Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_owned()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<secret, {} bytes>", self.0.len())
    }
}

/// A proxy URL; `Debug` shows it without user info or query.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyUrl(String);

impl ProxyUrl {
    /// The URL, for the client settings.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl FromStr for ProxyUrl {
    type Err = Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_owned()))
    }
}

impl std::fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", douyin_core::redact::redact_url(&self.0))
    }
}

#[cfg(test)]
mod tests {
    //! The one place every type that holds a credential is formatted with `{:?}` (and `{}` where
    //! it has one) and checked for the credential: cookies, msToken, verifyFp, signed URLs,
    //! ttwid and proxy passwords.

    use crate::cli::Cli;
    use clap::Parser;
    use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
    use douyin_core::endpoints::BaseSet;
    use douyin_core::live::{GuestIdentity, LiveApi};
    use douyin_core::params::{ParamConfig, DEFAULT_USER_AGENT};

    const COOKIE: &str = "sessionid=COOKIESECRET; ttwid=1%7CTTWIDSECRET";
    const PROXY: &str = "http://bob:PROXYPASS@127.0.0.1:9";
    const SECRETS: [&str; 6] = [
        "COOKIESECRET",
        "TTWIDSECRET",
        "PROXYPASS",
        "MSTOKENSECRET",
        "FPSECRET",
        "WSSIGSECRET",
    ];

    fn assert_clean(what: &str, shown: &str) {
        for secret in SECRETS {
            assert!(!shown.contains(secret), "{what} shows {secret}: {shown}");
        }
    }

    fn debug(what: &str, value: &impl std::fmt::Debug) {
        assert_clean(what, &format!("{value:?}"));
        assert_clean(what, &format!("{value:#?}"));
    }

    fn both(what: &str, value: &(impl std::fmt::Debug + std::fmt::Display)) {
        debug(what, value);
        assert_clean(what, &value.to_string());
    }

    fn parsed(args: &[&str]) -> Cli {
        Cli::try_parse_from(args).unwrap_or_else(|e| panic!("{args:?}: {e}"))
    }

    #[tokio::test]
    async fn no_debug_or_display_shows_a_credential() {
        // The request parameter sets of a session.
        let params = ParamConfig::new(DEFAULT_USER_AGENT, "MSTOKENSECRET", "verify_FPSECRET");
        debug("ParamConfig", &params);
        debug("ParamList", &params.base_list(BaseSet::Request));
        debug("ParamList (live2)", &params.base_list(BaseSet::Live2));
        debug("BaseParams", &params.base);

        // The client, its settings and what it lends the live session.
        let config = ClientConfig {
            base_url: Some("http://127.0.0.1:9".into()),
            cookie: COOKIE.into(),
            proxy: Some(PROXY.into()),
            timeout_ms: 500,
            max_retries: 1,
            ..ClientConfig::default()
        };
        debug("ClientConfig", &config);
        let client = DouyinClient::new(config, ClientWorld::system()).expect("client");
        debug("DouyinClient", &client);
        client.set_cookie(COOKIE);
        debug("DouyinClient after set_cookie", &client);
        debug("LiveContext", &client.context());
        debug(
            "GuestIdentity",
            &GuestIdentity {
                ttwid: "1%7CTTWIDSECRET".into(),
                user_unique_id: "7".into(),
            },
        );

        // Errors: a dead proxy with a password, a websocket handshake on a signed URL.
        let proxy_err = client
            .send(&douyin_core::params::models::QueryUser::default())
            .await
            .expect_err("nothing listens on the proxy port");
        both("Error (proxy)", &proxy_err);
        let ws_err = douyin_core::live::ws::connect(
            "ws://127.0.0.1:9/webcast/im/push/v2/?room_id=1&signature=WSSIGSECRET",
            DEFAULT_USER_AGENT,
            "1%7CTTWIDSECRET",
            1024,
            std::time::Duration::from_secs(2),
        )
        .await
        .expect_err("nothing listens there");
        both("Error (websocket)", &ws_err);

        // douyin-auth: an imported login, its jar and cookies, the session kept.
        let imported =
            douyin_auth::import_cookies(COOKIE, douyin_auth::ImportFormat::Header, 1_700_000_000)
                .expect("a cookie header");
        debug("Imported", &imported);
        debug("CookieJar", &imported.jar);
        let session = douyin_auth::Session::new(imported.jar.clone(), 1);
        debug("Session", &session);
        both("AuthError", &douyin_auth::AuthError::NoSessionCookie);

        // The CLI's argument structs, as clap fills them.
        for args in [
            &[
                "douyin", "fetch", "--cookie", COOKIE, "--proxy", PROXY, "profile", "x",
            ][..],
            &[
                "douyin", "live", "--cookie", COOKIE, "--proxy", PROXY, "123",
            ],
            &[
                "douyin", "download", "-k", COOKIE, "-P", PROXY, "-M", "one", "-u", "x",
            ],
            &[
                "douyin",
                "login",
                "--cookie-header",
                COOKIE,
                "--proxy",
                PROXY,
            ],
            &["douyin", "whoami", "--proxy", PROXY],
        ] {
            debug(&args[1..3].join(" "), &parsed(args));
        }
    }
}
