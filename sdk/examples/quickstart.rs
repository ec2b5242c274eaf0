//! The quickstart: fetch a user, the user's identities and OTP secret (printed masked).
//! With `AUTHING_ACCESS_KEY_ID` set it talks to real Authing; otherwise to a local Authing.
//!
//! ```text
//! cargo run --example quickstart                  # local Authing, the documented example user
//! AUTHING_ACCESS_KEY_ID=... AUTHING_ACCESS_KEY_SECRET=... [AUTHING_HOST=...] \
//!   cargo run --example quickstart -- <user id>   # or set AUTHING_USER_ID
//! ```

use std::error::Error;
use std::process::ExitCode;

use authing::ManagementClient;
use authing_local::LocalAuthing;

#[tokio::main]
async fn main() -> ExitCode {
    let Err(err) = run().await else {
        return ExitCode::SUCCESS;
    };
    eprintln!("error: {err}");
    let mut source = err.source();
    while let Some(cause) = source {
        eprintln!("  caused by: {cause}");
        source = cause.source();
    }
    ExitCode::FAILURE
}

async fn run() -> Result<(), Box<dyn Error>> {
    // `_local` keeps the local server running until the end of `main`.
    let (client, user_id, _local) = if std::env::var_os("AUTHING_ACCESS_KEY_ID").is_some() {
        let user_id = std::env::args()
            .nth(1)
            .or_else(|| std::env::var("AUTHING_USER_ID").ok())
            .ok_or("give a user id: `cargo run --example quickstart -- <id>` or AUTHING_USER_ID")?;
        (ManagementClient::from_env()?, user_id, None)
    } else {
        let local = LocalAuthing::start().await?;
        println!(
            "AUTHING_ACCESS_KEY_ID is not set: using a local Authing at {}\n",
            local.url()
        );
        let client = ManagementClient::builder()
            .access_key_id(local.access_key_id())
            .access_key_secret(local.access_key_secret())
            .host(local.url())
            .build()?;
        (
            client,
            authing_local::SEEDED_USER_ID.to_owned(),
            Some(local),
        )
    };

    let user = client
        .get_user(&user_id)
        .with_custom_data(true)
        .with_identities(true)
        .with_department_ids(true)
        .await?;
    // Debug output, not JSON: credentials (the identities' tokens) print as `***` there, while
    // serialising would write them out as the API sent them.
    println!("user:\n{user:#?}\n");

    let identities = client.get_user_identities(&user_id).await?;
    println!("identities:\n{identities:#?}\n");

    // A user without OTP bound is a normal answer from Authing, not a reason to stop.
    match client.get_otp_secret_by_user(&user_id).await {
        Ok(otp) => println!("OTP secret: {}", mask(otp.secret.expose())),
        Err(err) => println!("OTP secret: unavailable ({err})"),
    }
    Ok(())
}

/// The first and last two characters, the rest as `*` (all `*` when too short to show any).
fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() <= 6 {
        return "*".repeat(chars.len());
    }
    let hidden = "*".repeat(chars.len() - 4);
    format!(
        "{}{hidden}{}",
        chars[..2].iter().collect::<String>(),
        chars[chars.len() - 2..].iter().collect::<String>()
    )
}
