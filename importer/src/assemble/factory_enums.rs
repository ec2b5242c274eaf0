//! Enum values from the docs factory's OpenAPI: a string parameter or field (or a list of them)
//! whose page lists no values gets the values the OpenAPI's schema gives it, and then becomes an
//! enum like one the page documents. Nothing else is taken from the OpenAPI here.

use super::{Assembler, Ctx};
use crate::fields::{DocValue, FieldDoc, RawType};
use crate::report::Kind;

impl Assembler<'_> {
    /// The OpenAPI's enum values for `doc`, when its page lists none and it is a string or a
    /// list of strings; reported.
    pub(super) fn factory_enum(&mut self, ctx: &Ctx, doc: &FieldDoc) -> Option<Vec<DocValue>> {
        let factories = self.factories;
        let factory = factories.of(crate::client_of(ctx.page()))?;
        let stringish = match &doc.ty {
            RawType::String => true,
            RawType::Array(Some(inner)) => **inner == RawType::String,
            _ => false,
        };
        if !doc.values.is_empty() || !stringish {
            return None;
        }
        let prop = match ctx {
            Ctx::Param { endpoint, page } => {
                let client = crate::client_of(page);
                let route = self
                    .routes
                    .get(client, endpoint)
                    .or_else(|| self.route_overrides.get(&(client, endpoint.clone())))?;
                factory
                    .operation(route.http_method.as_str(), &route.path)?
                    .param(&doc.name)?
            }
            Ctx::Field { dto, .. } => factory.property(dto, &doc.name)?,
            Ctx::Data { .. } => return None,
        };
        let values = prop.shape.enum_values()?;
        self.report.add(
            Kind::EnumFromFactory,
            ctx.page(),
            doc.line,
            format!(
                "{}: {}",
                ctx.owner(&doc.name),
                values
                    .iter()
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        Some(
            values
                .iter()
                .map(|v| DocValue {
                    value: v.clone(),
                    description: None,
                })
                .collect(),
        )
    }
}
