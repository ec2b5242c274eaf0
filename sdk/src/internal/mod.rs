//! Not part of the API, and compiled only with the `__internal` feature (no semver promise): the
//! client's own decode path and its one call path, and the CAS answers' readers, for the
//! workspace's fuzz targets, benches and tests. Users never need it; nothing here is
//! re-exported elsewhere.

#[cfg(feature = "serde")]
pub mod differential;

pub use crate::runtime::read::{Decode, Fault, Reader};
/// The opt-in serde path's tolerant list: the reference decoder of the differential tests.
#[cfg(feature = "serde")]
pub use crate::runtime::tolerant::TolerantVec;
pub use crate::runtime::write::{to_json, Encode};
pub use crate::runtime::{decode_data, ApiRequest, Method, RawResponse};
use crate::{Error, ManagementClient};

/// What the client does with a body that arrived with HTTP `status` for `GET path`: checks the
/// envelope, then decodes its `data` as `T`.
pub fn decode_body<T: Decode>(path: &'static str, status: u16, body: &[u8]) -> Result<T, Error> {
    let response: RawResponse = crate::runtime::check_envelope("GET", path, status, body.to_vec())?;
    decode_data(&response)
}

/// Decodes a whole JSON text (not an envelope) as `T` with the generated decoder: trailing
/// characters are a fault.
pub fn decode_json<T: Decode>(text: &[u8]) -> Result<T, Fault> {
    let mut reader = Reader::new(text);
    let value = T::decode(&mut reader)?;
    reader.end()?;
    Ok(value)
}

/// Reads a CAS 1.0 validation answer (`yes\n<user>\n` or `no\n\n`) as
/// `validate_cas_ticket_v1` does.
#[cfg(feature = "authentication")]
pub fn parse_cas_v1(body: &str) -> Result<String, Error> {
    crate::authentication::parse_cas_v1(body)
}

/// Reads a CAS 2.0 validation answer (`<cas:serviceResponse>` XML) as `validate_cas_ticket`
/// does.
#[cfg(feature = "authentication")]
pub fn parse_cas_v2(body: &str) -> Result<crate::authentication::CasUser, Error> {
    crate::authentication::parse_cas_v2(body)
}

/// Sends a plain request through the client's call path (token, retries, envelope check), as
/// every generated endpoint does.
pub async fn execute(client: &ManagementClient, request: ApiRequest) -> Result<RawResponse, Error> {
    client.execute(request).await
}
