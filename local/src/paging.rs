//! Paged listings: an endpoint whose documented answer holds a `list` (and a `totalCount` or
//! `count`) and which is called with `page` and `limit` answers one page of a listing of
//! `list_total` items (the documented items repeated, or empty objects when the docs show none,
//! each with its position in the listing under `"localIndex"`), sliced by `page` and `limit`
//! (from the query, the JSON body or its `options.pagination`), with the total set. Without a
//! configured total the listing is the documented list itself. Nothing else lives here.

use serde_json::Value;

/// The `page` and `limit` a call asks for: from its query, else its JSON body's top level or
/// its `options.pagination` (as `list_users` sends them); numbers or strings holding them.
pub(crate) fn requested(
    query: &[(String, String)],
    body: Option<&Value>,
) -> Option<(usize, usize)> {
    let number = |name: &str| {
        let from_query = query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str());
        let from_body = ["", "/options/pagination"]
            .iter()
            .find_map(|at| body?.pointer(&format!("{at}/{name}")))
            .and_then(|v| match v {
                Value::Number(n) => n.as_f64(),
                Value::String(s) => s.trim().parse().ok(),
                _ => None,
            });
        from_query
            .and_then(|v| v.trim().parse::<f64>().ok())
            .or(from_body)
            .filter(|v| v.is_finite() && *v >= 1.0)
            .map(|v| v as usize)
    };
    Some((number("page")?, number("limit")?))
}

/// The page of `data` (a documented answer) that `page` and `limit` ask for, when `data` is a
/// listing; `None` leaves `data` as documented.
pub(crate) fn page_of(
    data: &Value,
    (page, limit): (usize, usize),
    total: Option<usize>,
) -> Option<Value> {
    // The list is `list`, or else the one array beside a numeric total (`data` in some answers).
    let has_total = ["totalCount", "count"]
        .iter()
        .any(|k| data.get(*k).is_some_and(Value::is_number));
    let key = match data.as_object() {
        // (The docs show some one-item lists as the object itself.)
        Some(fields) if !fields.contains_key("list") && has_total => fields
            .iter()
            .find(|(_, v)| v.is_array())
            .or_else(|| fields.iter().find(|(k, v)| *k == "data" && v.is_object()))
            .map_or("list", |(k, _)| k.as_str()),
        _ => "list",
    }
    .to_owned();
    let mut documented = match data.get(&key) {
        Some(Value::Array(items)) => items.clone(),
        Some(one @ Value::Object(_)) => vec![one.clone()],
        // A listing whose documented answer shows no list at all (`{}`), when a total is set.
        None if total.is_some() && data.is_object() => Vec::new(),
        _ => return None,
    };
    if documented.is_empty() && total.is_some() {
        // Nothing to repeat: empty objects stand in.
        documented.push(Value::Object(serde_json::Map::new()));
    }
    let total = total.unwrap_or(documented.len());
    let start = (page - 1).saturating_mul(limit).min(total);
    let end = start.saturating_add(limit).min(total);
    let list: Vec<Value> = (start..end)
        .filter_map(|i| {
            let mut item = documented.get(i % documented.len().max(1))?.clone();
            if let Value::Object(fields) = &mut item {
                fields.insert("localIndex".to_owned(), Value::from(i));
            }
            Some(item)
        })
        .collect();
    let mut out = data.clone();
    out[key.as_str()] = Value::Array(list);
    for key in ["totalCount", "count"] {
        // Only a number is a total (some listings' `count` is an object of counts).
        if out.get(key).is_some_and(|v| v.is_number() || v.is_string()) {
            out[key] = Value::from(total);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn q(page: &str, limit: &str) -> (usize, usize) {
        let query = vec![("page".into(), page.into()), ("limit".into(), limit.into())];
        requested(&query, None).unwrap()
    }

    #[test]
    fn page_and_limit_come_from_the_query_or_the_body() {
        let body = json!({"options": {"pagination": {"page": 2, "limit": "5"}}});
        assert_eq!(requested(&[], Some(&body)), Some((2, 5)));
        assert_eq!(
            requested(&[], Some(&json!({"page": 3.0, "limit": 4}))),
            Some((3, 4))
        );
        assert_eq!(requested(&[], Some(&json!({"page": 0, "limit": 4}))), None);
        assert_eq!(requested(&[], None), None);
    }

    #[test]
    fn pages_slice_a_listing_of_the_configured_total() {
        let data = json!({"list": [{"id": "a"}], "totalCount": 1});
        let third = page_of(&data, q("3", "10"), Some(23)).unwrap();
        assert_eq!(third["totalCount"], 23);
        let list = third["list"].as_array().unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(list[0], json!({"id": "a", "localIndex": 20}));
        assert_eq!(
            page_of(&data, q("4", "10"), Some(23)).unwrap()["list"],
            json!([])
        );
        assert_eq!(
            page_of(&data, q("1", "10"), None).unwrap()["list"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
        assert!(page_of(&json!({"x": 1}), q("1", "1"), None).is_none());
        let made = page_of(&json!({}), q("1", "2"), Some(3)).unwrap();
        assert_eq!(
            made,
            json!({"list": [{"localIndex": 0}, {"localIndex": 1}]})
        );
        let under_data = page_of(
            &json!({"data": [{"r": 1}], "totalCount": 1}),
            q("2", "2"),
            Some(3),
        )
        .unwrap();
        assert_eq!(
            under_data,
            json!({"data": [{"r": 1, "localIndex": 2}], "totalCount": 3})
        );
        let counts = json!({"list": [], "count": {"enabled": 1}});
        assert_eq!(
            page_of(&counts, q("1", "2"), Some(5)).unwrap()["count"],
            counts["count"]
        );
        let one = page_of(&json!({"list": {"id": "o"}}), q("1", "2"), Some(5)).unwrap();
        assert_eq!(one["list"].as_array().unwrap().len(), 2);
    }
}
