//! Bytes to text: UTF-8 with or without a BOM, UTF-16 with a BOM, and refusal of binary data.

use super::IngestError;

/// Decodes article bytes. UTF-8 (a BOM is dropped) and UTF-16 with a BOM are accepted; NUL bytes mean binary.
pub fn decode_text(label: &str, bytes: &[u8]) -> Result<String, IngestError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(label, rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(label, rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(IngestError::Binary { label: label.to_owned() });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => Err(IngestError::InvalidUtf8 { label: label.to_owned(), offset: e.valid_up_to() }),
    }
}

fn decode_utf16(label: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, IngestError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .enumerate()
        .map(|(i, r)| r.map_err(|_| IngestError::InvalidUtf8 { label: label.to_owned(), offset: 2 + 2 * i }))
        .collect::<Result<_, _>>()?;
    if bytes.len() % 2 == 1 || text.contains('\0') {
        return Err(IngestError::Binary { label: label.to_owned() });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_a_utf8_bom() {
        assert_eq!(decode_text("a", b"\xEF\xBB\xBFhello").unwrap(), "hello");
    }

    #[test]
    fn decodes_utf16_with_a_bom() {
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Hé".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode_text("a", &le).unwrap(), "Hé");
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("Hé".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode_text("a", &be).unwrap(), "Hé");
    }

    #[test]
    fn refuses_nul_bytes_and_bad_utf8_with_the_offset() {
        assert!(matches!(decode_text("x", b"ab\0cd"), Err(IngestError::Binary { .. })));
        match decode_text("x", b"abc\xFFdef") {
            Err(IngestError::InvalidUtf8 { offset, .. }) => assert_eq!(offset, 3),
            other => panic!("expected InvalidUtf8, got {other:?}"),
        }
    }
}
