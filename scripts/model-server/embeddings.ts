/**
 * Deterministic embeddings: a hashed bag of words, L2-normalised.
 *
 * Each lower-cased word (letters and digits) adds 1 to the bucket its FNV-1a hash picks. Common English
 * stop words are skipped unless the text has nothing else. All weights are positive, so a vector is never
 * all-zero once it has a word, and texts that share words have a higher cosine similarity than texts that
 * do not. Text without any word gets a fixed unit vector.
 */

export const DEFAULT_EMBEDDING_DIMENSIONS = 1536;

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "but",
  "by",
  "do",
  "for",
  "from",
  "has",
  "have",
  "i",
  "in",
  "is",
  "it",
  "me",
  "of",
  "on",
  "or",
  "so",
  "that",
  "the",
  "this",
  "to",
  "was",
  "were",
  "what",
  "with",
  "you",
]);

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

export function embed(text: string, dimensions: number = DEFAULT_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = tokenize(text);
  if (words.length === 0) {
    vector[0] = 1;
    return vector;
  }
  for (const word of words) {
    const bucket = fnv1a(word) % dimensions;
    vector[bucket] = (vector[bucket] ?? 0) + 1;
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return vector.map((value) => value / norm);
}

/** The OpenAI `encoding_format: "base64"` form: little-endian float32 values, base64-encoded. */
export function toBase64(vector: readonly number[]): string {
  const buffer = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => buffer.writeFloatLE(value, index * 4));
  return buffer.toString("base64");
}

export function fromBase64(encoded: string): number[] {
  const buffer = Buffer.from(encoded, "base64");
  const values: number[] = [];
  for (let offset = 0; offset + 4 <= buffer.length; offset += 4) values.push(buffer.readFloatLE(offset));
  return values;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const x = a[index] ?? 0;
    const y = b[index] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
