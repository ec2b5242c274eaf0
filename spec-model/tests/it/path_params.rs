//! Path parameters (`in: path`): a spec that ties each `{name}` placeholder to one required
//! scalar parameter loads; each way of breaking that tie is an error naming the file, the line
//! and the placeholder or parameter.

use spec_model::spec::Field;
use spec_model::{load_spec, SpecErrors};

const ENUM: &str = "name: ListKind\nkind: enum\nvalues:\n  - value: ip\n  - value: user\n";

/// A DELETE endpoint at `path` with `params` (YAML list items), parameters in a JSON body.
fn endpoint(path: &str, params: &str) -> String {
    let params = match params {
        "" => String::new(),
        _ => format!("params:\n{params}"),
    };
    format!(
        "name: delete_ip_list\ngroup: security\nsummary: s\nsource: x.md\nhttp:\n  method: DELETE\n  path: {path}\n  params_in: body\n{params}response:\n  envelope: IsSuccessRespDto\n"
    )
}

const ID_IN_PATH: &str = "  - name: id\n    type: string\n    required: true\n    in: path\n";

fn load(name: &str, endpoint: &str) -> Result<spec_model::Spec, SpecErrors> {
    let dir = crate::common::TempDir::new(&format!("paths-{name}"));
    load_spec(dir.write(&[
        ("types/ListKind.yaml", ENUM),
        ("endpoints/security/delete_ip_list.yaml", endpoint),
    ]))
}

/// The one error of a spec that should not load: its line and message.
fn one_error(result: Result<spec_model::Spec, SpecErrors>) -> (u64, String) {
    let errors = result.expect_err("the spec should not load").0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    (errors[0].line, errors[0].message.clone())
}

#[test]
fn a_placeholder_with_its_path_parameter_loads_and_keeps_in_path() {
    let params = format!(
        "{ID_IN_PATH}  - name: kind\n    type: ListKind\n    required: true\n    in: path\n  - name: reason\n    type: string\n"
    );
    let spec = load("valid", &endpoint("/api/v3/ip-list/{kind}/{id}", &params)).unwrap();
    let params: Vec<&Field> = spec.endpoints[0].params.iter().map(|p| &p.def).collect();
    assert!(params[0].in_path() && params[1].in_path() && !params[2].in_path());
    // Written back, the key is `in: path`, and absent on the others.
    let yaml = serde_saphyr::to_string(&spec.endpoints[0].def).unwrap();
    assert_eq!(yaml.matches("in: path").count(), 2, "{yaml}");
}

#[test]
fn a_placeholder_without_a_parameter_is_an_error_naming_it() {
    let (line, message) = one_error(load("no-param", &endpoint("/api/v3/ip-list/{id}", "")));
    assert_eq!(line, 7, "the line of `path`");
    assert!(
        message.contains("placeholder `{id}` has no parameter"),
        "{message}"
    );
}

#[test]
fn a_parameter_named_like_a_placeholder_must_be_marked_in_path() {
    let params = "  - name: id\n    type: string\n    required: true\n";
    let (line, message) = one_error(load("unmarked", &endpoint("/api/v3/ip-list/{id}", params)));
    assert_eq!(line, 10, "the line of the parameter's name");
    assert!(message.contains("mark it `in: path`"), "{message}");
}

#[test]
fn a_path_parameter_without_a_placeholder_is_an_error() {
    let (line, message) = one_error(load(
        "no-placeholder",
        &endpoint("/api/v3/ip-list", ID_IN_PATH),
    ));
    assert_eq!(line, 13, "the line of `in`");
    assert!(
        message.contains("`id` is `in: path` but the path `/api/v3/ip-list` has no `{id}`"),
        "{message}"
    );
}

#[test]
fn a_path_parameter_must_be_required() {
    let params = ID_IN_PATH.replace("required: true", "required: false");
    let (line, message) = one_error(load("optional", &endpoint("/api/v3/ip-list/{id}", &params)));
    assert_eq!(line, 13);
    assert!(message.contains("must be `required: true`"), "{message}");
}

#[test]
fn a_path_parameter_must_be_a_string_an_integer_or_an_enum() {
    for ty in ["integer", "ListKind"] {
        let params = ID_IN_PATH.replace("type: string", &format!("type: {ty}"));
        load("scalar", &endpoint("/api/v3/ip-list/{id}", &params)).unwrap();
    }
    for ty in ["array<string>", "number", "boolean", "json"] {
        let params = ID_IN_PATH.replace("type: string", &format!("type: {ty}"));
        let (line, message) = one_error(load(
            "not-scalar",
            &endpoint("/api/v3/ip-list/{id}", &params),
        ));
        assert_eq!(line, 11, "{ty}: the line of `type`");
        assert!(
            message.contains(&format!("path parameter `id` has type `{ty}`")),
            "{message}"
        );
    }
}

#[test]
fn placeholder_names_are_unique() {
    let (line, message) = one_error(load(
        "twice",
        &endpoint("/api/v3/ip-list/{id}/{id}", ID_IN_PATH),
    ));
    assert_eq!(line, 7);
    assert!(message.contains("`{id}` appears twice"), "{message}");
}

#[test]
fn a_malformed_placeholder_is_an_error() {
    let (line, message) = one_error(load(
        "malformed",
        &endpoint("/api/v3/ip-list/{id", ID_IN_PATH),
    ));
    assert_eq!(line, 7);
    assert!(message.contains("a `{` without its `}`"), "{message}");
}

#[test]
fn in_is_for_parameters_not_struct_fields() {
    let dir = crate::common::TempDir::new("paths-struct");
    let errors = load_spec(dir.write(&[(
        "types/IpDto.yaml",
        "name: IpDto\nkind: struct\nfields:\n  - name: id\n    type: string\n    in: path\n",
    )]))
    .unwrap_err()
    .0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 6);
    assert!(
        errors[0].message.contains("only endpoint parameters have"),
        "{}",
        errors[0].message
    );
}

#[test]
fn only_path_is_a_place_of_its_own() {
    let params = ID_IN_PATH.replace("in: path", "in: query");
    let (line, message) = one_error(load("in-query", &endpoint("/api/v3/ip-list/{id}", &params)));
    assert_eq!(line, 13);
    assert!(message.contains("unknown variant `query`"), "{message}");
}
