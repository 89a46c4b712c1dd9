/**
 * A trie of word sequences. Keywords are stored as words, never as regular expressions, so a
 * practice keyword such as "(a+)+" is just two punctuation marks and a word and cannot backtrack.
 * Matching from one token costs at most `maxWords` map look-ups.
 */
import { type Tokens, WORD } from './tokenize';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  payloads: T[] | undefined;
}

export interface PhraseMatch<T> {
  /** Token index one past the last word of the phrase. */
  readonly endToken: number;
  readonly payloads: readonly T[];
}

/** Longest phrase we accept. Keeps the per-token matching cost bounded for hostile vocabularies. */
export const MAX_PHRASE_WORDS = 8;

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: undefined, payloads: undefined };
  private longest = 0;

  /** Adds a phrase given as its words. Returns false (and adds nothing) when empty or too long. */
  add(words: readonly string[], payload: T): boolean {
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return false;
    let node = this.root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: undefined, payloads: undefined };
        node.next.set(word, child);
      }
      node = child;
    }
    node.payloads ??= [];
    node.payloads.push(payload);
    this.longest = Math.max(this.longest, words.length);
    return true;
  }

  get maxWords(): number {
    return this.longest;
  }

  /** True when some phrase starts with this word; a cheap pre-check. */
  startsWith(word: string): boolean {
    return this.root.next?.has(word) === true;
  }

  /**
   * The longest phrase starting at token `from` made only of consecutive word tokens before
   * `limit`. Punctuation stops a phrase: "interp. req" is not "interp req".
   */
  longestAt(tokens: Tokens, from: number, limit: number): PhraseMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let bestPayloads: T[] | undefined;
    for (let t = from; t < limit && tokens.kind[t] === WORD; t++) {
      const word = tokens.text[t];
      node = word === undefined ? undefined : node.next?.get(word);
      if (node === undefined) break;
      if (node.payloads !== undefined) {
        bestEnd = t + 1;
        bestPayloads = node.payloads;
      }
    }
    // One allocation per phrase found, none per word tried: this runs for every word of the page.
    return bestPayloads === undefined ? undefined : { endToken: bestEnd, payloads: bestPayloads };
  }
}
