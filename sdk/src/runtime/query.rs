//! How parameter values are written into a query string: booleans as `true`/`false`, numbers in
//! their shortest form, enums by wire value, lists comma-separated. Percent-encoding is the
//! transport's job, not this file's.

/// A value that can be sent as one query-string parameter.
pub trait QueryValue {
    fn to_query_value(&self) -> String;
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

impl<T: QueryValue> QueryValue for Vec<T> {
    fn to_query_value(&self) -> String {
        self.iter()
            .map(QueryValue::to_query_value)
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_and_lists() {
        assert_eq!(true.to_query_value(), "true");
        assert_eq!(false.to_query_value(), "false");
        assert_eq!(42i64.to_query_value(), "42");
        assert_eq!(1.5f64.to_query_value(), "1.5");
        assert_eq!(vec!["a".to_string(), "b".into()].to_query_value(), "a,b");
    }
}
