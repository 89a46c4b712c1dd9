/**
 * Live preview of a rule's card: the rule being edited is evaluated by the real engine (evaluate())
 * against a sample patient, and the result is drawn by the receptionist's own PromptPanel, in a shadow
 * root with the panel's own CSS, so what the manager sees is what the receptionist will see.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type BookingContext, CHANNELS, type Channel, type NeedCategory, type Prompt } from '../../lib/model';
import { evaluate } from '../../lib/rules/evaluate';
import type { Rule } from '../../lib/rules/schema';
import { PromptPanel } from '../PromptPanel';
import { PROMPT_PANEL_CSS } from '../prompt-panel-css';
import { channelName, needName } from './ui';

/** In the options page the panel sits in the flow, not fixed to a corner of the window. */
const PREVIEW_CSS = `
.panel { position: static; width: auto; max-width: 420px; max-height: none; pointer-events: auto; }
.frame { max-height: none; box-shadow: none; }
`;

const SAMPLE_LANGUAGE = 'Polish';

/** What a booking page with these needs and this slot type would give the rule engine. */
export function sampleContext(needs: readonly NeedCategory[], channel: Channel): BookingContext {
  return {
    siteId: 'preview',
    profileId: 'preview',
    pageUrl: 'https://booking.example.nhs.uk/appointments',
    needs: needs.map((category) => ({
      category,
      evidence:
        category === 'interpreter'
          ? `Interpreter needed - ${SAMPLE_LANGUAGE}`
          : `${needName(category)} (sample alert)`,
      source: 'Alerts',
      ...(category === 'interpreter' ? { language: SAMPLE_LANGUAGE } : {}),
    })),
    channel: { channel, evidence: channelName(channel), source: 'Slot type' },
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export function RulePreview({
  rule,
  lang,
  adviceOnly,
}: {
  rule: Rule;
  lang: 'en' | 'cy';
  adviceOnly: boolean;
}) {
  const ruleNeeds = [...new Set([...(rule.when.needsAll ?? []), ...(rule.when.needsAny ?? [])])];
  const [chosenNeeds, setChosenNeeds] = useState<NeedCategory[] | null>(null);
  const [chosenChannel, setChosenChannel] = useState<Channel | null>(null);
  const needs = (
    chosenNeeds ?? (rule.when.needsAll?.length ? rule.when.needsAll : ruleNeeds.slice(0, 1))
  ).filter((n) => ruleNeeds.includes(n));
  const channel = chosenChannel ?? rule.when.channels.find((c) => c !== 'unknown') ?? 'telephone';

  // Re-evaluate a moment after typing stops: the card's live region would otherwise announce every key.
  const key = useDebounced(JSON.stringify({ rule, needs, channel, lang }), 400);
  const prompts = useMemo<Prompt[] | Error>(() => {
    try {
      const input = JSON.parse(key) as {
        rule: Rule;
        needs: NeedCategory[];
        channel: Channel;
        lang: 'en' | 'cy';
      };
      return evaluate(sampleContext(input.needs, input.channel), [{ ...input.rule, enabled: true }], {
        lang: input.lang,
        hookInstance: 'preview',
      });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }, [key]);

  return (
    <section class="rule-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Preview</h3>
      <p class="hint">
        What a receptionist would see for a sample patient. Change the sample to check when the rule fires.
      </p>
      <fieldset class="compact">
        <legend>Sample patient’s needs</legend>
        {ruleNeeds.length === 0 && <p class="hint">Choose at least one need for the rule first.</p>}
        {ruleNeeds.map((need) => (
          <label key={need} class="check">
            <input
              type="checkbox"
              checked={needs.includes(need)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                setChosenNeeds(on ? [...needs, need] : needs.filter((n) => n !== need));
              }}
            />
            {needName(need)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="preview-channel">Sample slot type</label>
        <select
          id="preview-channel"
          value={channel}
          onChange={(e) => setChosenChannel((e.currentTarget as HTMLSelectElement).value as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
        </select>
      </div>
      {prompts instanceof Error ? (
        <p class="hint">The preview cannot be shown until the rule is complete.</p>
      ) : prompts.length === 0 ? (
        <p class="preview-none" data-testid="preview-none">
          No prompt for this sample: the rule fires only when the slot type and the needs both match.
        </p>
      ) : (
        <PanelPreview prompts={prompts} lang={lang} adviceOnly={adviceOnly} />
      )}
    </section>
  );
}

/** PromptPanel in its own shadow root, styled exactly as on the booking page (but in the flow). */
function PanelPreview({
  prompts,
  lang,
  adviceOnly,
}: {
  prompts: Prompt[];
  lang: 'en' | 'cy';
  adviceOnly: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    if (!mount.current) {
      const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = PROMPT_PANEL_CSS + PREVIEW_CSS;
      mount.current = document.createElement('div');
      shadow.append(style, mount.current);
    }
    const noop = () => undefined;
    render(
      <PromptPanel
        views={prompts.map((prompt) => ({ prompt, status: { state: 'open' } }))}
        lang={lang}
        adviceOnly={adviceOnly}
        dock="bottom-right"
        onAccept={noop}
        onOverride={noop}
        onDismiss={noop}
        onUndo={noop}
        onDockChange={noop}
      />,
      mount.current,
    );
  }, [prompts, lang, adviceOnly]);
  useEffect(
    () => () => {
      if (mount.current) render(null, mount.current);
    },
    [],
  );
  return <div ref={host} class="preview-host" data-testid="rule-preview" />;
}
