//! Live: when each room is live, the FLV/HLS streams that keep producing bytes while it is,
//! the danmaku messages, `im/fetch` and the websocket push endpoint.

pub mod im;
pub mod messages;
pub mod proto;
pub mod schedule;
pub mod stream;
pub mod ts;
pub mod ws;
