//! [`Fetch`] for the HTTP client: requests go through its signing, governor, retries and
//! classification; page pauses use its injected clock.

use super::fetch::Fetch;
use crate::client::DouyinClient;
use crate::endpoints::Endpoint;
use crate::params::{ParamConfig, ParamList, RequestModel};
use serde_json::Value;
use std::future::Future;
use std::time::Duration;

/// A sized view of a model, since the client takes `&impl RequestModel`.
struct ByRef<'a>(&'a (dyn RequestModel + Sync));

impl RequestModel for ByRef<'_> {
    fn endpoint(&self) -> Endpoint {
        self.0.endpoint()
    }

    fn own_params(&self) -> ParamList {
        self.0.own_params()
    }

    fn params(&self, config: &ParamConfig) -> ParamList {
        self.0.params(config)
    }
}

impl Fetch for DouyinClient {
    fn fetch(
        &self,
        model: &(dyn RequestModel + Sync),
    ) -> impl Future<Output = Result<Value, crate::Error>> + Send {
        async move { self.send(&ByRef(model)).await }
    }

    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send {
        self.world().clock.sleep(delay)
    }
}
