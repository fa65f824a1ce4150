//! Reprints: documents of one story that carry one text (a wire story run by several outlets, a
//! page scraped twice), found by the overlap of their word 4-gram sketches.

use super::DatedProfile;

/// For each document, the first document (lowest index) of its group of reprints; itself when
/// it reprints nothing. Only documents of one cluster are compared: a reprint shares its words,
/// so it shares its story.
pub(crate) fn find(
    documents: &[DatedProfile],
    clusters: &[Vec<u32>],
    min_overlap: f64,
) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..documents.len() as u32).collect();
    fn root(parent: &mut [u32], mut i: u32) -> u32 {
        while parent[i as usize] != i {
            parent[i as usize] = parent[parent[i as usize] as usize];
            i = parent[i as usize];
        }
        i
    }
    for members in clusters {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                let (pa, pb) = (documents[a as usize].profile, documents[b as usize].profile);
                if pa.overlap(pb) >= min_overlap {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    let (lo, hi) = (ra.min(rb), ra.max(rb));
                    parent[hi as usize] = lo;
                }
            }
        }
    }
    (0..documents.len() as u32)
        .map(|i| root(&mut parent, i))
        .collect()
}
