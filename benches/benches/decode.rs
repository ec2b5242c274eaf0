//! Decoding: the SDK's generated decoder for `UserDto` (lists decoded tolerantly) versus
//! `PlainUser`, a plain serde derive of the same struct, on the documented `get-user` user with
//! its lists as JSON arrays (the shape both can read); and, for comparison, `UserDto`'s opt-in
//! tolerant serde `Deserialize` (the `serde` feature: the client's decoder before the generated
//! ones). Targets: the user alone ≥ 100% of the plain speed, the whole response ≥ 90%.
//!
//! `cargo bench -p authing-benches --bench decode`   (`BENCH_SAMPLES`, default 31)
//!
//! Rows: the user alone, and the whole response through the SDK's decode path (envelope check,
//! then `data` with JSON-path errors on failure) versus a plain envelope struct, with the
//! envelope's members in Authing's order (`statusCode` first) and sorted by name (`data` first:
//! the client then skips `data` once to find `statusCode`); then, without a
//! plain counterpart, the docs' own shapes (`departmentIds` as a JSON-encoded string,
//! `identities` as one object) that only the tolerant decoders accept.

use std::path::Path;

use authing::internal::{decode_body, decode_json};
use authing::types::UserDto;
use authing_benches::env_usize;
use authing_benches::micro;
use authing_benches::plain::{
    documented_get_user, in_authing_order, with_array_lists, PlainEnvelope, PlainUser,
};
use authing_benches::table::Table;

const PATH: &str = "/api/v3/get-user";

fn main() {
    let samples = env_usize("BENCH_SAMPLES", 31);
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let documented = documented_get_user(&workspace).expect("the documented get-user response");
    let arrays = with_array_lists(documented.clone());
    let body = in_authing_order(&arrays);
    let sorted_body = serde_json::to_vec(&arrays).expect("JSON");
    let data = serde_json::to_vec(&arrays["data"]).expect("JSON");
    let docs_body = in_authing_order(&documented);
    let docs_data = serde_json::to_vec(&documented["data"]).expect("JSON");

    // Both decoders must accept the input before they are timed.
    decode_json::<UserDto>(&data).expect("UserDto decodes");
    serde_json::from_slice::<UserDto>(&data).expect("UserDto's serde impl decodes");
    serde_json::from_slice::<PlainUser>(&data).expect("PlainUser decodes");
    decode_body::<UserDto>(PATH, 200, &body).expect("the SDK path decodes");
    serde_json::from_slice::<PlainEnvelope<PlainUser>>(&body).expect("plain envelope decodes");
    decode_json::<UserDto>(&docs_data).expect("UserDto reads the docs shape");

    let mut table = Table::new(&[
        "what",
        "UserDto (generated decoder) ns",
        "plain derive ns",
        "UserDto speed vs plain",
        "bytes",
    ]);
    let mut row = |what: &str, dto: f64, plain: Option<f64>, bytes: usize| {
        table.row(vec![
            what.to_owned(),
            format!("{dto:.0}"),
            plain.map_or("–".to_owned(), |p| format!("{p:.0}")),
            plain.map_or("–".to_owned(), |p| format!("{:.1}%", 100.0 * p / dto)),
            bytes.to_string(),
        ]);
        plain.map(|p| p / dto)
    };

    let (dto, plain) = micro::compare(
        || decode_json::<UserDto>(&data).unwrap(),
        || serde_json::from_slice::<PlainUser>(&data).unwrap(),
        samples,
    );
    let user_ratio = row("user, lists as arrays", dto, Some(plain), data.len());
    let (serde, plain) = micro::compare(
        || serde_json::from_slice::<UserDto>(&data).unwrap(),
        || serde_json::from_slice::<PlainUser>(&data).unwrap(),
        samples,
    );
    row(
        "user, lists as arrays, UserDto's opt-in serde impl instead",
        serde,
        Some(plain),
        data.len(),
    );
    let (dto, plain) = micro::compare(
        || decode_body::<UserDto>(PATH, 200, &body).unwrap(),
        || serde_json::from_slice::<PlainEnvelope<PlainUser>>(&body).unwrap(),
        samples,
    );
    let body_ratio = row(
        "whole response, SDK decode path",
        dto,
        Some(plain),
        body.len(),
    );
    let (dto, plain) = micro::compare(
        || decode_body::<UserDto>(PATH, 200, &sorted_body).unwrap(),
        || serde_json::from_slice::<PlainEnvelope<PlainUser>>(&sorted_body).unwrap(),
        samples,
    );
    row(
        "whole response, members by name (`data` before `statusCode`)",
        dto,
        Some(plain),
        sorted_body.len(),
    );
    let dto = micro::time(|| decode_json::<UserDto>(&docs_data).unwrap(), samples);
    row(
        "user, docs shapes (string list, one object)",
        dto,
        None,
        docs_data.len(),
    );
    let dto = micro::time(
        || decode_body::<UserDto>(PATH, 200, &docs_body).unwrap(),
        samples,
    );
    row(
        "whole response, docs shapes, SDK decode path",
        dto,
        None,
        docs_body.len(),
    );

    print!("{}", table.render());
    let verdict = |r: Option<f64>, target: f64| match r {
        Some(r) if r >= target => format!("{:.1}% (met)", 100.0 * r),
        Some(r) => format!("{:.1}% (missed)", 100.0 * r),
        None => "–".to_owned(),
    };
    println!(
        "\nGenerated decoder's speed as a share of the plain derive: user {} (target ≥ 100%), \
         whole response {} (target ≥ 90%)",
        verdict(user_ratio, 1.0),
        verdict(body_ratio, 0.9)
    );
}
