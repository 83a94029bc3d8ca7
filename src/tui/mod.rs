//! The terminal reader (ratatui + crossterm). (Stub: replaced by the reader.)

use crate::story::Story;

/// Run the reader on `story` until the user quits.
pub fn run(_story: Story, _name: &str) -> anyhow::Result<()> {
    anyhow::bail!("the terminal reader is not built yet")
}
