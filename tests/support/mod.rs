//! Helpers shared by the integration tests (and the `bench_index` example).

#![allow(dead_code)]

pub mod corpus;
pub mod pdf;
