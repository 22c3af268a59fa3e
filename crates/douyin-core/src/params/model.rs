//! The request-model contract: an endpoint plus its own fields, laid over the endpoint's base
//! set from a [`ParamConfig`]; and the macro that declares the per-endpoint structs.

use super::base::BaseParams;
use super::list::ParamList;
use super::live_base::{Live2Params, LiveParams, WebcastParams};
use crate::endpoints::{BaseSet, Endpoint};

/// The shared parameter sets, configured once per session (msToken, verifyFp, UA-derived
/// values) and reused for every request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParamConfig {
    /// `BaseRequestModel`.
    pub base: BaseParams,
    /// `BaseLiveModel`.
    pub live: LiveParams,
    /// `BaseLiveModel2`.
    pub live2: Live2Params,
    /// `BaseWebCastModel`.
    pub webcast: WebcastParams,
}

impl ParamConfig {
    /// F2's defaults with the session's msToken and verifyFp, and the webcast `browser_version`
    /// derived from the User-Agent the requests are sent with (the other base sets take their
    /// browser fields from configuration, as F2's `conf.yaml` does).
    pub fn new(
        user_agent: &str,
        ms_token: impl Into<String>,
        verify_fp: impl Into<String>,
    ) -> Self {
        Self {
            base: BaseParams::with_ms_token(ms_token),
            live: LiveParams::default(),
            live2: Live2Params::with_verify_fp(verify_fp),
            webcast: WebcastParams::for_user_agent(user_agent),
        }
    }

    /// The rendered base set.
    pub fn base_list(&self, set: BaseSet) -> ParamList {
        match set {
            BaseSet::Request => self.base.to_list(),
            BaseSet::Live => self.live.to_list(),
            BaseSet::Live2 => self.live2.to_list(),
            BaseSet::Webcast => self.webcast.to_list(),
        }
    }
}

/// A typed request model for one endpoint.
pub trait RequestModel {
    /// The endpoint this model is sent to.
    fn endpoint(&self) -> Endpoint;

    /// The model's own fields, in F2's order. A key that also exists in the base set overrides
    /// the base value in its base position.
    fn own_params(&self) -> ParamList;

    /// All parameters: base set first, then the model's own fields.
    fn params(&self, config: &ParamConfig) -> ParamList {
        let mut list = config.base_list(self.endpoint().base());
        list.extend(self.own_params());
        list
    }
}

/// Declares a model struct whose fields map one-to-one, in order, to query keys; `Default`
/// holds F2's defaults (empty/zero for fields F2 requires the caller to fill).
///
/// Documented constructors may follow the fields: `/// doc` `pub fn name(field: Type, ...);`
/// builds the defaults with each named field set from its argument (via `Into`), so a
/// constructor that only fills fields needs no hand-written body.
macro_rules! request_model {
    (
        $(#[$meta:meta])*
        $name:ident => $endpoint:expr;
        $( $field:ident : $ty:ty = $key:literal, $default:expr; )*
        $(
            $(#[$ctor_meta:meta])+
            pub fn $ctor:ident ( $( $arg:ident : $arg_ty:ty ),* $(,)? );
        )*
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name {
            $(
                #[doc = concat!("Query parameter `", $key, "`.")]
                pub $field: $ty,
            )*
        }

        impl Default for $name {
            fn default() -> Self {
                Self { $( $field: $default.into(), )* }
            }
        }

        impl $name {
            $(
                $(#[$ctor_meta])+
                #[allow(clippy::needless_update)]
                pub fn $ctor( $( $arg: $arg_ty ),* ) -> Self {
                    Self {
                        $( $arg: $arg.into(), )*
                        ..Self::default()
                    }
                }
            )*
        }

        impl $crate::params::model::RequestModel for $name {
            fn endpoint(&self) -> $crate::endpoints::Endpoint {
                $endpoint
            }

            fn own_params(&self) -> $crate::params::list::ParamList {
                #[allow(unused_mut)]
                let mut list = $crate::params::list::ParamList::new();
                $( list.set($key, &self.$field); )*
                list
            }
        }
    };
}

pub(crate) use request_model;
