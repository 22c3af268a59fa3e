//! Request parameters for every Douyin endpoint, rendered exactly as F2 sends them: the shared
//! base sets (configurable), one typed model per endpoint, the query/form/JSON renderings, the
//! header list, and a request ready for signing.
//!
//! Where F2's PyPI 0.0.1.7 release and its HEAD differ, the models follow HEAD.

pub mod base;
pub mod encode;
pub mod error;
pub mod headers;
pub mod list;
pub mod live_base;
pub mod model;
pub mod models;
mod param_set;
pub mod request;
pub mod value;

pub use base::BaseParams;
pub use error::{RequestError, RequestErrorKind};
pub use headers::{ClientHeaders, DEFAULT_REFERER, DEFAULT_USER_AGENT};
pub use list::ParamList;
pub use live_base::{Live2Params, LiveParams, WebcastParams};
pub use model::{ParamConfig, RequestModel};
pub use request::{AbogusEntropy, PreparedRequest};
pub use value::ParamValue;
