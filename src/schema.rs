//! The passage schema: read from `index-schema/schema.toml` and turned into tantivy's.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::HashMap;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};

/// The schema description shipped with zoek.
pub const SCHEMA_TOML: &str = include_str!("../index-schema/schema.toml");

/// The type of a schema field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    /// Analyzed full text.
    Text,
    /// Whole value, lowercased and folded.
    Keyword,
    /// Whole value, exact.
    Raw,
    /// ISO date, indexed as the number `YYYYMMDD`.
    Date,
    /// A number zoek derives from the passage (not one of its fields), for ranking.
    U64,
}

/// One field as described in `index-schema/schema.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct FieldDef {
    /// Field name (also the passage's JSON field name).
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Analyzer name, for text fields.
    #[serde(default)]
    pub analyzer: Option<String>,
    /// Searchable or filterable.
    #[serde(default)]
    pub indexed: bool,
    /// Returned with hits.
    #[serde(default)]
    pub stored: bool,
    /// Column-stored.
    #[serde(default)]
    pub fast: bool,
    /// Holds a list.
    #[serde(default)]
    pub multi: bool,
    /// Whether BM25 normalizes scores by the field's length (text fields; default yes).
    /// Off for a field most passages leave empty: its average length is then far below
    /// the length of any passage that has it, and every match there would count for
    /// almost nothing.
    #[serde(default = "yes")]
    pub fieldnorms: bool,
    /// Text fields only: whether word positions are indexed (default true). A field
    /// searched only word by word, never as a phrase, does without: positions are a
    /// large part of what indexing writes.
    #[serde(default = "yes")]
    pub positions: bool,
}

fn yes() -> bool {
    true
}

/// The schema description: version and fields.
#[derive(Debug, Clone, Deserialize)]
pub struct SchemaDef {
    /// Schema version recorded in every index.
    pub version: String,
    /// The stemmer, part of what the version pins.
    pub stemmer: String,
    /// The fields.
    #[serde(rename = "field")]
    pub fields: Vec<FieldDef>,
}

impl SchemaDef {
    /// The schema shipped with this build of zoek.
    pub fn shipped() -> Result<SchemaDef> {
        SchemaDef::parse(SCHEMA_TOML)
    }

    /// Parse a schema description.
    pub fn parse(toml_text: &str) -> Result<SchemaDef> {
        let def: SchemaDef = toml::from_str(toml_text).map_err(|e| Error::Schema(e.to_string()))?;
        for f in &def.fields {
            if f.kind == FieldType::Text && f.analyzer.is_none() {
                return Err(Error::Schema(format!(
                    "text field {:?} names no analyzer",
                    f.name
                )));
            }
        }
        Ok(def)
    }

    /// Build the tantivy schema and the name → field map.
    pub fn build(&self) -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let mut map = HashMap::new();
        for f in &self.fields {
            let field = match f.kind {
                FieldType::Text | FieldType::Keyword | FieldType::Raw => {
                    let analyzer = match f.kind {
                        FieldType::Text => f.analyzer.clone().unwrap_or_default(),
                        FieldType::Keyword => crate::analyze::KEYWORD.to_string(),
                        _ => "raw".to_string(),
                    };
                    let mut opts = TextOptions::default();
                    if f.indexed {
                        let record = if f.kind == FieldType::Text && f.positions {
                            IndexRecordOption::WithFreqsAndPositions
                        } else if f.kind == FieldType::Text {
                            IndexRecordOption::WithFreqs
                        } else {
                            IndexRecordOption::Basic
                        };
                        opts = opts.set_indexing_options(
                            TextFieldIndexing::default()
                                .set_tokenizer(&analyzer)
                                .set_index_option(record)
                                .set_fieldnorms(f.fieldnorms),
                        );
                    }
                    if f.stored {
                        opts = opts.set_stored();
                    }
                    if f.fast && f.kind != FieldType::Text {
                        opts = opts.set_fast(analyzer.as_str());
                    }
                    builder.add_text_field(&f.name, opts)
                }
                FieldType::Date | FieldType::U64 => {
                    let mut opts = NumericOptions::default();
                    if f.indexed {
                        opts = opts.set_indexed();
                    }
                    if f.stored {
                        opts = opts.set_stored();
                    }
                    if f.fast {
                        opts = opts.set_fast();
                    }
                    builder.add_u64_field(&f.name, opts)
                }
            };
            map.insert(f.name.clone(), field);
        }
        (
            builder.build(),
            Fields {
                map,
                defs: self.fields.clone(),
            },
        )
    }
}

/// The tantivy fields of a zoek index, by name.
#[derive(Debug, Clone)]
pub struct Fields {
    map: HashMap<String, Field>,
    defs: Vec<FieldDef>,
}

impl Fields {
    /// The field of the given name. Panics on a name not in the schema: field names
    /// used by the code are part of the schema contract, checked by tests.
    pub fn get(&self, name: &str) -> Field {
        *self
            .map
            .get(name)
            .unwrap_or_else(|| panic!("field {name:?} is not in index-schema/schema.toml"))
    }

    /// The field definitions, in schema order.
    pub fn defs(&self) -> &[FieldDef] {
        &self.defs
    }
}

/// `2025-10-08` → `20251008`.
pub fn date_to_u64(iso: &str) -> Option<u64> {
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    (digits.len() == 8).then(|| digits.parse().ok()).flatten()
}

/// `20251008` → `2025-10-08`.
pub fn u64_to_date(n: u64) -> String {
    format!("{:04}-{:02}-{:02}", n / 10000, (n / 100) % 100, n % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_schema_builds_and_has_the_passage_fields() {
        let def = SchemaDef::shipped().unwrap();
        let (_, fields) = def.build();
        for name in [
            "id",
            "kind",
            "source",
            "title",
            "date",
            "signature",
            "chamber",
            "kamerstuk",
            "fractie",
            "speaker",
            "minister",
            "topic",
            "question",
            "answer",
        ] {
            fields.get(name);
        }
    }

    /// Phrases are sought in the main fields and the exact forms, never in the compound
    /// parts, which are indexed without positions.
    #[test]
    fn positions_where_phrases_are_sought_and_not_in_the_parts() {
        let def = SchemaDef::shipped().unwrap();
        let (schema, fields) = def.build();
        let record = |name: &str| match schema.get_field_entry(fields.get(name)).field_type() {
            tantivy::schema::FieldType::Str(o) => o.get_indexing_options().unwrap().index_option(),
            other => panic!("{name} is {other:?}"),
        };
        for name in ["question", "answer", "topic", "title", "context", "exact"] {
            assert_eq!(
                record(name),
                IndexRecordOption::WithFreqsAndPositions,
                "{name}"
            );
        }
        assert_eq!(record("parts"), IndexRecordOption::WithFreqs);
        assert_eq!(record("fractie"), IndexRecordOption::Basic);
    }

    #[test]
    fn dates_round_trip() {
        assert_eq!(date_to_u64("2025-10-08"), Some(20251008));
        assert_eq!(u64_to_date(20251008), "2025-10-08");
    }
}
