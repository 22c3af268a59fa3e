//! Per-session tokens (spec http.md §5): the msToken is fetched once from the token endpoint,
//! falling back to a generated ("false") token when that fails, and the verifyFp is generated
//! once; together they fill the session's [`ParamConfig`]. Also the ttwid for websockets.

use super::transport::{OutRequest, Which};
use super::DouyinClient;
use crate::endpoints::Method;
use crate::params::ParamConfig;
use crate::token::{
    false_ms_token, parse_real_ms_token, parse_ttwid, real_ms_token_request, ttwid_request,
    verify_fp, F2Release, TokenRequest,
};
use crate::Error;
use std::sync::Arc;

/// Where the session's msToken came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MsTokenSource {
    /// Issued by the token endpoint.
    Endpoint,
    /// Generated locally because the endpoint failed (F2's `gen_false_msToken`).
    Generated,
}

/// One session's lazily created values.
pub(crate) type SessionCell = tokio::sync::OnceCell<Arc<Session>>;

/// The values every request of a session shares.
#[derive(Debug, Clone)]
pub(crate) struct Session {
    /// The base parameter sets, with msToken and verifyFp.
    pub params: ParamConfig,
    /// Where the msToken came from.
    pub source: MsTokenSource,
}

impl DouyinClient {
    /// The session, created on first use (one token request per session, as F2 does per
    /// process).
    pub(crate) async fn session(&self) -> Arc<Session> {
        let cell = self
            .inner
            .session
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        cell.get_or_init(|| async {
            let (ms_token, source) = match self.fetch_ms_token().await {
                Ok(token) => (token, MsTokenSource::Endpoint),
                Err(_) => (
                    self.inner.world.rng.with(|r| {
                        let mut r = r;
                        false_ms_token(&mut r)
                    }),
                    MsTokenSource::Generated,
                ),
            };
            let now = self.inner.world.clock.now_ms();
            let fp = self.inner.world.rng.with(|r| {
                let mut r = r;
                verify_fp(now, &mut r)
            });
            Arc::new(Session {
                params: ParamConfig::new(&self.inner.config.user_agent, ms_token, fp),
                source,
            })
        })
        .await
        .clone()
    }

    /// The session's parameter sets (fetching the msToken on first use).
    pub async fn param_config(&self) -> ParamConfig {
        self.session().await.params.clone()
    }

    /// Where the session's msToken came from (fetching it on first use).
    pub async fn ms_token_source(&self) -> MsTokenSource {
        self.session().await.source
    }

    async fn fetch_ms_token(&self) -> Result<String, Error> {
        let now = self.inner.world.clock.now_ms();
        let request = real_ms_token_request(F2Release::Head, &self.inner.config.user_agent, now);
        let resp = self
            .send_token_request(&request, "the msToken endpoint")
            .await?;
        Ok(parse_real_ms_token(
            F2Release::Head,
            resp.status,
            &resp.set_cookies,
        )?)
    }

    /// A guest ttwid from the registration endpoint (for the live websocket's cookie).
    ///
    /// # Errors
    /// Transport errors, or [`Error::Token`] when no ttwid cookie came back.
    pub async fn ttwid(&self) -> Result<String, Error> {
        let request = ttwid_request(&self.inner.config.user_agent);
        let resp = self
            .send_token_request(&request, "the ttwid endpoint")
            .await?;
        if !(200..300).contains(&resp.status) {
            return Err(crate::token::TokenError::HttpStatus {
                status: resp.status,
            }
            .into());
        }
        Ok(parse_ttwid(&resp.set_cookies)?)
    }

    /// Sends a token request with the bare client (no cookie), routed to the base URL if set.
    async fn send_token_request(
        &self,
        request: &TokenRequest,
        label: &str,
    ) -> Result<super::transport::RawResponse, Error> {
        let url = self.route(&request.url);
        self.inner
            .transport
            .send(
                Which::Bare,
                &OutRequest {
                    method: Method::Post,
                    url: &url,
                    headers: &request.headers,
                    body: &request.body,
                    label,
                    exact: true,
                },
            )
            .await
    }
}
