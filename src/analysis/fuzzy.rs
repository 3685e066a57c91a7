//! Generic fuzzy string matching: a banded edit distance, deletion keys that find close spellings without comparing
//! every pair, and the FNV-1a hash they are keyed by.

/// An odd constant (2^64 over the golden ratio) that spreads a number's bits when it is mixed into a key.
pub(super) const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// The base of the polynomial hash of [`deletion_keys`], and its inverse modulo 2^64 (Newton's iteration).
const BASE: u64 = 0x0000_0100_0000_01b3;
const BASE_INVERSE: u64 = {
    let mut x = BASE;
    let mut k = 0;
    while k < 6 {
        x = x.wrapping_mul(2u64.wrapping_sub(BASE.wrapping_mul(x)));
        k += 1;
    }
    x
};

/// Whether two strings are within `limit` single-character edits (Levenshtein) of each other. Only the band of
/// the edit table within `limit` of its diagonal is filled, so the cost is the length times `limit`, however long
/// the strings are.
pub(super) fn within_edits(a: &str, b: &str, limit: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > limit {
        return false;
    }
    const FAR: usize = usize::MAX / 2;
    let width = 2 * limit + 1;
    // row[d] holds the edits between a[..i] and b[..j] for j = i + d - limit.
    let mut row: Vec<usize> = (0..width).map(|d| d.checked_sub(limit).filter(|&j| j <= m).unwrap_or(FAR)).collect();
    for i in 1..=n {
        let mut next = vec![FAR; width];
        for d in 0..width {
            let Some(j) = (i + d).checked_sub(limit).filter(|&j| j <= m) else { continue };
            next[d] = if j == 0 {
                i
            } else {
                let replace = row[d] + usize::from(a[i - 1] != b[j - 1]);
                let insert = if d > 0 { next[d - 1] + 1 } else { FAR };
                let delete = if d + 1 < width { row[d + 1] + 1 } else { FAR };
                replace.min(insert).min(delete)
            };
        }
        if next.iter().all(|&e| e > limit) {
            return false;
        }
        row = next;
    }
    row[m + limit - n] <= limit
}

/// FNV-1a over 32-bit parts, each fed in little-endian bytes, so that a key is the same on every run.
pub(super) fn fnv1a(parts: impl IntoIterator<Item = u32>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for x in parts {
        for b in x.to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The keys of `word` with up to `deletions` (at most 2) characters left out, each mixed with `tag`: two words
/// within that many edits of each other share one of them, which finds [`within_edits`] candidates without
/// comparing every pair. Each key is a polynomial hash, so that leaving characters out costs O(1) a key.
pub(super) fn deletion_keys(word: &str, tag: u64, deletions: usize, keys: &mut Vec<u64>) {
    // prefix[k]: the hash of the first k characters, character t weighted by BASE^t.
    let mut prefix = vec![0u64];
    let mut power = 1u64;
    for c in word.chars() {
        let last = prefix[prefix.len() - 1];
        prefix.push(last.wrapping_add((u64::from(c) + 1).wrapping_mul(power)));
        power = power.wrapping_mul(BASE);
    }
    let n = prefix.len() - 1;
    let key = |h: u64| (h ^ tag).wrapping_mul(MIX).rotate_left(29);
    // The characters from `from` to `to`, shifted back by `by` places.
    let shifted = |from: usize, to: usize, by: u32| {
        prefix[to].wrapping_sub(prefix[from]).wrapping_mul(BASE_INVERSE.wrapping_pow(by))
    };
    keys.push(key(prefix[n]));
    for (i, &before) in prefix[..n].iter().enumerate() {
        if deletions >= 1 {
            keys.push(key(before.wrapping_add(shifted(i + 1, n, 1))));
        }
        if deletions >= 2 {
            for j in i + 1..n {
                keys.push(key(before.wrapping_add(shifted(i + 1, j, 1)).wrapping_add(shifted(j + 1, n, 2))));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn deletion_keys_leave_out_each_character_and_each_pair() {
        let keys = |w: &str, d| {
            let mut k = Vec::new();
            deletion_keys(w, 7, d, &mut k);
            k
        };
        let one = keys("peskov", 1);
        assert_eq!(one.len(), 7);
        for shorter in ["eskov", "pskov", "peskv", "pesko"] {
            assert!(one.contains(&keys(shorter, 0)[0]), "{shorter}");
        }
        let two = keys("peskov", 2);
        assert!(two.contains(&keys("psko", 0)[0]) && two.contains(&keys("pesk", 0)[0]));
        assert!(!two.contains(&keys("pesky", 0)[0]));
        let mut other_tag = Vec::new();
        deletion_keys("peskov", 8, 0, &mut other_tag);
        assert_ne!(other_tag[0], keys("peskov", 0)[0]);
    }

    #[test]
    fn fnv1a_hashes_the_little_endian_bytes_of_each_part() {
        assert_eq!(fnv1a([]), 0xcbf2_9ce4_8422_2325);
        // FNV-1a of the bytes "a\0\0\0".
        assert_eq!(fnv1a([u32::from('a')]), 0xac80_4b82_0e4f_e984);
        assert_ne!(fnv1a([1, 2]), fnv1a([2, 1]));
    }

    proptest! {
        #[test]
        fn the_banded_edit_count_agrees_with_the_whole_table(a in "[abc]{0,9}", b in "[abc]{0,9}", limit in 0usize..4) {
            let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let mut table: Vec<Vec<usize>> =
                (0..=x.len()).map(|i| (0..=y.len()).map(|j| if i == 0 { j } else if j == 0 { i } else { 0 }).collect()).collect();
            for i in 1..=x.len() {
                for j in 1..=y.len() {
                    table[i][j] = (table[i - 1][j - 1] + usize::from(x[i - 1] != y[j - 1]))
                        .min(table[i - 1][j] + 1)
                        .min(table[i][j - 1] + 1);
                }
            }
            prop_assert_eq!(within_edits(&a, &b, limit), table[x.len()][y.len()] <= limit);
        }
    }

    #[test]
    fn huge_strings_are_compared_in_time_linear_in_their_length() {
        let long = "peskov".repeat(50_000);
        assert!(within_edits(&long, &format!("{long}xy"), 2));
        assert!(!within_edits(&long, &format!("x{long}y"), 1));
    }
}
