//! Runs a local Authing until the process is stopped, for clients in other processes (the
//! official SDK comparison in `benches/official_sdks/`, or trying the quickstart by hand).
//!
//! ```sh
//! cargo run --release -p authing-local --example serve [-- --port 8080]
//! ```
//!
//! Prints `AUTHING_HOST=...`, `AUTHING_ACCESS_KEY_ID=...`, `AUTHING_ACCESS_KEY_SECRET=...` and
//! `AUTHING_USER_ID=...` lines (the variables the quickstart reads), then serves. The request
//! log is emptied every second so a long run does not grow without bound.

use std::io::Write;
use std::time::Duration;

use authing_local::{LocalAuthing, SEEDED_USER_ID};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut builder = LocalAuthing::builder();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next().map(|v| v.parse::<u16>())) {
            ("--port", Some(Ok(port))) => builder = builder.port(port),
            _ => {
                eprintln!("usage: serve [--port N]");
                std::process::exit(2);
            }
        }
    }
    let server = builder.start().await?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "AUTHING_HOST={}", server.url())?;
    writeln!(out, "AUTHING_ACCESS_KEY_ID={}", server.access_key_id())?;
    writeln!(
        out,
        "AUTHING_ACCESS_KEY_SECRET={}",
        server.access_key_secret()
    )?;
    writeln!(out, "AUTHING_USER_ID={SEEDED_USER_ID}")?;
    out.flush()?;
    drop(out);
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        server.clear_requests();
    }
}
