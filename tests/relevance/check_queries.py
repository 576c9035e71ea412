#!/usr/bin/env python3
"""Sanity checks for a graded query set: tests/relevance/queries.json, or the file given
(python3 tests/relevance/check_queries.py tests/relevance/heldout.json).

Every `match` must occur exactly once in its corpus file, lie on one line, be 10-60
characters long and contain no markdown `**`; no judgment may name the concept file;
every query needs at least one grade-2 passage; types, filter keys and kinds must be known.
Run from anywhere: python3 tests/relevance/check_queries.py
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "corpus-sample"
TYPES = {"plain", "inflected", "unaccented", "compound", "alias", "phrase", "filtered",
         "speaker", "toezegging", "question-style", "misspelled"}
FILTER_KEYS = {"fractie", "kind", "from", "to", "kamerstuk", "minister"}
# The kinds of passage zoek knows (`zoek search --kind`); a debate's turn is a `speech`.
KINDS = {"qa", "question", "speech", "toezegging", "motie", "section"}

SET = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "queries.json"
data = json.loads(SET.read_text(encoding="utf-8"))
# A set judged on a corpus of its own (PDF, Word, XML: "corpus" in the set) is checked
# against the passages zoek reads from it, by
# `cargo test --release --test relevance every_judgment_names_one_passage`.
OWN_CORPUS = "corpus" in data
texts = {}
errors = []
ids = set()
for q in data["queries"]:
    qid = q["id"]
    if qid in ids:
        errors.append(f"{qid}: duplicate id")
    ids.add(qid)
    if not set(q["type"]) <= TYPES:
        errors.append(f"{qid}: unknown type {set(q['type']) - TYPES}")
    if set(q["filters"]) != FILTER_KEYS:
        errors.append(f"{qid}: filter keys {sorted(q['filters'])}")
    if q["filters"].get("kind") not in KINDS | {None}:
        errors.append(f"{qid}: unknown kind {q['filters']['kind']!r}: one of {sorted(KINDS)}")
    if not any(r["grade"] == 2 for r in q["relevant"]):
        errors.append(f"{qid}: no grade-2 passage")
    seen = set()
    for r in q["relevant"]:
        f, m = r["file"], r["match"]
        if not OWN_CORPUS:
            if "concept" in f or not f.endswith((".txt", ".md")):
                errors.append(f"{qid}: file not allowed: {f}")
                continue
            if f not in texts:
                texts[f] = (CORPUS / f).read_text(encoding="utf-8")
            n = texts[f].count(m)
            if n != 1:
                errors.append(f"{qid}: {f}: {m!r} occurs {n} times")
        if "\n" in m or "**" in m or not 10 <= len(m) <= 60:
            errors.append(f"{qid}: {f}: bad match {m!r}")
        if r["grade"] not in (1, 2):
            errors.append(f"{qid}: bad grade {r['grade']}")
        if (f, m) in seen:
            errors.append(f"{qid}: duplicate judgment {m!r}")
        seen.add((f, m))

print(f"{len(data['queries'])} queries, "
      f"{sum(len(q['relevant']) for q in data['queries'])} judgments, {len(errors)} errors")
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
