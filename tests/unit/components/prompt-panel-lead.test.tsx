// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PromptPanel, type PromptPanelProps } from '../../../components/PromptPanel';
import type { NeedCategory } from '../../../lib/model';
import { combinePrompts } from '../../../lib/rules/combine';
import { DEFAULT_RULES } from '../../../lib/rules/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { context } from '../rules/fixtures';

function show(needs: NeedCategory[], lang: 'en' | 'cy' = 'en', adviceOnly = false) {
  const { prompts, lead } = combinePrompts(
    evaluate(context('telephone', needs), DEFAULT_RULES, { lang, hookInstance: 'h' }),
    needs,
  );
  const onAccept = vi.fn();
  const noop = () => undefined;
  const props: PromptPanelProps = {
    views: prompts.map((prompt) => ({ prompt, status: { state: 'open' } })),
    lead,
    lang,
    adviceOnly,
    dock: 'bottom-right',
    onAccept,
    onOverride: noop,
    onDismiss: noop,
    onUndo: noop,
    onDockChange: noop,
  };
  const root = document.createElement('div');
  render(<PromptPanel {...props} />, root);
  return { root, onAccept, lead };
}

describe('prompt panel: combined recommendation', () => {
  const needs: NeedCategory[] = ['bsl-interpreter', 'hearing-impairment', 'learning-disability'];

  it('comes first, names one switch and what to arrange, and acts through a card suggestion', () => {
    const { root, onAccept, lead } = show(needs);
    const first = root.querySelector('.cards > *');
    expect(first?.textContent).toContain('One answer for these 3 prompts');
    expect(first?.textContent).toContain('Book a longer slot.');
    expect(first?.textContent).toContain(
      'Arrange: a BSL interpreter and a hearing loop or other hearing support',
    );
    const button = first?.querySelector('button');
    expect(button?.textContent).toBe('Switch to a face-to-face slot');
    button?.click();
    expect(lead?.kind).toBe('switch');
    if (lead?.kind === 'switch') expect(onAccept).toHaveBeenCalledWith(lead.promptUuid, lead.suggestionUuid);
  });

  it('no card offers a switch to telephone or online for these needs', () => {
    const { root } = show([...needs, 'no-digital-access', 'contact-text-relay']);
    const labels = [...root.querySelectorAll('.cards button')].map((b) => b.textContent ?? '');
    expect(labels.some((l) => /telephone slot|online consultation/i.test(l))).toBe(false);
  });

  it('is in Welsh when the panel is', () => {
    const { root } = show(needs, 'cy');
    expect(root.querySelector('.cards > *')?.textContent).toContain('Un ateb i’r 3 awgrym hyn');
  });

  it('offers no button in advice-only mode, only the advice', () => {
    const { root } = show(needs, 'en', true);
    const first = root.querySelector('.cards > *');
    expect(first?.querySelector('button')).toBeNull();
    expect(first?.textContent).toContain('Switch to a face-to-face slot');
  });

  it('is absent when a single card fired', () => {
    const { root } = show(['interpreter']);
    expect(root.textContent).not.toContain('One answer');
  });
});
