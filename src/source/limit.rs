//! The input limit: no input is read past `--max-size` bytes (default
//! [`DEFAULT_MAX_SIZE`]), so `/dev/zero` or a huge file is a one-line error, not a machine
//! out of memory.

use std::io::Read;

/// The default limit: 512 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 512 << 20;

/// Read all of `input`, unless it holds more than `max` bytes: then `Ok(None)`, after
/// reading `max + 1` bytes and no more.
pub fn read_at_most(input: impl Read, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    input.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// A size as the command line gives it: bytes, or a number with a binary suffix `K`, `M`
/// or `G` (`64M` is 64 MiB; `KB`, `MiB`... are read the same).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let bad = || format!("`{text}` is not a size (bytes, or a number with K, M or G: 64M)");
    let trimmed = text.trim();
    let digits = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (number, suffix) = trimmed.split_at(digits);
    let number: u64 = number.parse().map_err(|_| bad())?;
    let shift = match suffix.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(bad()),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| format!("`{text}` is too large a size"))
}

/// A size as a person reads it, in the units [`parse_size`] takes: `512M`, `1000 bytes`.
pub fn show_size(bytes: u64) -> String {
    for (shift, unit) in [(30, "G"), (20, "M"), (10, "K")] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{}{unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("64m"), Ok(64 << 20));
        assert_eq!(parse_size("2KB"), Ok(2048));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert!(parse_size("").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("-5").is_err());
        assert!(parse_size("5T").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
        assert!(parse_size("17179869184G").is_err(), "overflows u64");
    }

    #[test]
    fn sizes_are_shown_as_they_are_given() {
        assert_eq!(show_size(DEFAULT_MAX_SIZE), "512M");
        assert_eq!(show_size(64 << 10), "64K");
        assert_eq!(show_size(3 << 30), "3G");
        assert_eq!(show_size(1000), "1000 bytes");
        assert_eq!(show_size(0), "0 bytes");
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let mut zeros = std::io::repeat(0);
        let read = read_at_most(&mut zeros, 10).ok();
        assert_eq!(read, Some(None), "an endless input is refused");
        assert_eq!(
            read_at_most(&b"0123456789"[..], 10)
                .ok()
                .flatten()
                .map(|b| b.len()),
            Some(10)
        );
    }
}
