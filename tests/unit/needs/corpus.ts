/**
 * The labelled needs corpus (tests/fixtures/needs-corpus/*.tsv) and the figures computed over it:
 * precision and recall per need category found, and the share of traps that would raise a prompt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NEED_CATEGORIES, type NeedCategory } from '../../../lib/model';

export const CORPUS_DIR = path.resolve('tests/fixtures/needs-corpus');

export interface CorpusItem {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /** Empty for a trap. */
  readonly expected: readonly NeedCategory[];
}

const CATEGORY_SET = new Set<string>(NEED_CATEGORIES);

function parseLine(file: string, line: number, raw: string): CorpusItem {
  const tab = raw.indexOf('\t');
  if (tab < 0) throw new Error(`${file}:${line}: no tab between the labels and the text`);
  const labels = raw.slice(0, tab).trim();
  const text = raw.slice(tab + 1).replaceAll('\\n', '\n');
  if (text.trim() === '') throw new Error(`${file}:${line}: empty text`);
  const expected = labels === '-' ? [] : labels.split(',').map((l) => l.trim());
  for (const label of expected) {
    if (!CATEGORY_SET.has(label)) throw new Error(`${file}:${line}: unknown need category "${label}"`);
  }
  return { file, line, text, expected: expected as NeedCategory[] };
}

export function loadCorpus(dir: string = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      if (raw.trim() === '' || raw.startsWith('#')) return;
      items.push(parseLine(file, i + 1, raw));
    });
  }
  return items;
}

export interface ItemResult {
  readonly item: CorpusItem;
  readonly found: readonly NeedCategory[];
  readonly missed: readonly NeedCategory[];
  readonly extra: readonly NeedCategory[];
}

export interface CorpusFigures {
  readonly texts: number;
  readonly traps: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** TP / (TP + FP) over (text, category) pairs. */
  readonly precision: number;
  /** TP / (TP + FN) over (text, category) pairs. */
  readonly recall: number;
  /** Traps that raised at least one need, over all traps. */
  readonly trapRate: number;
  readonly trapsPrompting: number;
}

export function score(
  items: readonly CorpusItem[],
  recognise: (text: string) => readonly NeedCategory[],
): { figures: CorpusFigures; results: ItemResult[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let traps = 0;
  let trapsPrompting = 0;
  const results: ItemResult[] = [];
  for (const item of items) {
    const found = [...new Set(recognise(item.text))];
    const expected = new Set(item.expected);
    const missed = item.expected.filter((c) => !found.includes(c));
    const extra = found.filter((c) => !expected.has(c));
    tp += found.length - extra.length;
    fp += extra.length;
    fn += missed.length;
    if (item.expected.length === 0) {
      traps++;
      if (found.length > 0) trapsPrompting++;
    }
    results.push({ item, found, missed, extra });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    figures: {
      texts: items.length,
      traps,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      trapRate: traps === 0 ? 0 : trapsPrompting / traps,
      trapsPrompting,
    },
    results,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function describeFigures(f: CorpusFigures): string {
  return `needs corpus: ${f.texts} texts (${f.traps} traps): precision ${pct(f.precision)}, recall ${pct(f.recall)}, traps prompting ${pct(f.trapRate)} (${f.trapsPrompting}/${f.traps})`;
}
