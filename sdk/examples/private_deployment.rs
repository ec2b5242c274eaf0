//! A private deployment: a local Authing served over HTTPS with a certificate from a private CA
//! made here at run time, reached by a client that trusts that CA (and nothing else), with a
//! tenant, a default header and per-call options. The client is configured as the README's
//! "Private deployments" section shows.
//!
//! ```text
//! cargo run --example private_deployment
//! ```

use std::error::Error;
use std::time::Duration;

use authing::{ManagementClient, Proxy, RequestOptions, Trust};
use authing_local::LocalAuthing;
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    // The deployment's CA and the server's certificate for 127.0.0.1 (a real deployment has
    // these already: `ca.pem` is what its operators hand out).
    let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate()?)?;
    let server_key = KeyPair::generate()?;
    let server_cert =
        CertificateParams::new(vec!["127.0.0.1".to_owned()])?.signed_by(&server_key, &ca)?;
    let local = LocalAuthing::builder()
        .tls(
            vec![server_cert.der().to_vec(), ca.der().to_vec()],
            server_key.serialize_der(),
        )
        .start()
        .await?;
    println!("a local Authing over HTTPS at {}", local.url());

    // A client with the default trust (the public web roots) refuses the private CA at once.
    let untrusting = ManagementClient::builder()
        .access_key_id(local.access_key_id())
        .access_key_secret(local.access_key_secret())
        .host(local.url())
        .proxy(Proxy::none())
        .build()?;
    match untrusting.get_user(authing_local::SEEDED_USER_ID).await {
        Err(err) => println!("without the CA: {err}"),
        Ok(_) => return Err("a certificate from a private CA was trusted by default".into()),
    }

    // The client as the README configures it: trust the CA, a tenant, a default header.
    let ca_pem = ca.pem();
    let client = ManagementClient::builder()
        .access_key_id(local.access_key_id())
        .access_key_secret(local.access_key_secret())
        .host(local.url())
        .trust(Trust::default().add_pem(ca_pem.as_bytes()))
        .proxy(Proxy::none())
        .configure_http(|http| http.pool_max_idle_per_host(4))
        .tenant_id("tenant-1")
        .default_header("x-gateway-route", "identity")
        .build()?;
    let user = client
        .get_user(authing_local::SEEDED_USER_ID)
        .header("x-request-source", "admin-console")
        .attempt_timeout(Duration::from_secs(3))
        .max_attempts(1)
        .await?;
    println!("with the CA: user {}", user.user_id);
    let sent = local
        .requests_to("/api/v3/get-user")
        .pop()
        .ok_or("the call did not arrive")?;
    for name in [
        "x-authing-app-tenant-id",
        "x-gateway-route",
        "x-request-source",
    ] {
        println!("  {name}: {}", sent.header(name).unwrap_or("(missing)"));
    }
    Ok(())
}
