//! Markdown to text: pulldown-cmark parses it; the text keeps the words a reader reads
//! (no `#`, `**`, `[..](..)`), and the headings, emphasis, links, code and block quotes
//! become [`Mark`]s over that text for the reader to style.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::builder::Builder;
use super::{MarkKind, Marked};

/// The text and marks of a Markdown document.
pub fn to_text(markdown: &str) -> Marked {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut out = Converter::default();
    for event in Parser::new_ext(markdown, options) {
        out.event(event);
    }
    out.out.finish()
}

#[derive(Default)]
struct Converter {
    out: Builder,
    /// Inside an image: its alt text is not part of the article.
    image: usize,
    /// Inside a table cell after the first of its row.
    cell: usize,
}

impl Converter {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(s) if self.image == 0 => self.out.push(&s),
            Event::Code(s) if self.image == 0 => {
                self.out.open_mark(MarkKind::Code);
                self.out.push(&s);
                self.out.close_mark();
            }
            Event::Text(_) | Event::Code(_) => {}
            Event::SoftBreak => self.out.push_raw_char(' '),
            Event::HardBreak => self.out.line_break(),
            Event::Rule => self.out.block_break(),
            Event::TaskListMarker(done) => self.out.push_raw(if done { "[x] " } else { "[ ] " }),
            // Raw HTML, footnote references and maths are not the article's words.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph if self.out.list_depth() == 0 => self.out.block_break(),
            Tag::Heading { level, .. } => {
                self.out.block_break();
                self.out.open_mark(MarkKind::Heading(heading_level(level)));
            }
            Tag::BlockQuote(_) => {
                self.out.block_break();
                self.out.open_mark(MarkKind::BlockQuote);
            }
            Tag::CodeBlock(_) => {
                self.out.block_break();
                self.out.open_mark(MarkKind::Code);
            }
            Tag::List(first) => {
                if self.out.list_depth() == 0 {
                    self.out.block_break();
                }
                self.out.start_list(first);
            }
            Tag::Item => self.out.list_item(),
            Tag::Table(_) => self.out.block_break(),
            Tag::TableHead | Tag::TableRow => {
                self.out.line_break();
                self.cell = 0;
            }
            Tag::TableCell => {
                if self.cell > 0 {
                    self.out.push_raw(" | ");
                }
                self.cell += 1;
            }
            Tag::Emphasis => self.out.open_mark(MarkKind::Emphasis),
            Tag::Strong => self.out.open_mark(MarkKind::Strong),
            Tag::Link { .. } => self.out.open_mark(MarkKind::Link),
            Tag::Image { .. } => self.image += 1,
            Tag::FootnoteDefinition(_) => self.out.block_break(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Link => self.out.close_mark(),
            TagEnd::Image => self.image = self.image.saturating_sub(1),
            TagEnd::List(_) => {
                self.out.end_list();
                if self.out.list_depth() == 0 {
                    self.out.block_break();
                }
            }
            _ => {}
        }
        if matches!(tag, TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::Table) {
            self.out.block_break();
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// True when `text` reads as Markdown: an ATX heading, a fenced code block, a link
/// `[..](..)` or strong emphasis `**..**`, at least two of those signs (or a heading on the
/// first line and one more).
pub fn looks_like_markdown(text: &str) -> bool {
    let head: String = text.chars().take(8000).collect();
    let mut signs = 0;
    let mut lines = head.lines().filter(|l| !l.trim().is_empty());
    let first_heading = lines.next().is_some_and(is_atx_heading);
    if head.lines().any(is_atx_heading) {
        signs += 1;
    }
    if head.lines().any(|l| l.trim_start().starts_with("```")) {
        signs += 1;
    }
    if has_inline_link(&head) {
        signs += 1;
    }
    if head.matches("**").count() >= 2 || head.matches("__").count() >= 2 {
        signs += 1;
    }
    if head
        .lines()
        .any(|l| l.starts_with("- ") || l.starts_with("* ") || l.starts_with("> "))
    {
        signs += 1;
    }
    signs >= 2 || (first_heading && signs >= 1 && head.lines().count() > 1)
}

fn is_atx_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') && line.len() > hashes + 1
}

fn has_inline_link(text: &str) -> bool {
    text.match_indices("](").any(|(i, _)| {
        text[..i]
            .rfind('[')
            .is_some_and(|open| !text[open..i].contains('\n'))
            && text[i + 2..]
                .split(')')
                .next()
                .is_some_and(|dest| !dest.contains(char::is_whitespace) && !dest.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &Marked, kind: MarkKind) -> Vec<&str> {
        text.marks
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| &text.text[m.start..m.end])
            .collect()
    }

    #[test]
    fn markup_is_gone_from_the_text_and_kept_as_marks() {
        let md = "# Bridge to reopen\n\n**Mayor** [Ann Lee](https://example.org/lee) said: \
                  \"It is *safe* now.\"\n\nSecond paragraph.\n";
        let out = to_text(md);
        assert_eq!(
            out.text,
            "Bridge to reopen\n\nMayor Ann Lee said: \"It is safe now.\"\n\nSecond paragraph."
        );
        assert_eq!(marked(&out, MarkKind::Heading(1)), ["Bridge to reopen"]);
        assert_eq!(marked(&out, MarkKind::Strong), ["Mayor"]);
        assert_eq!(marked(&out, MarkKind::Link), ["Ann Lee"]);
        assert_eq!(marked(&out, MarkKind::Emphasis), ["safe"]);
    }

    #[test]
    fn lists_are_one_item_a_line_and_hard_breaks_stay() {
        let md =
            "Intro:\n\n- one\n- two\n\n1. first\n2. second\n\nRoses are red,  \nviolets blue.\n";
        let out = to_text(md);
        assert_eq!(
            out.text,
            "Intro:\n\n• one\n• two\n\n1. first\n2. second\n\nRoses are red,\nviolets blue."
        );
    }

    #[test]
    fn entities_images_and_raw_html_are_not_words() {
        let out = to_text("Jos&eacute; said ![a chart](c.png) <span>hi</span> &amp; left.");
        assert_eq!(out.text, "José said hi & left.");
    }

    #[test]
    fn markdown_is_told_from_plain_prose() {
        assert!(looks_like_markdown(
            "# Title\n\nSome text with a [link](http://x.y)."
        ));
        assert!(looks_like_markdown(
            "Text **bold** and more **bold**.\n\n- item\n- item"
        ));
        assert!(!looks_like_markdown(
            "Kim said \"hello\" on Monday.\n\nShe left #1 in the poll (up 3%)."
        ));
        assert!(!looks_like_markdown("* * *\n\nChapter one [sic] (1890)."));
    }
}
