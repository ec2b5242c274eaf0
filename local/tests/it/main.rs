//! The local Authing's own contract, one module per area: scripted faults, the checks it makes
//! and the envelope it answers with, signed calls.

mod faults;
mod server;
mod signature;
