//! Word tokens with byte spans, the shared input of the name and attribution stages.

use super::document::Document;
use super::span::TextSpan;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits (with inner hyphens and apostrophes): "Johnson", "42-year-old".
    Word,
    /// A possessive ending split from its word: "'s".
    Possessive,
    /// Any other non-space character.
    Punct,
}

/// A token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: TextSpan,
    /// Word, possessive or punctuation.
    pub kind: TokenKind,
    /// Index of its sentence in `Document::sentences` ([`Token::sentence`]); 32 bits, as
    /// tokens are many.
    sentence: u32,
    /// True when it is the first word of its sentence (after opening marks).
    pub sentence_start: bool,
}

impl Token {
    /// Index of its sentence in `Document::sentences`.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// True for a word whose first letter is upper case.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && text[self.span]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// Tokens of the whole document, in order.
pub fn tokenize(doc: &Document) -> Vec<Token> {
    let text = doc.text.as_str();
    // About one token in four bytes of English; trimmed to size at the end.
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let body = &text[sentence.span];
        let base = sentence.span.start();
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let mut k = 0;
        let mut first_word = true;
        while k < chars.len() {
            let (i, c) = chars[k];
            if c.is_whitespace() {
                k += 1;
                continue;
            }
            if !c.is_alphanumeric() {
                let end = i + c.len_utf8();
                out.push(Token {
                    span: TextSpan::of(text, base + i, base + end),
                    kind: TokenKind::Punct,
                    sentence: index as u32,
                    sentence_start: false,
                });
                k += 1;
                continue;
            }
            let mut j = k + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                let joins = matches!(cj, '-' | '\'' | '’' | '.')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
                if cj.is_alphanumeric() || joins {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(body.len(), |&(e, _)| e);
            let word = &body[i..end];
            let possessive = ["'s", "’s"]
                .iter()
                .find(|p| word.len() > p.len() + 1 && word.ends_with(*p));
            let split = possessive.map_or(end, |p| end - p.len());
            out.push(Token {
                span: TextSpan::of(text, base + i, base + split),
                kind: TokenKind::Word,
                sentence: index as u32,
                sentence_start: first_word,
            });
            if split < end {
                out.push(Token {
                    span: TextSpan::of(text, base + split, base + end),
                    kind: TokenKind::Possessive,
                    sentence: index as u32,
                    sentence_start: false,
                });
            }
            first_word = false;
            k = j;
        }
    }
    out.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_possessives_and_punctuation() {
        let text = "Ms. Johnson's 42-year-old U.S. lawyer can't go.";
        let doc = Document::new(text);
        let got: Vec<(&str, TokenKind)> = tokenize(&doc)
            .iter()
            .map(|t| (&text[t.span], t.kind))
            .collect();
        use TokenKind::*;
        assert_eq!(
            got,
            [
                ("Ms", Word),
                (".", Punct),
                ("Johnson", Word),
                ("'s", Possessive),
                ("42-year-old", Word),
                ("U.S", Word),
                (".", Punct),
                ("lawyer", Word),
                ("can't", Word),
                ("go", Word),
                (".", Punct)
            ]
        );
    }
}
