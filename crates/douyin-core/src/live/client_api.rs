//! [`LiveApi`] on the crate's [`DouyinClient`]: room lookups, the guest ttwid and `query/user`,
//! and im/fetch go through its signer, governor and retries. The guest cookie replaces the
//! user's cookie on the two requests that identify the viewer, as F2's danmaku snippet does.

use super::api::{im_bootstrap_from_json, GuestIdentity, ImBootstrap, LiveApi, LiveContext};
use super::room::{room_from_enter, room_from_reflow, LiveRoom};
use crate::client::DouyinClient;
use crate::link::{LinkTarget, TargetKind};
use crate::params::models::{LiveImFetch, QueryUser, UserLive, UserLive2};
use crate::params::RequestModel;
use crate::Error;
use serde_json::Value;

/// The cookie F2's snippet sends with im/fetch for a guest.
fn guest_cookie(ttwid: &str) -> String {
    format!("ttwid={ttwid}; __live_version__=%221.1.2.6631%22; live_use_vvc=%22false%22;")
}

impl DouyinClient {
    /// Sends `model` with `cookie` instead of the configured one.
    async fn send_with_cookie(
        &self,
        model: &impl RequestModel,
        cookie: &str,
    ) -> Result<Value, Error> {
        let mut prepared = self.prepare(model).await;
        for (name, value) in &mut prepared.headers {
            if name.eq_ignore_ascii_case("Cookie") {
                cookie.clone_into(value);
            }
        }
        if !prepared
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("Cookie"))
        {
            prepared.headers.push(("Cookie", cookie.to_owned()));
        }
        self.send_prepared(&prepared).await
    }
}

impl LiveApi for DouyinClient {
    fn context(&self) -> LiveContext {
        LiveContext {
            base_url: self.config().base().map(str::to_owned),
            user_agent: self.config().user_agent.clone(),
            world: self.world().clone(),
            media: self.media_client(),
        }
    }

    async fn resolve_room(&self, target: &LinkTarget) -> Result<LiveRoom, Error> {
        let followed;
        let target = if target.is_short_link() {
            followed = self.resolve_link(&target.id).await?;
            &followed
        } else {
            target
        };
        match target.kind {
            TargetKind::Live => {
                let body = self.send(&UserLive::new(target.id.as_str())).await?;
                room_from_enter(&body, &target.id)
            }
            TargetKind::LiveRoom => {
                let body = self.send(&UserLive2::new(target.id.as_str())).await?;
                room_from_reflow(&body, &target.id)
            }
            other => Err(Error::InvalidInput(format!(
                "the link points at a {other}, not a live room"
            ))),
        }
    }

    async fn guest_identity(&self) -> Result<GuestIdentity, Error> {
        let ttwid = self.ttwid().await?;
        let body = self
            .send_with_cookie(&QueryUser::default(), &format!("ttwid={ttwid}"))
            .await?;
        let user_unique_id = match &body["id"] {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        if user_unique_id.is_empty() {
            return Err(Error::Decode {
                endpoint: "/aweme/v1/web/query/user/".into(),
                path: "id".into(),
                reason: "no device id in the answer".into(),
            });
        }
        Ok(GuestIdentity {
            ttwid,
            user_unique_id,
        })
    }

    async fn im_fetch(&self, room_id: &str, guest: &GuestIdentity) -> Result<ImBootstrap, Error> {
        let model = LiveImFetch::new(room_id, guest.user_unique_id.as_str());
        let body = self
            .send_with_cookie(&model, &guest_cookie(&guest.ttwid))
            .await?;
        im_bootstrap_from_json(&body)
    }
}
