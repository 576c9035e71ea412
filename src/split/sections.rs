//! Documents without question/answer or debate structure: `section` passages.
//!
//! Windows of a few paragraphs each, so that no text is ever silently dropped and
//! a hit still points to a readable part of the document.

use super::Draft;
use crate::passage::{Passage, PassageKind};
use crate::text::Line;

/// Paragraphs per section window.
const WINDOW: usize = 4;

/// Split a document into windows of [`WINDOW`] paragraphs.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let mut drafts = Vec::new();
    let mut current = Draft::new(Passage::new(PassageKind::Section, ""));
    let mut paragraphs = 0;
    let mut prev_blank = true;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            if !prev_blank {
                paragraphs += 1;
            }
            prev_blank = true;
            if paragraphs >= WINDOW {
                drafts.push(std::mem::replace(
                    &mut current,
                    Draft::new(Passage::new(PassageKind::Section, "")),
                ));
                paragraphs = 0;
            }
            continue;
        }
        if current.answer.is_empty() {
            current.at = i;
        }
        prev_blank = false;
        current.answer.push(line.clone());
    }
    if !current.answer.is_empty() {
        drafts.push(current);
    }
    drafts
}
