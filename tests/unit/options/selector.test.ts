// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  isStableToken,
  proposeSelectors,
  suggestLabel,
} from '../../../components/options/page-setup/selector';

const $ = (selector: string) => document.querySelector(selector)!;

beforeEach(() => {
  document.body.innerHTML = `
    <main>
      <section class="patient-banner" aria-label="Patient">
        <h3 id="alerts-heading">Alerts</h3>
        <ul class="alerts css-1x2y3z4" aria-labelledby="alerts-heading"><li class="alert">Interpreter needed</li></ul>
      </section>
      <form id="booking-form">
        <label for="appointment-type">Appointment type</label>
        <select id="appointment-type" name="slotType"><option>F2F</option></select>
        <select name="duration"><option>10</option></select>
        <div class="actions"><button type="submit">Book appointment</button></div>
        <div data-testid="notes-box"><p>Notes</p></div>
        <div id="react-aria1234567"><span class="mui-x9f8e7d6">x</span><span>y</span></div>
      </form>
    </main>`;
});

describe('proposeSelectors', () => {
  it('prefers an id, then names, labels and test ids; every proposal finds only the element', () => {
    expect(proposeSelectors($('#appointment-type'))[0]).toMatchObject({
      selector: '#appointment-type',
      robust: true,
      why: 'its id',
    });
    expect(proposeSelectors($('select[name="duration"]'))[0]?.selector).toBe('select[name="duration"]');
    expect(proposeSelectors($('[data-testid="notes-box"]'))[0]?.selector).toBe('[data-testid="notes-box"]');
    for (const el of [$('ul'), $('button'), $('#appointment-type')]) {
      for (const c of proposeSelectors(el))
        expect(Array.from(document.querySelectorAll(c.selector))).toEqual([el]);
    }
  });

  it('never relies on generated class names or ids', () => {
    const list = proposeSelectors($('ul'));
    expect(list.map((c) => c.selector)).toContain('ul[aria-labelledby="alerts-heading"]');
    expect(list.some((c) => c.selector.includes('css-1x2y3z4'))).toBe(false);
    expect(isStableToken('react-aria1234567')).toBe(false);
    expect(isStableToken('patient-banner')).toBe(true);
  });

  it('qualifies a non-unique element by a stable ancestor before falling back to its position', () => {
    expect(proposeSelectors($('button'))[0]?.selector).toBe('button[type="submit"]');
    const span = $('#react-aria1234567 span:last-child');
    const [fallback] = proposeSelectors(span);
    expect(fallback?.robust).toBe(false);
    expect(fallback?.selector).toMatch(/nth-of-type/);
    expect(document.querySelector(fallback!.selector)).toBe(span);
  });
});

describe('suggestLabel', () => {
  it('names an element the way the manager sees it', () => {
    expect(suggestLabel($('ul'))).toBe('Alerts');
    expect(suggestLabel($('#appointment-type'))).toBe('Appointment type');
    expect(suggestLabel($('section'))).toBe('Patient');
    expect(suggestLabel($('button'))).toBe('Book appointment');
  });
});
