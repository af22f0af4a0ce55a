// Republished-copy detection. Outlets copy each other's articles with their own page furniture and
// small edits, so we compare sets of word k-shingles of the normalized text rather than hashes.

/** Word characters include marks so that un-normalized input still splits on words only. */
const WORD_SPLIT = /[^\p{L}\p{M}\p{N}]+/u;
const EMPTY_SLOT = 0xffffffff;

/** FNV-1a over UTF-16 code units: 32-bit, fast, stable across runs and platforms (stored in the DB). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Word k-shingles of already-normalized text, hashed. A text shorter than k words is one shingle. */
export function shingleSet(normalizedText: string, k = 5): Set<number> {
  const words = normalizedText.split(WORD_SPLIT).filter(Boolean);
  const set = new Set<number>();
  if (words.length === 0) return set;
  if (words.length < k) return set.add(fnv1a(words.join(" ")));
  for (let i = 0; i + k <= words.length; i++) set.add(fnv1a(words.slice(i, i + k).join(" ")));
  return set;
}

/**
 * Containment of the smaller set in the larger: |A ∩ B| / min(|A|, |B|), 0..1. Unlike Jaccard it
 * stays near 1 when a copy adds a header, "most read" box or comments around the same body.
 */
export function shingleOverlap(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}

/** murmur3's finalizer: a cheap, well-mixed 32-bit permutation. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * MinHash: slot i holds the minimum of hash_i over the set, where hash_i = mix(x XOR seed_i) with
 * fixed seeds, so signatures stored in the database stay comparable forever. Empty set → all slots
 * 0xffffffff.
 */
export function minhashSignature(set: Set<number>, n = 64): number[] {
  const seeds = Array.from({ length: n }, (_, i) => mix(i + 0x9e3779b9));
  const sig = new Array<number>(n).fill(EMPTY_SLOT);
  for (const x of set) {
    for (let i = 0; i < n; i++) {
      const h = mix((x ^ seeds[i]) >>> 0);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Share of equal slots = an estimate of the Jaccard similarity (±~0.12 at n = 64). When the set
 * sizes are given it is converted to the containment that shingleOverlap measures:
 * |A ∩ B| = J (|A| + |B|) / (1 + J). Use it to pre-filter candidates, then confirm with shingleOverlap.
 */
export function estimateOverlap(sigA: number[], sigB: number[], sizeA?: number, sizeB?: number): number {
  if (sigA.length !== sigB.length) throw new RangeError("MinHash signatures of different lengths cannot be compared");
  let equal = 0;
  let used = 0;
  for (let i = 0; i < sigA.length; i++) {
    if (sigA[i] === EMPTY_SLOT && sigB[i] === EMPTY_SLOT) continue;
    used++;
    if (sigA[i] === sigB[i]) equal++;
  }
  if (used === 0) return 0;
  const jaccard = equal / used;
  if (sizeA === undefined || sizeB === undefined) return jaccard;
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

/**
 * The LSH bands of a signature: consecutive pairs of slots. Two signatures with an estimated overlap
 * of 0.5 share at least one of 32 bands with probability 1 − (1 − 0.5²)³² > 0.9999, so the candidates
 * sharing a band are the ones the estimate would keep. Empty slots make no band.
 */
export function signatureBands(sig: number[], rows = 2): string[] {
  const bands: string[] = [];
  for (let i = 0; i + rows <= sig.length; i += rows) {
    const slots = sig.slice(i, i + rows);
    if (slots.every((s) => s === EMPTY_SLOT)) continue;
    bands.push(`${i / rows}:${slots.join(":")}`);
  }
  return bands;
}
