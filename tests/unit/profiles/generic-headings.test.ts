// @vitest-environment happy-dom
/**
 * The generic profile reads need statements under headings a page shows as plain text ("Registration
 * notes", "Communication needs", "Access requirements"), not only in alert-like elements.
 */
import { describe, expect, it } from 'vitest';
import { loadPage, readWith } from './pages';

const page = (body: string) =>
  loadPage(`<!doctype html><html><body><main><h1>Book appointment</h1>${body}
  <label for="t">Appointment type</label><select id="t"><option>Face to face</option><option selected>Telephone</option></select>
  </main></body></html>`);

const categories = async (body: string) =>
  [...new Set((await readWith(page(body), undefined)).context.needs.map((n) => n.category))].sort();

describe('generic profile: needs under headings shown as text', () => {
  it.each([
    [
      '<section><h3>Registration notes</h3><p>Son says she has no internet at home</p></section>',
      ['no-digital-access'],
    ],
    [
      '<div><h4>Communication needs</h4><p>Deaf, uses BSL</p></div>',
      ['bsl-interpreter', 'hearing-impairment'],
    ],
    [
      '<dl><dt>Access requirements</dt><dd>Wheelchair user</dd><dt>Occupation</dt><dd>Teacher</dd></dl>',
      ['attendance-adjustment'],
    ],
    [
      '<table><tr><th>Communication needs</th><td>Interpreter needed - Polish</td></tr></table>',
      ['interpreter'],
    ],
    [
      '<div><strong>Reasonable adjustments:</strong> <span>first appointment of the day</span></div>',
      ['attendance-adjustment'],
    ],
    ['<div><h3>Nodiadau cofrestru</h3><p>Angen cyfieithydd</p></div>', ['interpreter']],
  ])('%s', async (body, expected) => {
    expect(await categories(body)).toEqual(expected);
  });

  it.each([
    '<div><h4>Communication needs</h4><p>None</p></div>',
    '<div><h4>Access requirements</h4><p>None recorded</p></div>',
    '<div><h3>Registration notes</h3><p>Daughter uses a wheelchair. Moved from Leeds.</p></div>',
    // Need words under other headings are not read by the generic profile.
    '<div><h3>Occupation</h3><p>Retired</p></div><div><h3>Practice news</h3><p>Hearing loop</p></div>',
  ])('%s raises nothing', async (body) => {
    expect(await categories(body)).toEqual([]);
  });

  it('names the region after its heading', async () => {
    const { context } = await readWith(
      page('<div><h3>Registration notes</h3><p>Housebound</p></div>'),
      undefined,
    );
    expect(context.needs).toMatchObject([{ category: 'home-visit-required', source: 'Registration notes' }]);
  });
});
