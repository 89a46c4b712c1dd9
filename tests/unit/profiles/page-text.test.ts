// @vitest-environment happy-dom
/** Reading page text: each banner tag is its own evidence, blocks break lines, fields are read live. */
import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from '../../../lib/needs';
import { readNeeds } from '../../../lib/profiles/needs-regions';
import { regionText, textWithLineBreaks } from '../../../lib/profiles/page-text';

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('page text', () => {
  it('puts each tag-like chip on its own line, so evidence names one tag', () => {
    const header = element(
      '<section aria-label="Patient"><span class="tag">BSL</span><span class="tag">Easy read</span><span class="cds--tag">LD register</span></section>',
    );
    expect(
      textWithLineBreaks(header)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(['BSL', 'Easy read', 'LD register']);
    const evidence = readNeeds(
      [{ label: 'Patient', element: header, read: 'auto' }],
      defaultVocabulary(),
    ).map((n) => n.evidence);
    expect(evidence).toContain('BSL');
    expect(evidence).toContain('Easy read');
  });

  it('keeps inline wording together, so a negation still reaches its need', () => {
    const alert = element('<li class="item">Interpreter: <b>not required</b></li>');
    expect(readNeeds([{ label: 'Alert', element: alert, read: 'auto' }], defaultVocabulary())).toEqual([]);
  });

  it('reads form fields by their live value, not the value attribute', () => {
    const notes = element('<textarea id="notes">old text</textarea>') as HTMLTextAreaElement;
    notes.value = 'Needs a Somali interpreter';
    expect(regionText(notes, 'auto')).toBe('Needs a Somali interpreter');
    expect(
      readNeeds([{ label: 'Notes', element: notes, read: 'value' }], defaultVocabulary())[0],
    ).toMatchObject({
      category: 'interpreter',
      language: 'Somali',
      source: 'Notes',
    });
  });
});
