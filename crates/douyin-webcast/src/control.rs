//! `WebcastControlMessage`, the room control message other clients use to detect the end of a
//! live; it is not in F2's schema, so it is declared here from the documented layout.

use super::proto_json::{self as pj, ProtoJson};
use super::schema::Common;
use serde_json::{Map, Value};

/// `ControlMessage.status` value meaning the live has ended.
pub const CONTROL_STATUS_LIVE_ENDED: i32 = 3;

/// Proto message `ControlMessage { Common common = 1; int32 status = 2; }`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ControlMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<Box<Common>>,
    /// `status` = 2; 3 means the live has ended.
    #[prost(int32, tag = "2")]
    pub status: i32,
}

impl ControlMessage {
    /// True when this control message announces the end of the live.
    pub fn is_live_ended(&self) -> bool {
        self.status == CONTROL_STATUS_LIVE_ENDED
    }
}

impl ProtoJson for ControlMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int32(&mut m, "status", &self.status);
        Value::Object(m)
    }
}
