/**
 * Local vocabulary: the practice's own words and codes for needs ("DIGEX", "LOC001"), added to the
 * built-in vocabulary. Entries are checked with the recogniser's own schema (plain words, no patterns)
 * and can be tried on a sample sentence before saving.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { NEED_CATEGORIES, type NeedCategory } from '../../lib/model';
import { buildVocabulary, LocalVocabulary, recogniseNeeds } from '../../lib/needs';
import { issuesByPath } from '../../lib/settings/envelope';
import type { SettingsIssue } from '../../lib/settings/issues';
import type { VocabularyEntry } from '../../lib/settings/schema';
import type { SectionProps } from './OptionsApp';
import { describedBy, ErrorSummary, FieldError, fieldId, LockNote, needName } from './ui';

const id = (path: string) => fieldId('vocab', path);

/** The entries as they would be saved: trimmed, empty codes removed. */
function cleaned(entries: VocabularyEntry[]): VocabularyEntry[] {
  return entries.map((e) => {
    const code = e.code?.trim();
    return { category: e.category, keyword: e.keyword.trim(), ...(code ? { code } : {}) };
  });
}

export function VocabularySection({ state, api, apply }: SectionProps) {
  const saved = state.local.vocabulary.entries;
  const [entries, setEntries] = useState<VocabularyEntry[]>(saved);
  const [summary, setSummary] = useState<SettingsIssue[]>([]);
  const [sample, setSample] = useState('');
  const locked = state.locks.all;
  const policyEntries = state.effective.vocabulary.entries.slice(0, state.locks.vocabularyEntries);
  const dirty = JSON.stringify(cleaned(entries)) !== JSON.stringify(saved);

  // Saved elsewhere (another window, an import): take the new list unless there are unsaved edits here.
  useEffect(() => {
    if (!dirty) setEntries(saved);
  }, [JSON.stringify(saved)]);

  const checked = LocalVocabulary.safeParse({ entries: cleaned(entries) });
  const errors = checked.success ? {} : issuesByPath(checked.error);

  const found = useMemo(() => {
    if (!sample.trim()) return [];
    try {
      const vocabulary = buildVocabulary({
        entries: [...policyEntries, ...(checked.success ? checked.data.entries : saved)],
      });
      return recogniseNeeds(sample, vocabulary);
    } catch {
      return [];
    }
  }, [sample, JSON.stringify(entries), policyEntries.length]);

  const set = (index: number, change: Partial<VocabularyEntry>) =>
    setEntries(entries.map((e, i) => (i === index ? { ...e, ...change } : e)));

  const save = async (event: Event) => {
    event.preventDefault();
    const list = Object.entries(errors).map(([path, message]) => ({ path, message }));
    setSummary(list);
    if (list.length > 0) return;
    const result = apply(await api.save({ vocabulary: { entries: cleaned(entries) } }), 'Vocabulary saved');
    setSummary(result.ok ? [] : result.errors);
  };

  return (
    <div class="section-body">
      <p>
        Add the words and codes your clinical system uses for needs, when the extension does not already know
        them, e.g. an alert that says “DIGEX” for no digital access. Words are matched as whole words, never
        as patterns.
      </p>
      {policyEntries.length > 0 && (
        <>
          <h3>Added by your organisation</h3>
          <table class="table">
            <caption class="visually-hidden">Vocabulary entries set by your organisation</caption>
            <thead>
              <tr>
                <th scope="col">Need</th>
                <th scope="col">Word or phrase</th>
                <th scope="col">Code</th>
              </tr>
            </thead>
            <tbody>
              {policyEntries.map((e) => (
                <tr key={`${e.category}|${e.keyword}`}>
                  <td>{needName(e.category)}</td>
                  <td>{e.keyword}</td>
                  <td>{e.code ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <LockNote locked />
          </p>
        </>
      )}
      <form onSubmit={save} noValidate aria-labelledby="vocab-heading">
        <h3 id="vocab-heading">The practice’s own words</h3>
        <ErrorSummary
          title="The vocabulary cannot be saved yet"
          errors={summary}
          linkTo={(path) => {
            const target = id(path.replace(/^vocabulary\./, ''));
            return document.getElementById(target) ? target : undefined;
          }}
        />
        {entries.length === 0 && <p>No local words yet.</p>}
        {entries.map((entry, i) => {
          const base = `entries[${i}]`;
          return (
            <fieldset class="row vocab-row" key={i}>
              <legend class="visually-hidden">Entry {i + 1}</legend>
              <div class="field">
                <label for={id(`${base}.category`)}>Need</label>
                <select
                  id={id(`${base}.category`)}
                  value={entry.category}
                  disabled={locked}
                  onChange={(e) =>
                    set(i, { category: (e.currentTarget as HTMLSelectElement).value as NeedCategory })
                  }
                >
                  {NEED_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {needName(c)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field grow">
                <label for={id(`${base}.keyword`)}>Word or phrase</label>
                <input
                  {...describedBy(id(`${base}.keyword`), errors[`${base}.keyword`])}
                  type="text"
                  value={entry.keyword}
                  disabled={locked}
                  onInput={(e) => set(i, { keyword: (e.currentTarget as HTMLInputElement).value })}
                />
                <FieldError id={id(`${base}.keyword`)} message={errors[`${base}.keyword`]} />
              </div>
              <div class="field">
                <label for={id(`${base}.code`)}>Code (optional)</label>
                <input
                  {...describedBy(id(`${base}.code`), errors[`${base}.code`])}
                  type="text"
                  value={entry.code ?? ''}
                  disabled={locked}
                  onInput={(e) => set(i, { code: (e.currentTarget as HTMLInputElement).value })}
                />
                <FieldError id={id(`${base}.code`)} message={errors[`${base}.code`]} />
              </div>
              <button
                type="button"
                class="row-button"
                disabled={locked}
                aria-label={`Remove entry ${i + 1}${entry.keyword ? ` (${entry.keyword})` : ''}`}
                onClick={() => setEntries(entries.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </fieldset>
          );
        })}
        <FieldError id={id('entries')} message={errors.entries} />
        <div class="actions">
          <button
            type="button"
            disabled={locked}
            onClick={() => setEntries([...entries, { category: 'no-digital-access', keyword: '' }])}
          >
            Add a word
          </button>
          <button type="submit" class="primary" disabled={locked}>
            Save vocabulary
          </button>
          {dirty && <span class="sub-inline">Unsaved changes</span>}
          <LockNote locked={locked} />
        </div>
      </form>

      <h3>Try it</h3>
      <div class="field">
        <label for="vocab-sample">Sample alert or note text</label>
        <p class="hint" id="vocab-sample-hint">
          Type text as it appears in your clinical system; the needs found (with your unsaved words) are
          listed below. Do not use real patient details.
        </p>
        <textarea
          id="vocab-sample"
          aria-describedby="vocab-sample-hint"
          rows={2}
          value={sample}
          onInput={(e) => setSample((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div aria-live="polite" data-testid="vocab-found">
        {sample.trim() &&
          (found.length === 0 ? (
            <p>No needs found in this text.</p>
          ) : (
            <ul>
              {found.map((f) => (
                <li key={`${f.category}|${f.evidence}`}>
                  <strong>{needName(f.category)}</strong> from “{f.evidence}”
                  {f.code ? ` (code ${f.code})` : ''}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </div>
  );
}
