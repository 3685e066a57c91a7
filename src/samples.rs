//! The two sample articles built into the binary, so that the window opens on a real comparison anywhere.

use crate::ingest;
use crate::model::{DocId, Document, SourceFormat};

/// The sample articles: their file names and bytes, as kept in `seeds/`.
pub const SAMPLES: [(&str, &[u8]); 2] = [
    ("000_1cfbb435d9fb3310.txt", include_bytes!("../seeds/000_1cfbb435d9fb3310.txt")),
    ("003_8edff8d9d2d35c28.txt", include_bytes!("../seeds/003_8edff8d9d2d35c28.txt")),
];

/// The sample articles as documents, A then B.
pub fn sample_documents() -> Vec<Document> {
    SAMPLES
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| {
            ingest::load_bytes(name, bytes, SourceFormat::Text, DocId(i as u32))
                .expect("the built-in samples are valid articles")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_load_as_two_documents() {
        let docs = sample_documents();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].source.outlet.as_deref(), Some("CNN"));
        assert!(docs.iter().all(|d| d.sentences.len() > 5));
    }
}
