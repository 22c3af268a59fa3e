//! The macro that declares a shared base parameter set: a configuration struct whose fields
//! render, in declaration order, to query keys, with F2's values as its `Default`.

/// Declares a base-set struct: each field carries its own docs, query key and F2 default (taken
/// through `Into`), and `to_list` renders the fields in declaration order.
macro_rules! param_set {
    (
        $(#[$meta:meta])*
        $name:ident;
        $(
            $(#[$field_meta:meta])*
            $field:ident : $ty:ty = $key:literal, $default:expr;
        )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $ty,
            )*
        }

        impl std::fmt::Debug for $name {
            // Through the list, which masks msToken and verifyFp.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.to_list()).finish()
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self { $( $field: $default.into(), )* }
            }
        }

        impl $name {
            /// The parameters in F2's order.
            pub fn to_list(&self) -> $crate::params::list::ParamList {
                let mut list = $crate::params::list::ParamList::new();
                $( list.set($key, &self.$field); )*
                list
            }
        }
    };
}

pub(crate) use param_set;
