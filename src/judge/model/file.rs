//! Model files: read, parsed, and held to the inputs this version computes. The judge's model
//! and verify's stance models share them.

use crate::error::Error;

/// Reads a model file (a judge or stance model) and parses it with `parse`; any failure is an
/// [`Error::Model`] naming the file.
pub(crate) fn read_model<T>(
    path: &std::path::Path,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, Error> {
    let error = |message: String| Error::Model {
        path: path.to_path_buf(),
        message,
    };
    let json = std::fs::read_to_string(path).map_err(|e| error(e.to_string()))?;
    parse(&json).map_err(error)
}

/// Checks that a model file weighs the inputs this version computes (`what` names them:
/// features, signals), by name and in order: a model made for others would read its weights
/// against the wrong ones.
pub(crate) fn check_model_features(
    found: &[String],
    expected: &[&str],
    what: &str,
) -> Result<(), String> {
    if found
        .iter()
        .map(String::as_str)
        .eq(expected.iter().copied())
    {
        Ok(())
    } else {
        Err(format!(
            "made for the {what} {found:?}, not this version's {expected:?}"
        ))
    }
}
