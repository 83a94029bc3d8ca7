//! Terminal-safe text: anything from the outside (an article, a name, a file name) goes
//! through here before it reaches the screen, so control characters and escape sequences
//! are never written to the terminal as they are.

/// What to show for a character: control characters become a visible replacement, so
/// escape sequences in an article never reach the terminal.
pub fn display_char(c: char) -> char {
    if c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    {
        '\u{fffd}'
    } else {
        c
    }
}

/// `s` with every control character replaced (see [`display_char`]).
pub fn sanitize(s: &str) -> String {
    s.chars().map(display_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_bidi_overrides_are_replaced() {
        assert_eq!(sanitize("a\u{1b}[31mb\u{7}"), "a\u{fffd}[31mb\u{fffd}");
        assert_eq!(sanitize("x\u{202e}y\u{200b}"), "x\u{fffd}y\u{fffd}");
        assert_eq!(display_char('é'), 'é');
    }
}
