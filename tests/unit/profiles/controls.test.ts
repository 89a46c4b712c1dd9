// @vitest-environment happy-dom
/**
 * The pieces the built-in profiles needed from lib/profiles: tick-box controls, a profile's
 * `systemWords`, same-group preference when switching a select, and reading a field's answer with
 * its question.
 */
import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from '../../../lib/needs';
import { applyChannel } from '../../../lib/profiles/actions';
import { choicesOf, locateConfiguredControl, readChannel } from '../../../lib/profiles/channel-control';
import { locateConfiguredRegions, readNeeds } from '../../../lib/profiles/needs-regions';
import { ChannelControl } from '../../../lib/profiles/schema';

function dom(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('checkbox controls', () => {
  const html = '<input type="checkbox" id="video"><label for="video">Video consultation</label>';

  it('are recognised from the element and read ticked / not ticked', () => {
    const doc = dom(html);
    const handle = locateConfiguredControl(
      doc,
      ChannelControl.parse({ selector: '#video', uncheckedChannel: 'face-to-face' }),
    )!;
    expect(handle.kind).toBe('checkbox');
    expect(readChannel(handle)).toMatchObject({
      channel: 'face-to-face',
      evidence: 'Video consultation: not ticked',
    });
    doc.querySelector<HTMLInputElement>('#video')!.checked = true;
    expect(readChannel(handle)).toMatchObject({ channel: 'video', evidence: 'Video consultation' });
  });

  it('read unknown when not ticked unless the profile says what that means', () => {
    const doc = dom(html);
    const handle = locateConfiguredControl(doc, ChannelControl.parse({ selector: '#video' }))!;
    expect(readChannel(handle).channel).toBe('unknown');
    expect(applyChannel(handle, 'face-to-face', 'face-to-face').ok).toBe(false);
  });

  it('accept a container and use the tick box inside', () => {
    const doc = dom(`<div id="box">${html}</div>`);
    const handle = locateConfiguredControl(
      doc,
      ChannelControl.parse({ selector: '#box', kind: 'checkbox', uncheckedChannel: 'face-to-face' }),
    )!;
    expect(choicesOf(handle).map((c) => c.channel)).toEqual(['video', 'face-to-face']);
  });

  it('are switched by a click and say so when already showing the wanted channel', () => {
    const doc = dom(html);
    const box = doc.querySelector<HTMLInputElement>('#video')!;
    const handle = locateConfiguredControl(
      doc,
      ChannelControl.parse({ selector: '#video', uncheckedChannel: 'face-to-face' }),
    )!;
    expect(applyChannel(handle, 'face-to-face', 'face-to-face').ok).toBe(false);
    const result = applyChannel(handle, 'video', 'video');
    expect(result.ok).toBe(true);
    expect(box.checked).toBe(true);
  });
});

describe('systemWords', () => {
  const html =
    '<select id="kind"><option value="Scheduled">Scheduled</option><option value="Virtual">Virtual</option></select>';

  it("add the system's own words after the manager's mapping", () => {
    const doc = dom(html);
    const plain = locateConfiguredControl(doc, ChannelControl.parse({ selector: '#kind' }))!;
    expect(choicesOf(plain).map((c) => c.channel)).toEqual(['unknown', 'remote']);
    const config = ChannelControl.parse({ selector: '#kind', systemWords: 'openmrs' });
    const withWords = locateConfiguredControl(doc, config)!;
    expect(choicesOf(withWords).map((c) => c.channel)).toEqual(['face-to-face', 'remote']);
    // Built once per profile control, so the recogniser's compiled mapping is reused.
    expect(locateConfiguredControl(doc, config)!.mapping).toBe(withWords.mapping);
  });

  it("let the manager's mapping win", () => {
    const doc = dom(html);
    const config = ChannelControl.parse({
      selector: '#kind',
      systemWords: 'openmrs',
      mapping: [{ label: 'Scheduled', channel: 'home-visit' }],
    });
    expect(choicesOf(locateConfiguredControl(doc, config)!)[0]?.channel).toBe('home-visit');
  });

  it('ignore a name the table does not have', () => {
    const doc = dom(html);
    const handle = locateConfiguredControl(
      doc,
      ChannelControl.parse({ selector: '#kind', systemWords: 'nope' }),
    )!;
    expect(choicesOf(handle)[0]?.channel).toBe('unknown');
  });
});

describe('switching a select', () => {
  it("prefers the wanted option in the chosen option's group, else the first", () => {
    const doc = dom(`<select id="s">
      <optgroup label="GP"><option value="1">GP - face to face</option><option value="2">GP - telephone</option></optgroup>
      <optgroup label="Nurse"><option value="3">Nurse - face to face</option><option value="4" selected>Nurse - telephone</option></optgroup>
      <optgroup label="Physio"><option value="5">Physio - video</option></optgroup></select>`);
    const select = doc.querySelector<HTMLSelectElement>('#s')!;
    select.value = '4';
    const handle = locateConfiguredControl(doc, ChannelControl.parse({ selector: '#s' }))!;
    expect(applyChannel(handle, 'face-to-face', 'face-to-face').ok).toBe(true);
    expect(select.value).toBe('3');
    select.value = '5';
    expect(applyChannel(handle, 'face-to-face', 'face-to-face').ok).toBe(true);
    expect(select.value).toBe('1');
  });
});

describe('reading a field with its question', () => {
  const read = (doc: Document) =>
    readNeeds(
      locateConfiguredRegions(doc, [{ label: 'Answers', selector: 'input, textarea', read: 'value' }]),
      defaultVocabulary(),
    );

  it('adds the label only when the answer alone names no need', () => {
    const doc = dom(`<label for="a">Interpreter needed?</label><input id="a">
      <label for="b">Communication needs</label><input id="b">`);
    doc.querySelector<HTMLInputElement>('#a')!.value = 'Yes - Polish';
    doc.querySelector<HTMLInputElement>('#b')!.value = 'Easy read';
    expect(read(doc).map((n) => [n.category, n.evidence])).toEqual([
      ['interpreter', 'Interpreter needed?: Yes - Polish'],
      // The answer names a need by itself: the heading "Communication needs" is not added.
      ['easy-read', 'Easy read'],
    ]);
  });

  it("uses the region's name when the field has no label, and respects a negative answer", () => {
    const doc = dom('<input id="a"><textarea id="b"></textarea>');
    doc.querySelector<HTMLInputElement>('#a')!.value = 'No';
    expect(read(doc)).toEqual([]);
    const regions = locateConfiguredRegions(doc, [{ label: 'Interpreter', selector: '#a', read: 'value' }]);
    doc.querySelector<HTMLInputElement>('#a')!.value = 'Urdu';
    expect(readNeeds(regions, defaultVocabulary())).toEqual([
      expect.objectContaining({ category: 'interpreter', language: 'Urdu', evidence: 'Interpreter: Urdu' }),
    ]);
  });

  it('does not add labels to text regions', () => {
    const doc = dom('<div class="flag" aria-label="Interpreter">Yes</div>');
    expect(
      readNeeds(
        locateConfiguredRegions(doc, [{ label: 'Interpreter', selector: '.flag', read: 'text' }]),
        defaultVocabulary(),
      ),
    ).toEqual([]);
  });
});
