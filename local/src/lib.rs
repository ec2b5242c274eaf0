//! A local stand-in for the Authing V3 Management API, for tests and examples.
//! The server itself follows; nothing here talks to the real Authing.
