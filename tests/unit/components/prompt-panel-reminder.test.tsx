// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PromptPanel, type PromptPanelProps, type PromptView } from '../../../components/PromptPanel';
import { DEFAULT_RULES } from '../../../lib/rules/defaults';
import { evaluate } from '../../../lib/rules/evaluate';
import { context } from '../rules/fixtures';

function show(views: (prompts: PromptView['prompt'][]) => PromptView[], lang: 'en' | 'cy' = 'en') {
  const prompts = evaluate(context('telephone', ['interpreter', 'learning-disability']), DEFAULT_RULES, {
    lang,
    hookInstance: 'h',
  });
  const onExpand = vi.fn();
  const noop = () => undefined;
  const props: PromptPanelProps = {
    views: views(prompts),
    lead: null,
    lang,
    adviceOnly: false,
    dock: 'bottom-right',
    onAccept: noop,
    onOverride: noop,
    onDismiss: noop,
    onUndo: noop,
    onDockChange: noop,
    onExpand,
  };
  const root = document.createElement('div');
  render(<PromptPanel {...props} />, root);
  return { root, onExpand, prompts, props };
}

describe('prompt panel: a prompt answered lately shows as a one-line reminder', () => {
  it('one line with the summary and a button to open it, no suggestions or dismiss', () => {
    const { root, onExpand, prompts } = show((ps) =>
      ps.map((prompt, i) => ({
        prompt,
        status: { state: 'open' },
        ...(i === 0 ? { reminder: { days: 30 } } : {}),
      })),
    );
    const [reminder, full] = [...root.querySelectorAll('article')];
    expect(reminder?.textContent).toContain('Reminder, answered for this patient in the last 30 days:');
    expect(reminder?.textContent).toContain(prompts[0]?.summary);
    expect(reminder?.querySelectorAll('button')).toHaveLength(1);
    expect(full?.querySelector('.dismiss')).not.toBeNull();
    reminder?.querySelector('button')?.click();
    expect(onExpand).toHaveBeenCalledWith(prompts[0]?.uuid);
  });

  it('in Welsh', () => {
    const { root } = show(
      (ps) => ps.map((prompt) => ({ prompt, status: { state: 'open' }, reminder: { days: 7 } })),
      'cy',
    );
    expect(root.querySelector('article')?.textContent).toContain('Dangos yr awgrym llawn');
    expect(root.querySelector('article')?.textContent).toContain('yn y 7 diwrnod diwethaf');
  });
});

describe('prompt panel: ask the patient', () => {
  function showAsk(lang: 'en' | 'cy' = 'en') {
    const onAsk = vi.fn();
    const noop = () => undefined;
    const root = document.createElement('div');
    render(
      <PromptPanel
        views={[]}
        ask={{ state: 'open' }}
        lang={lang}
        adviceOnly={false}
        dock="bottom-right"
        onAccept={noop}
        onOverride={noop}
        onDismiss={noop}
        onUndo={noop}
        onDockChange={noop}
        onAsk={onAsk}
      />,
      root,
    );
    return { root, onAsk };
  }

  it('offers no needs, declined, or a need, with no prompt cards', () => {
    const { root, onAsk } = showAsk();
    expect(root.textContent).toContain('No communication needs recorded: ask the patient');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(
      expect.arrayContaining(['No needs', 'Patient declined to say', 'Record this need']),
    );
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'No needs')?.click();
    expect(onAsk).toHaveBeenCalledWith('none', undefined);
  });

  it('asks for the need before recording one', async () => {
    const { root, onAsk } = showAsk();
    root
      .querySelector('form.ask-need')
      ?.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(root.textContent).toContain('Choose the need first');
    expect(onAsk).not.toHaveBeenCalled();
  });

  it('in Welsh', () => {
    const { root } = showAsk('cy');
    expect(root.textContent).toContain('gofynnwch i’r claf');
  });
});
