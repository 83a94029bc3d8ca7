//! Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark,
//! and legacy 8-bit text (Latin-1, Windows-1252 and the like) detected with `chardetng` and
//! decoded with `encoding_rs`. Binary data is refused.

use encoding_rs::Encoding;

/// Text decoded from bytes, and the encoding it was in when that was not UTF-8.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name, in lower case (`"windows-1252"`, `"utf-16le"`...), when it
    /// was not UTF-8.
    pub encoding: Option<String>,
}

/// Why bytes are not text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// NUL bytes or many control characters: an image, an archive, a program.
    #[error("binary data, not text (byte {offset} is {byte:#04x})")]
    Binary {
        /// Where the first tell-tale byte is.
        offset: usize,
        /// That byte.
        byte: u8,
    },
}

/// Decode `bytes`. `declared` is an encoding label the content names for itself (an HTML
/// `<meta charset>`), used when the bytes are not valid UTF-8.
pub fn decode(bytes: impl Into<Vec<u8>>, declared: Option<&str>) -> Result<Decoded, DecodeError> {
    let bytes: Vec<u8> = bytes.into();
    if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let text = text.into_owned();
        check_not_binary(text.as_bytes())?;
        return Ok(Decoded {
            text,
            encoding: (encoding != encoding_rs::UTF_8).then(|| name(encoding)),
        });
    }
    check_not_binary(&bytes)?;
    // UTF-8, the usual case, is taken as it is, without a copy.
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text,
                encoding: None,
            })
        }
        Err(e) => e.into_bytes(),
    };
    let bytes = bytes.as_slice();
    let encoding = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        // A page that says UTF-8 but is not: guess instead.
        .filter(|&e| e != encoding_rs::UTF_8 && e.is_ascii_compatible())
        .unwrap_or_else(|| guess(bytes));
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: Some(name(encoding)),
    })
}

/// The most likely legacy encoding of bytes that are not UTF-8.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guessed = detector.guess(None, chardetng::Utf8Detection::Deny);
    if guessed == encoding_rs::UTF_8 || !guessed.is_ascii_compatible() {
        encoding_rs::WINDOWS_1252
    } else {
        guessed
    }
}

fn name(encoding: &'static Encoding) -> String {
    encoding.name().to_ascii_lowercase()
}

/// Refuse bytes that no text contains: NUL, or more than one control character (other than
/// tab, line feed, carriage return, form feed and escape) in a hundred.
fn check_not_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if let Some(offset) = sample.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset, byte: 0 });
    }
    let control = |b: u8| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b);
    let count = sample.iter().filter(|&&b| control(b)).count();
    if count > 0 && count * 100 > sample.len() {
        let offset = sample.iter().position(|&b| control(b)).unwrap_or(0);
        return Err(DecodeError::Binary {
            offset,
            byte: sample[offset],
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("Zoë said.".as_bytes(), None);
        assert_eq!(
            plain.map(|d| (d.text, d.encoding)),
            Ok(("Zoë said.".into(), None))
        );
        let bom = decode("\u{feff}Zoë said.".as_bytes(), None);
        assert_eq!(
            bom.map(|d| (d.text, d.encoding)),
            Ok(("Zoë said.".into(), None))
        );
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let text = "“Hi,” said Zoë.";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let le = decode(le, None);
        assert_eq!(
            le.map(|d| (d.text, d.encoding)),
            Ok((text.into(), Some("utf-16le".into())))
        );
        let be = decode(be, None);
        assert_eq!(
            be.map(|d| (d.text, d.encoding)),
            Ok((text.into(), Some("utf-16be".into())))
        );
    }

    #[test]
    fn latin1_and_windows_1252_are_read() {
        // "José Ramírez said: “café”" in Windows-1252 (curly quotes are 0x93 / 0x94).
        let bytes = b"Jos\xe9 Ram\xedrez said: \x93caf\xe9\x94 is open.";
        let decoded = decode(bytes, None);
        assert_eq!(
            decoded.map(|d| (d.text, d.encoding)),
            Ok((
                "José Ramírez said: “café” is open.".into(),
                Some("windows-1252".into())
            ))
        );
    }

    #[test]
    fn a_declared_charset_is_honoured() {
        // 0xe6 is "æ" in Windows-1252 but "ж" in KOI8-R.
        let decoded = decode(b"\xe6\xe6", Some("koi8-r"));
        assert_eq!(decoded.map(|d| d.encoding), Ok(Some("koi8-r".into())));
    }

    #[test]
    fn binary_data_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
        assert!(matches!(
            decode(png, None),
            Err(DecodeError::Binary { offset: 8, .. })
        ));
        let controls: Vec<u8> = (0..200)
            .map(|i| if i % 10 == 0 { 1 } else { b'a' })
            .collect();
        assert!(decode(controls, None).is_err());
    }
}
