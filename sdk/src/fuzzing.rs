//! Entry points for the fuzz targets and property tests: the client's own decode path (envelope
//! check, then `decode_data`) run on a raw body, without a server. Not part of the stable API.
#![doc(hidden)]

use serde::de::DeserializeOwned;

use crate::runtime::{self, RawResponse};
use crate::Error;

/// What the client does with a body that arrived with HTTP `status` for `GET path`: checks the
/// envelope, then decodes its `data` as `T`.
pub fn decode_body<T: DeserializeOwned>(
    path: &'static str,
    status: u16,
    body: &[u8],
) -> Result<T, Error> {
    let response: RawResponse = runtime::check_envelope("GET", path, status, body.to_vec())?;
    runtime::decode_data(&response)
}
