//! The settings types of both clients, in one place (each also at the crate root): the retry
//! policy, where event subscriptions connect, how tokens are verified, and how an application
//! authenticates at the token endpoint. The builders take them: `.retry(..)` and `.events(..)`
//! on both, `.token_verification(..)` and `.token_endpoint_auth_method(..)` on
//! [`AuthenticationClientBuilder`](crate::AuthenticationClientBuilder). Nothing is defined
//! here: each type lives beside the code that reads it.

#[doc(inline)]
pub use crate::retry::RetryConfig;

#[cfg(feature = "event-stream")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-stream")))]
#[doc(inline)]
pub use crate::events::EventsConfig;

#[cfg(feature = "authentication")]
#[cfg_attr(docsrs, doc(cfg(feature = "authentication")))]
#[doc(inline)]
pub use crate::authentication::{TokenEndpointAuthMethod, TokenVerification};
