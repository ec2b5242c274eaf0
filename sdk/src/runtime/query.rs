//! How parameter values are written into a query string: booleans as `true`/`false`, numbers in
//! their shortest form, enums by wire value, and a list as one `name=value` pair per item, in
//! order (OpenAPI's default for a query array: `style: form`, `explode: true`, the form the
//! official Python SDK sends; `userIds=u1&userIds=u2`). An empty list sends nothing.
//! Percent-encoding is the transport's job, not this file's.

/// A single value that can be sent as one query-string parameter.
pub trait QueryValue {
    fn to_query_value(&self) -> String;
}

/// A parameter's value as query pairs: one pair for a single value, one per item for a list.
pub trait QueryParam {
    /// Appends this value's pairs under `name` to `query`.
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>);
}

impl<T: QueryValue> QueryParam for T {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>) {
        query.push((name, self.to_query_value()));
    }
}

impl<T: QueryValue> QueryParam for Vec<T> {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>) {
        query.extend(self.iter().map(|item| (name, item.to_query_value())));
    }
}

impl QueryValue for String {
    fn to_query_value(&self) -> String {
        self.clone()
    }
}

impl QueryValue for bool {
    fn to_query_value(&self) -> String {
        if *self { "true" } else { "false" }.to_owned()
    }
}

impl QueryValue for i64 {
    fn to_query_value(&self) -> String {
        self.to_string()
    }
}

impl QueryValue for f64 {
    fn to_query_value(&self) -> String {
        self.to_string()
    }
}

impl QueryValue for crate::SecretString {
    fn to_query_value(&self) -> String {
        self.expose().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(value: &impl QueryParam) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        value.push_to("p", &mut query);
        query
    }

    #[test]
    fn scalars_are_one_pair() {
        assert_eq!(pairs(&true), [("p", "true".to_owned())]);
        assert_eq!(pairs(&false), [("p", "false".to_owned())]);
        assert_eq!(pairs(&42i64), [("p", "42".to_owned())]);
        assert_eq!(pairs(&1.5f64), [("p", "1.5".to_owned())]);
    }

    #[test]
    fn a_list_is_one_pair_per_item_in_order_and_nothing_when_empty() {
        let list = vec!["a,b".to_owned(), "名字".to_owned(), "a,b".to_owned()];
        assert_eq!(
            pairs(&list),
            [
                ("p", "a,b".to_owned()),
                ("p", "名字".to_owned()),
                ("p", "a,b".to_owned())
            ]
        );
        assert!(pairs(&Vec::<String>::new()).is_empty());
        assert_eq!(
            pairs(&vec![1i64, 2]),
            [("p", "1".to_owned()), ("p", "2".to_owned())]
        );
    }
}
