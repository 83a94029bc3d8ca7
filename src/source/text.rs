//! Plain text: line endings normalised; a paragraph's single line breaks are kept where
//! they mean something (verse, lists, addresses, short lines) and joined where the lines
//! are prose wrapped at a fixed width.

/// `text` with `\r\n` and lone `\r` line endings made `\n`.
pub fn normalise(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// True when the line breaks inside `paragraph` are meant (a list, verse, an address, a
/// table), false when its lines are prose wrapped at a fixed width, to be joined.
pub fn line_breaks_meant(paragraph: &str) -> bool {
    let lines: Vec<&str> = paragraph.lines().map(str::trim_end).collect();
    if lines.len() < 2 {
        return false;
    }
    if lines.iter().any(|l| is_list_item(l.trim_start())) {
        return true;
    }
    let width = |l: &&str| l.chars().count();
    let longest = lines.iter().map(width).max().unwrap_or(0);
    if longest < 45 {
        return true;
    }
    // Wrapped prose fills nearly every line but the last to about the same width.
    let body = &lines[..lines.len() - 1];
    let full = body.iter().filter(|l| width(l) * 10 >= longest * 7).count();
    full * 5 < body.len() * 4
}

/// A line that starts like an item of a list: `- `, `* `, `• `, `1. `, `2) `, `a) `.
pub fn is_list_item(line: &str) -> bool {
    if ["- ", "* ", "• ", "– ", "+ "]
        .iter()
        .any(|m| line.starts_with(m))
    {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    (1..=3).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_prose_is_joined() {
        let prose = "The council met on Monday to discuss the bridge, which has been\n\
                     closed since the spring floods damaged two of its supports and\n\
                     left the town without its main road.";
        assert!(!line_breaks_meant(prose));
    }

    #[test]
    fn verse_lists_and_short_lines_keep_their_breaks() {
        let verse = "Twinkle, twinkle, little bat!\nHow I wonder what you're at!\n\
                     Up above the world you fly,\nLike a tea-tray in the sky.";
        assert!(line_breaks_meant(verse));
        let list = "What to bring:\n- a sleeping bag that keeps you warm below freezing\n\
                    - enough water for two days of walking in the hills";
        assert!(line_breaks_meant(list));
        let ragged = "I wandered lonely as a cloud that floats on high o'er vales\nand hills,\n\
                      When all at once I saw a crowd,\nA host, of golden daffodils;";
        assert!(line_breaks_meant(ragged));
        assert!(!line_breaks_meant("One line only, however long it is."));
    }

    #[test]
    fn line_endings_become_line_feeds() {
        assert_eq!(normalise("a\r\nb\rc".into()), "a\nb\nc");
    }
}
