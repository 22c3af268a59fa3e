//! [`Fetch`] for the HTTP client: requests go through its signing, governor, retries and
//! classification; page pauses use its injected clock.

use super::fetch::Fetch;
use crate::client::DouyinClient;
use crate::params::RequestModel;
use serde_json::Value;
use std::future::Future;
use std::time::Duration;

impl Fetch for DouyinClient {
    async fn fetch(&self, model: &(dyn RequestModel + Sync)) -> Result<Value, crate::Error> {
        self.send(model).await
    }

    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send {
        self.world().clock.sleep(delay)
    }
}
