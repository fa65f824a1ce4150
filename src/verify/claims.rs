//! A desk's batch of claims to verify: JSON Lines (`{"id": …, "text": …}`) or one claim a line.

use crate::error::Error;
use serde::Deserialize;
use std::path::Path;

/// One claim to verify, as a batch file gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ClaimInput {
    /// Its id; a line without one is named by its line number.
    #[serde(default)]
    pub id: Option<String>,
    /// Its text.
    pub text: String,
}

/// Reads a batch of claims: each non-empty line is either a JSON object with `text` (and
/// `id`), or, when it does not start with `{`, the claim's text itself.
///
/// A line that starts with `{` but is not such an object is an error naming its line.
pub fn read_claims(path: &Path) -> Result<Vec<ClaimInput>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_claims(&text, path)
}

fn parse_claims(text: &str, path: &Path) -> Result<Vec<ClaimInput>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut claim = if line.starts_with('{') {
            serde_json::from_str::<ClaimInput>(line).map_err(|e| Error::JsonLine {
                path: path.to_path_buf(),
                line: n + 1,
                message: e.to_string(),
            })?
        } else {
            ClaimInput {
                id: None,
                text: line.to_string(),
            }
        };
        if claim.id.is_none() {
            claim.id = Some(format!("line-{}", n + 1));
        }
        out.push(claim);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_lines_and_plain_lines_and_names_a_bad_line() {
        let p = Path::new("claims.jsonl");
        let claims = parse_claims("{\"id\": \"c1\", \"text\": \"نص\"}\n\nنص آخر\n", p).unwrap();
        assert_eq!(claims[0].id.as_deref(), Some("c1"));
        assert_eq!(claims[1].id.as_deref(), Some("line-3"));
        assert_eq!(claims[1].text, "نص آخر");
        let e = parse_claims("نص\n{\"id\": 3}\n", p).unwrap_err();
        assert!(e.to_string().starts_with("claims.jsonl:2:"), "{e}");
    }
}
