use super::*;

#[test]
fn missing_file_and_directory_are_errors() {
    let missing = from_path(Path::new("/no/such/whosaid-file.txt"), 1 << 20).err();
    assert!(matches!(missing, Some(SourceError::Missing(_))));
    let dir = from_path(Path::new(env!("CARGO_MANIFEST_DIR")), 1 << 20).err();
    assert!(matches!(dir, Some(SourceError::Directory(_))));
}

#[test]
fn binary_data_is_an_error_naming_the_input() {
    let err = from_bytes("x.bin", b"\x7fELF\x02\x01\x01\x00\x00", None).err();
    assert_eq!(
        err.map(|e| e.to_string()),
        Some("x.bin: binary data, not text (byte 7 is 0x00)".to_string())
    );
}

#[test]
fn crlf_and_bom_are_normalised() {
    let article = from_bytes("a.txt", "\u{feff}A\r\n\r\nB".as_bytes(), None);
    assert_eq!(article.map(|a| a.text).ok().as_deref(), Some("A\n\nB"));
}

#[test]
fn a_latin1_file_opens_and_says_its_encoding() {
    let article = from_bytes("old.txt", b"\"Ol\xe9!\" said Jos\xe9.", None).ok();
    let article = article.expect("a Latin-1 file is read");
    assert_eq!(article.text, "\"Olé!\" said José.");
    assert_eq!(article.meta.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(article.meta.format, Format::Text);
}

#[test]
fn html_by_extension_by_content_and_with_its_charset() {
    let page = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head>\
                 <body><p>\"Bon,\" dit Ren\xe9.</p></body></html>";
    let article = from_bytes("page", page, None).expect("a page is read");
    assert_eq!(article.meta.format, Format::Html);
    assert_eq!(article.text, "\"Bon,\" dit René.");
    assert_eq!(article.meta.title.as_deref(), Some("Café"));
    assert_eq!(article.meta.encoding.as_deref(), Some("windows-1252"));
    let forced = from_bytes("x.htm", b"Hello <b>there</b>", Some(Format::Html));
    assert_eq!(forced.map(|a| a.text).ok().as_deref(), Some("Hello there"));
}

#[test]
fn markdown_by_extension_and_by_content() {
    let md = "# Title\n\n**Mayor** [Ann Lee](https://example.org) said: \"Yes.\"\n";
    let by_name = from_bytes("a.md", md.as_bytes(), Some(Format::Markdown)).expect("read");
    assert_eq!(by_name.text, "Title\n\nMayor Ann Lee said: \"Yes.\"");
    let sniffed = from_bytes("standard input", md.as_bytes(), None).expect("read");
    assert_eq!(sniffed.meta.format, Format::Markdown);
    assert_eq!(format_of_extension("MD"), Some(Format::Markdown));
    assert_eq!(format_of_extension("txt"), None);
}

#[test]
fn published_date_is_the_day_of_the_iso_date_time() {
    let meta = Meta {
        published: Some("2019-11-19T10:00:00-05:00".into()),
        ..Meta::default()
    };
    assert_eq!(meta.published_date(), "2019-11-19".parse().ok());
}
