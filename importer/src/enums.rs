//! Inline enums: every field or parameter with a value list is a site; sites with the same set of
//! values share one enum, and each enum gets a stable, readable name (overrides can pin it).

use std::collections::{BTreeMap, BTreeSet};

use spec_model::names::pascal_ident;

use crate::fields::DocValue;
use crate::report::{Kind, Report};

/// Where a value list was documented.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Owner {
    Param { endpoint: String, param: String },
    Field { dto: String, field: String },
}

impl Owner {
    /// The natural name: `<Param>` for a parameter, `<DtoWithoutDtoSuffix><Field>` for a field.
    pub fn primary_name(&self) -> String {
        match self {
            Owner::Param { param, .. } => pascal(param),
            Owner::Field { dto, field } => {
                let base = dto.strip_suffix("Dto").unwrap_or(dto);
                format!("{}{}", pascal_or_empty(base), pascal(field))
            }
        }
    }

    /// The fallback when the natural name is taken: `<Endpoint><Param>` or `<Dto><Field>`.
    pub fn qualified_name(&self) -> String {
        match self {
            Owner::Param { endpoint, param } => format!("{}{}", pascal(endpoint), pascal(param)),
            Owner::Field { dto, field } => format!("{}{}", pascal_or_empty(dto), pascal(field)),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Owner::Param { endpoint, param } => format!("{endpoint}({param})"),
            Owner::Field { dto, field } => format!("{dto}.{field}"),
        }
    }
}

fn pascal(name: &str) -> String {
    pascal_ident(name).unwrap_or_else(|| "Value".to_string())
}

fn pascal_or_empty(name: &str) -> String {
    pascal_ident(name).unwrap_or_default()
}

/// One field or parameter with a value list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub owner: Owner,
    pub page: String,
    pub line: usize,
    pub values: Vec<DocValue>,
    /// The field's description (becomes the enum's description).
    pub description: Option<String>,
    /// The enum's name, set by an override.
    pub rename: Option<String>,
    /// All sites with the same shared name form one enum with the union of their values.
    pub shared: Option<String>,
    /// The values come from the docs factory's OpenAPI, not the page: the site joins an enum
    /// of the same values but does not change its name, description or value order.
    pub from_factory: bool,
}

/// A named enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedEnum {
    pub name: String,
    pub values: Vec<DocValue>,
    pub description: Option<String>,
    pub sources: BTreeSet<String>,
}

/// The enums and, for each site (by index), the name of its enum.
#[derive(Debug, Clone, Default)]
pub struct Naming {
    pub enums: Vec<NamedEnum>,
    pub site_names: Vec<String>,
}

struct Group {
    sites: Vec<usize>,
    forced: Option<String>,
}

/// Groups sites into enums and names them. `taken` holds the names already in use (data
/// structures). Errors are conflicting override names.
pub fn name_enums(
    sites: &[Site],
    taken: &BTreeSet<String>,
    report: &mut Report,
) -> Result<Naming, Vec<String>> {
    let mut errors = Vec::new();
    let mut groups = group_sites(sites);
    apply_renames(&mut groups, sites, &mut errors);
    let mut used: BTreeSet<String> = taken.clone();
    let mut names: Vec<Option<String>> = vec![None; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        if let Some(name) = &group.forced {
            if !used.insert(name.clone()) {
                errors.push(format!(
                    "enum name `{name}` from an override is already used by another type"
                ));
            }
            names[g] = Some(name.clone());
        }
    }
    choose_natural_names(&groups, sites, &mut used, &mut names, report);
    let naming = merge_groups(&groups, sites, &names, &mut errors);
    if errors.is_empty() {
        Ok(naming)
    } else {
        Err(errors)
    }
}

/// Sites grouped into enums, in page order (the management pages first, so the end-user pages
/// never take or change a name the Management API's enums had): one group per shared name,
/// then one per identical value set.
fn group_sites(sites: &[Site]) -> Vec<Group> {
    let mut order: Vec<usize> = (0..sites.len()).collect();
    let key = |i: usize| {
        let site = &sites[i];
        (
            crate::client_of(&site.page),
            &site.page,
            site.line,
            &site.owner,
        )
    };
    order.sort_by(|&a, &b| key(a).cmp(&key(b)));
    let mut groups: Vec<Group> = Vec::new();
    let mut by_shared: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_values: BTreeMap<BTreeSet<String>, usize> = BTreeMap::new();
    for &i in &order {
        let site = &sites[i];
        let g = if let Some(shared) = &site.shared {
            *by_shared.entry(shared.clone()).or_insert_with(|| {
                groups.push(Group {
                    sites: Vec::new(),
                    forced: Some(shared.clone()),
                });
                groups.len() - 1
            })
        } else {
            let key: BTreeSet<String> = site.values.iter().map(|v| v.value.clone()).collect();
            *by_values.entry(key).or_insert_with(|| {
                groups.push(Group {
                    sites: Vec::new(),
                    forced: None,
                });
                groups.len() - 1
            })
        };
        groups[g].sites.push(i);
    }
    groups
}

/// Names from `rename_enum` overrides (two names for one enum are errors).
fn apply_renames(groups: &mut [Group], sites: &[Site], errors: &mut Vec<String>) {
    for group in groups {
        let renames: BTreeSet<&String> = group
            .sites
            .iter()
            .filter_map(|&i| sites[i].rename.as_ref())
            .collect();
        if renames.len() > 1 {
            errors.push(format!(
                "overrides give one enum two names: {}",
                renames
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if let Some(name) = renames.into_iter().next() {
            if group.forced.as_ref().is_some_and(|f| f != name) {
                errors.push(format!(
                    "enum `{}` is also renamed to `{name}` by an override",
                    group.forced.clone().unwrap_or_default()
                ));
            }
            group.forced = Some(name.clone());
        }
    }
}

/// Natural names for the groups no override named: enums used in more places choose first; a
/// name another type has is reported, and a qualified or numbered one taken instead.
fn choose_natural_names(
    groups: &[Group],
    sites: &[Site],
    used: &mut BTreeSet<String>,
    names: &mut [Option<String>],
    report: &mut Report,
) {
    let mut rest: Vec<usize> = (0..groups.len()).filter(|&g| names[g].is_none()).collect();
    // The sites that name a group: the Management API's, when it has any (so an enum keeps the
    // name it had before the end-user pages were read), and of those the ones the pages
    // document, when it has any (so documented enums keep their names whatever the factory's
    // OpenAPI adds).
    // The docs pages' sites of a group, when it has any (pages other sources made never name
    // a group the docs pages name, nor change which client's pages it comes from).
    let docs_sites = |g: usize| -> Vec<usize> {
        let docs: Vec<usize> = groups[g]
            .sites
            .iter()
            .copied()
            .filter(|&i| !crate::assemble::more_sources::is_made_page(&sites[i].page))
            .collect();
        if docs.is_empty() {
            groups[g].sites.clone()
        } else {
            docs
        }
    };
    let naming_sites = |g: usize| -> Vec<usize> {
        let all = docs_sites(g);
        let management: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| crate::client_of(&sites[i].page) == crate::routes::Client::Management)
            .collect();
        let base = if management.is_empty() {
            all
        } else {
            management
        };
        let documented: Vec<usize> = base
            .iter()
            .copied()
            .filter(|&i| !sites[i].from_factory)
            .collect();
        if documented.is_empty() {
            base
        } else {
            documented
        }
    };
    let factory_only = |g: usize| groups[g].sites.iter().all(|&i| sites[i].from_factory);
    // Pages other sources made came last of all: their enums never take a docs enum's name.
    let made_only = |g: usize| {
        groups[g]
            .sites
            .iter()
            .all(|&i| crate::assemble::more_sources::is_made_page(&sites[i].page))
    };
    // The end-user pages came later: their enums never take a name a management enum had.
    let end_user_only = |g: usize| {
        docs_sites(g)
            .iter()
            .all(|&i| crate::client_of(&sites[i].page) == crate::routes::Client::Authentication)
    };
    let candidates = |g: usize| -> (Vec<String>, Vec<String>) {
        let by_len = |set: BTreeSet<String>| {
            let mut v: Vec<String> = set.into_iter().collect();
            v.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
            v
        };
        let primary = by_len(
            naming_sites(g)
                .iter()
                .map(|&i| sites[i].owner.primary_name())
                .collect(),
        );
        let qualified = by_len(
            naming_sites(g)
                .iter()
                .map(|&i| sites[i].owner.qualified_name())
                .collect(),
        );
        (primary, qualified)
    };
    rest.sort_by_cached_key(|&g| {
        let (primary, _) = candidates(g);
        let naming = naming_sites(g);
        let values: Vec<String> = naming
            .first()
            .map(|&i| sites[i].values.iter().map(|v| v.value.clone()).collect())
            .unwrap_or_default();
        (
            made_only(g),
            end_user_only(g),
            factory_only(g),
            std::cmp::Reverse(naming.len()),
            primary,
            values,
        )
    });
    for g in rest {
        let (primary, qualified) = candidates(g);
        let best = primary
            .first()
            .cloned()
            .unwrap_or_else(|| "Value".to_string());
        let chosen = primary
            .iter()
            .chain(qualified.iter())
            .find(|c| !used.contains(*c))
            .cloned()
            .unwrap_or_else(|| {
                (2..)
                    .map(|n| format!("{best}{n}"))
                    .find(|c| !used.contains(c))
                    .unwrap_or_default()
            });
        if chosen != best {
            let first = &sites[groups[g].sites[0]];
            report.add(
                Kind::EnumNameClash,
                &first.page,
                first.line,
                format!(
                    "values of {} wanted `{best}`, which another type has; named `{chosen}`",
                    first.owner.describe()
                ),
            );
        }
        used.insert(chosen.clone());
        names[g] = Some(chosen);
    }
}

/// One named enum per group: the union of its sites' values (the first description of each),
/// its sources, and each site's enum name.
fn merge_groups(
    groups: &[Group],
    sites: &[Site],
    names: &[Option<String>],
    errors: &mut Vec<String>,
) -> Naming {
    let mut naming = Naming {
        enums: Vec::new(),
        site_names: vec![String::new(); sites.len()],
    };
    for (g, group) in groups.iter().enumerate() {
        let name = names[g].clone().unwrap_or_default();
        let mut values: Vec<DocValue> = Vec::new();
        let mut description = None;
        let mut sources = BTreeSet::new();
        // Documented sites first: their description and value order stand.
        let mut ordered = group.sites.clone();
        ordered.sort_by_key(|&i| sites[i].from_factory);
        for &i in &ordered {
            let site = &sites[i];
            naming.site_names[i] = name.clone();
            sources.insert(site.page.clone());
            if description.is_none() {
                description = site.description.clone();
            }
            for v in &site.values {
                match values.iter_mut().find(|x| x.value == v.value) {
                    Some(existing) => {
                        if existing.description.is_none() {
                            existing.description = v.description.clone();
                        }
                    }
                    None => values.push(v.clone()),
                }
            }
        }
        if values.is_empty() {
            errors.push(format!("enum `{name}` has no values"));
        }
        naming.enums.push(NamedEnum {
            name,
            values,
            description,
            sources,
        });
    }
    naming.enums.sort_by(|a, b| a.name.cmp(&b.name));
    naming
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(owner: Owner, page: &str, values: &[&str]) -> Site {
        Site {
            owner,
            page: page.to_string(),
            line: 1,
            values: values
                .iter()
                .map(|v| DocValue {
                    value: v.to_string(),
                    description: None,
                })
                .collect(),
            description: None,
            rename: None,
            shared: None,
            from_factory: false,
        }
    }

    fn field(dto: &str, field: &str) -> Owner {
        Owner::Field {
            dto: dto.into(),
            field: field.into(),
        }
    }

    fn param(endpoint: &str, param: &str) -> Owner {
        Owner::Param {
            endpoint: endpoint.into(),
            param: param.into(),
        }
    }

    #[test]
    fn natural_names_shared_sets_and_clashes() {
        let sites = vec![
            site(field("UserDto", "status"), "a.md", &["A", "B"]),
            site(field("UserListDto", "status"), "b.md", &["B", "A"]),
            site(param("get_user", "userIdType"), "a.md", &["x", "y"]),
            site(param("get_users", "userIdType"), "b.md", &["x", "y", "z"]),
            site(param("list_users", "userIdType"), "c.md", &["x", "y", "z"]),
        ];
        let mut report = Report::default();
        let naming = name_enums(&sites, &BTreeSet::new(), &mut report).unwrap();
        assert_eq!(naming.site_names[0], "UserStatus");
        assert_eq!(naming.site_names[1], "UserStatus");
        // The set used on two pages keeps the natural name; the other is qualified.
        assert_eq!(naming.site_names[3], "UserIdType");
        assert_eq!(naming.site_names[2], "GetUserUserIdType");
        assert_eq!(report.count(Kind::EnumNameClash), 1);
    }

    #[test]
    fn shared_and_renamed_enums() {
        let mut a = site(param("get_user", "userIdType"), "a.md", &["x", "y"]);
        a.shared = Some("UserIdType".into());
        let mut b = site(param("get_users", "userIdType"), "b.md", &["x", "z"]);
        b.shared = Some("UserIdType".into());
        let mut c = site(field("UserDto", "gender"), "a.md", &["M"]);
        c.rename = Some("Gender".into());
        let naming = name_enums(&[a, b, c], &BTreeSet::new(), &mut Report::default()).unwrap();
        let values: Vec<&str> = naming.enums[1]
            .values
            .iter()
            .map(|v| v.value.as_str())
            .collect();
        assert_eq!(naming.enums[1].name, "UserIdType");
        assert_eq!(values, ["x", "y", "z"]);
        assert_eq!(naming.site_names[2], "Gender");
    }

    #[test]
    fn taken_names_are_avoided() {
        let sites = vec![site(field("UserDto", "status"), "a.md", &["A"])];
        let taken: BTreeSet<String> = ["UserStatus".to_string()].into();
        let naming = name_enums(&sites, &taken, &mut Report::default()).unwrap();
        assert_eq!(naming.site_names[0], "UserDtoStatus");
    }
}
