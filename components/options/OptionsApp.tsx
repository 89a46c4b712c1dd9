/**
 * The practice manager's options page: one section at a time (chosen from the navigation, kept in the
 * URL hash so a section can be linked and the browser's back button works), a polite status line for
 * "Saved", and a banner when the organisation manages some settings.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsResult, OptionsState } from '../../platform/protocol';
import type { OptionsApi } from './api';
import { ImportExportSection } from './ImportExportSection';
import { PolicySection } from './PolicySection';
import { PrivacySection } from './PrivacySection';
import { ProblemsSection } from './ProblemsSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { VocabularySection } from './VocabularySection';

export const SECTIONS = [
  { id: 'sites', title: 'Booking systems' },
  { id: 'rules', title: 'Rules' },
  { id: 'vocabulary', title: 'Vocabulary' },
  { id: 'privacy', title: 'Privacy and display' },
  { id: 'transfer', title: 'Import and export' },
  { id: 'policy', title: 'Organisation policy' },
  { id: 'problems', title: 'Problems' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

export interface SectionProps {
  state: OptionsState;
  api: OptionsApi;
  /** Takes a background answer: new state and a "Saved" message on success; the errors otherwise. */
  apply: (result: OptionsResult, message?: string) => OptionsResult;
  announce: (message: string) => void;
}

function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.find((s) => s.id === id)?.id ?? 'sites';
}

export interface OptionsAppProps {
  api: OptionsApi;
  /** `?add=<address>` prefills the add-site form (e.g. from the popup's "watch this site"). */
  prefillAddress?: string;
}

export function OptionsApp({ api, prefillAddress }: OptionsAppProps) {
  const [state, setState] = useState<OptionsState | null>(null);
  const [loadError, setLoadError] = useState('');
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);

  const reload = useCallback(() => {
    api
      .state()
      .then((next) => {
        setState(next);
        setLoadError('');
      })
      .catch((error: unknown) => setLoadError(`The settings could not be loaded: ${String(error)}`));
  }, [api]);

  useEffect(() => {
    reload();
    return api.subscribe(reload);
  }, [api, reload]);

  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setSection(sectionFromHash(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const title = SECTIONS.find((s) => s.id === section)?.title ?? '';
  useEffect(() => {
    document.title = `${title} – Equity Prompts settings`;
    // After choosing a section, move focus to its heading so screen readers announce where they are.
    if (navigated.current) heading.current?.focus();
  }, [title]);

  const announce = useCallback((message: string) => {
    // Clear first, so the same message twice is announced twice.
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  }, []);

  const apply = useCallback(
    (result: OptionsResult, message = 'Saved') => {
      if (result.ok) {
        setState(result.state);
        announce([message, ...result.notes].filter(Boolean).join('. '));
      }
      return result;
    },
    [announce],
  );

  const problems = state
    ? state.errors.length + state.settingsWarnings.length + state.policy.warnings.length
    : 0;

  return (
    <div class="options">
      <a class="skip-link" href="#content">
        Skip to settings
      </a>
      <header class="options-header">
        <p class="product">Equity Prompts</p>
        <h1>Settings for practice managers</h1>
      </header>
      <div class="options-layout">
        <nav aria-label="Settings sections" class="options-nav">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a
                  href={`#${s.id}`}
                  aria-current={s.id === section ? 'page' : undefined}
                  // The hash does not change when the current section is chosen again: still move focus.
                  onClick={() => {
                    if (s.id === section) heading.current?.focus();
                  }}
                >
                  {s.title}
                  {s.id === 'problems' && problems > 0 ? <span class="count"> ({problems})</span> : null}
                  {s.id === 'policy' && state?.policy.active ? <span class="count"> (active)</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="content" class="options-main">
          <h2 ref={heading} tabIndex={-1} class="section-title">
            {title}
          </h2>
          <p class="status-line" role="status" aria-live="polite">
            {status}
          </p>
          {loadError && (
            <p class="error-summary" role="alert">
              {loadError}
            </p>
          )}
          {state?.policy.active && section !== 'policy' && (
            <p class="policy-banner">
              <span class="lock-icon" aria-hidden="true" />
              {state.locks.all
                ? 'Your organisation manages these settings: they can be viewed here but not changed.'
                : 'Some settings are set by your organisation. They are marked “Set by your organisation” and cannot be changed here.'}{' '}
              <a href="#policy">What your organisation has set</a>
            </p>
          )}
          {state === null ? (
            !loadError && <p>Loading…</p>
          ) : (
            <SectionBody
              section={section}
              props={{ state, api, apply, announce }}
              prefillAddress={prefillAddress}
            />
          )}
        </main>
      </div>
    </div>
  );
}

function SectionBody({
  section,
  props,
  prefillAddress,
}: {
  section: SectionId;
  props: SectionProps;
  prefillAddress?: string | undefined;
}) {
  switch (section) {
    case 'sites':
      return <SitesSection {...props} prefillAddress={prefillAddress} />;
    case 'rules':
      return <RulesSection {...props} />;
    case 'vocabulary':
      return <VocabularySection {...props} />;
    case 'privacy':
      return <PrivacySection {...props} />;
    case 'transfer':
      return <ImportExportSection {...props} />;
    case 'policy':
      return <PolicySection {...props} />;
    case 'problems':
      return <ProblemsSection {...props} />;
  }
}
