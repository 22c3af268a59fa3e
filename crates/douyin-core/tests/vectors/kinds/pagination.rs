//! Vector kind `pagination`.

use super::Outcome;
use serde_json::Value;

pub fn run(_case: &Value) -> Outcome {
    Outcome::NotHandled("not built yet")
}
