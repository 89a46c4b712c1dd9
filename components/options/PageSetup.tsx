/**
 * "Set up this page": point and click on the live booking tab to say where the needs are shown, where
 * the slot type is chosen, which button confirms the booking and where the prompt should sit. Each
 * pick proposes robust selectors (editable by hand); "what the extension reads" runs the extension's
 * own readers in the tab with the draft; the page's own slot-type labels are listed with the meaning
 * the extension gives them, for the manager to confirm one by one. Saved as a SiteProfile.
 */
import { useEffect, useState } from 'preact/hooks';
import { CHANNELS, type Channel } from '../../lib/model';
import {
  domSelectorChecker,
  SiteProfile,
  type SiteProfileInput,
  validateProfileSelectors,
} from '../../lib/profiles/schema';
import { formatZodIssues, type SettingsIssue } from '../../lib/settings/issues';
import type { SiteConfig } from '../../lib/settings/schema';
import type { OpenTab } from './api';
import type { SectionProps } from './OptionsApp';
import type { SelectorCandidate } from './page-setup/selector';
import type { PickPurpose, PickResult, ReadResult } from './page-setup/types';
import {
  channelName,
  describedBy,
  ErrorSummary,
  FieldError,
  fieldId,
  LockNote,
  needName,
  useFocusOnMount,
} from './ui';

interface Draft {
  name: string;
  regions: Array<{ label: string; selector: string }>;
  channelLabel: string;
  channelSelector: string;
  confirm: string;
  anchor: string;
  dock: 'bottom-right' | 'bottom-left';
}

interface MappingRow {
  label: string;
  channel: Channel;
  confirmed: boolean;
}

const id = (path: string) => fieldId('setup', path);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

function existingProfile(props: SectionProps, site: SiteConfig): SiteProfile | undefined {
  const raw = props.state.local.profiles.find((p) => p.id === (site.profileId ?? `site-${slug(site.id)}`));
  const parsed = SiteProfile.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function draftFrom(profile: SiteProfile | undefined, site: SiteConfig): Draft {
  return {
    name: profile?.name ?? site.name,
    regions: profile?.needs.map((r) => ({ label: r.label, selector: r.selector })) ?? [],
    channelLabel: profile?.channel?.label ?? 'Slot type',
    channelSelector: profile?.channel?.selector ?? '',
    confirm: profile?.confirm?.selector ?? '',
    anchor: profile?.placement.anchor ?? '',
    dock: profile?.placement.dock ?? 'bottom-right',
  };
}

/** The profile the draft describes; fields the page does not edit are kept from the saved one. */
function profileFrom(
  draft: Draft,
  mapping: MappingRow[],
  site: SiteConfig,
  saved: SiteProfile | undefined,
): SiteProfileInput {
  const regions = draft.regions.filter((r) => r.selector.trim() || r.label.trim());
  return {
    ...(saved ?? {}),
    id: saved?.id ?? `site-${slug(site.id) || 'profile'}`,
    name: draft.name,
    version: (saved?.version ?? 0) + 1,
    builtIn: false,
    match: {
      urlPatterns: saved?.match.urlPatterns.length ? saved.match.urlPatterns : [site.origin],
      pageSignals: saved?.match.pageSignals ?? [],
    },
    needs: regions.map((r) => ({
      label: r.label.trim(),
      selector: r.selector.trim(),
      read: 'auto' as const,
    })),
    channel: draft.channelSelector.trim()
      ? {
          ...(saved?.channel ?? {}),
          label: draft.channelLabel.trim() || 'Slot type',
          selector: draft.channelSelector.trim(),
          kind: saved?.channel?.kind ?? 'auto',
          mapping: mapping.filter((m) => m.confirmed).map((m) => ({ label: m.label, channel: m.channel })),
        }
      : undefined,
    confirm: draft.confirm.trim() ? { selector: draft.confirm.trim() } : undefined,
    placement: { ...(draft.anchor.trim() ? { anchor: draft.anchor.trim() } : {}), dock: draft.dock },
  };
}

/** Where each profile path is edited in this form. */
function fieldFor(path: string): string {
  const region = /^needs\[(\d+)\]\.(label|selector)/.exec(path);
  if (region) return id(`region-${region[1]}-${region[2]}`);
  if (path.startsWith('channel.label')) return id('channel-label');
  if (path.startsWith('channel')) return id('channel-selector');
  if (path.startsWith('confirm')) return id('confirm');
  if (path.startsWith('placement.anchor')) return id('anchor');
  if (path.startsWith('name')) return id('name');
  return id('name');
}

export function PageSetup(props: SectionProps & { site: SiteConfig; onClose: () => void }) {
  const { state, api, apply, announce, site, onClose } = props;
  const saved = existingProfile(props, site);
  const managedSite = state.locks.siteIds.includes(site.id);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(saved, site));
  const [mapping, setMapping] = useState<MappingRow[]>(
    () => saved?.channel?.mapping.map((m) => ({ label: m.label, channel: m.channel, confirmed: true })) ?? [],
  );
  const [tabs, setTabs] = useState<OpenTab[] | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [activity, setActivity] = useState('');
  const [reading, setReading] = useState<ReadResult | null>(null);
  const [proposals, setProposals] = useState<Record<string, PickResult>>({});
  const [errors, setErrors] = useState<SettingsIssue[]>([]);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const findTabs = async () => {
    const found = await api.tabsFor(site.origin).catch(() => []);
    setTabs(found);
    setTabId((current) =>
      current !== null && found.some((t) => t.id === current) ? current : (found[0]?.id ?? null),
    );
  };
  useEffect(() => {
    void findTabs();
  }, [site.origin]);

  const tab = tabs?.find((t) => t.id === tabId);
  const profile = profileFrom(draft, mapping, site, saved);

  const check = (): SettingsIssue[] => {
    const parsed = SiteProfile.safeParse(profile);
    if (!parsed.success) return formatZodIssues(parsed.error);
    return validateProfileSelectors(parsed.data, domSelectorChecker(document));
  };
  const problems = check();
  const problemAt = (path: string) => problems.find((p) => fieldFor(p.path) === path)?.message;

  const read = async (nextProfile: SiteProfileInput = profile) => {
    if (!tab) return;
    try {
      const result = await api.setupInTab<ReadResult>(tab.id, {
        kind: 'read',
        profile: nextProfile,
        vocabulary: state.effective.vocabulary,
      });
      setReading(result);
      // Learn the page's own slot-type labels: each new one is listed, unconfirmed, with its meaning.
      if (result?.channel?.choices.length) {
        setMapping((rows) => {
          const known = new Set(rows.map((r) => r.label));
          const added = result
            .channel!.choices.filter((c) => c.text && !known.has(c.text))
            .map((c) => ({ label: c.text, channel: c.channel, confirmed: false }));
          return [...rows, ...added];
        });
      }
    } catch (error) {
      setActivity(
        `The page could not be read: ${String(error).slice(0, 200)}. Reload the booking tab and try again.`,
      );
    }
  };

  const pick = async (purpose: PickPurpose, instruction: string, use: (result: PickResult) => Draft) => {
    if (!tab) return;
    setActivity(`Switch to the booking tab “${tab.title}”: ${instruction} Escape cancels.`);
    let result: PickResult | null = null;
    try {
      await api.showTab(tab);
      result = await api.setupInTab<PickResult | null>(tab.id, { kind: 'pick', purpose, instruction });
    } catch (error) {
      setActivity(
        `Picking did not work on this tab: ${String(error).slice(0, 200)}. Reload the booking tab and try again.`,
      );
      await api.showSelf().catch(() => undefined);
      return;
    }
    await api.showSelf().catch(() => undefined);
    if (!result) {
      setActivity('Picking cancelled.');
      return;
    }
    if (result.candidates.length === 0) {
      setActivity(
        `No reliable selector was found for ${result.description}. Type one by hand, or pick the area around it.`,
      );
      return;
    }
    const next = use(result);
    setDraft(next);
    setProposals((p) => ({ ...p, [purpose]: result! }));
    const best = result.candidates[0]!;
    setActivity(
      `Picked ${result.description}: ${best.selector}${best.robust ? '' : ' (depends on its position: check it after the booking system is updated)'}.`,
    );
    await read(profileFrom(next, mapping, site, saved));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const parsed = SiteProfile.parse(profile);
    const profiles = [
      ...state.local.profiles.filter((p) => p.id !== parsed.id),
      parsed as unknown as Record<string, unknown>,
    ];
    const sites = managedSite
      ? undefined
      : state.local.sites.map((s) => (s.id === site.id ? { ...s, profileId: parsed.id } : s));
    const result = apply(
      await api.save({ profiles, ...(sites ? { sites } : {}) }),
      `Setup of ${site.name} saved`,
    );
    setErrors(result.ok ? [] : result.errors);
    if (result.ok) setActivity('Saved. Reload the booking tab for the prompts to use the new setup.');
  };

  const removeSetup = async () => {
    if (!saved) return;
    const profiles = state.local.profiles.filter((p) => p.id !== saved.id);
    const sites = managedSite
      ? undefined
      : state.local.sites.map((s) => {
          if (s.id !== site.id) return s;
          const { profileId: _drop, ...rest } = s;
          return rest;
        });
    const result = apply(
      await api.save({ profiles, ...(sites ? { sites } : {}) }),
      `Setup of ${site.name} removed`,
    );
    if (result.ok) {
      setDraft(draftFrom(undefined, site));
      setMapping([]);
      setReading(null);
    } else setErrors(result.errors);
  };

  const selectorField = (
    fid: string,
    label: string,
    value: string,
    set: (v: string) => void,
    purpose: PickPurpose,
    instruction: string,
    use: (r: PickResult) => Draft,
  ) => (
    <div class="field">
      <label for={fid}>{label}</label>
      <div class="row">
        <input
          {...describedBy(fid, problemAt(fid))}
          class="grow selector-input"
          type="text"
          spellcheck={false}
          value={value}
          onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" disabled={!tab} onClick={() => void pick(purpose, instruction, use)}>
          Pick on the page
        </button>
      </div>
      <FieldError id={fid} message={problemAt(fid)} />
    </div>
  );

  const alternatives = (purpose: PickPurpose, current: string, use: (selector: string) => void) => {
    const proposal = proposals[purpose];
    if (!proposal || proposal.candidates.length < 2) return null;
    return (
      <details class="alternatives">
        <summary>Other ways to find {proposal.description}</summary>
        <ul>
          {proposal.candidates.map((c: SelectorCandidate) => (
            <li key={c.selector}>
              <code>{c.selector}</code> — by {c.why}
              {!c.robust && <strong> (fragile)</strong>}{' '}
              {c.selector !== current && (
                <button type="button" onClick={() => use(c.selector)}>
                  Use this
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    );
  };

  return (
    <section id="page-setup" class="setup" aria-labelledby="setup-heading">
      <h3 id="setup-heading" tabIndex={-1} ref={heading}>
        Set up {site.name}
      </h3>
      <p>
        Tell the extension where things are on this booking system’s pages. Open a booking screen (with a test
        patient) in another tab, then use “Pick on the page”: click the element there, or use Tab and Enter.
        You can also type or edit the CSS selectors here.
      </p>
      {managedSite && (
        <p class="sub">
          <LockNote locked /> This booking system was added by your organisation; the setup you save here
          applies to it on this computer.
        </p>
      )}

      <div class="field">
        <label for={id('tab')}>Booking tab to use</label>
        {tabs === null ? (
          <p>Looking for open tabs…</p>
        ) : tabs.length === 0 ? (
          <p id={id('tab')} tabIndex={-1}>
            No tab is open on {site.origin}. Open the booking screen in another tab, then{' '}
            <button type="button" onClick={() => void findTabs()}>
              look again
            </button>
          </p>
        ) : (
          <div class="row">
            <select
              id={id('tab')}
              value={tabId ?? ''}
              onChange={(e) => setTabId(Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {tabs.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title} ({t.url.replace(/[?#].*$/, '')})
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void findTabs()}>
              Refresh list
            </button>
          </div>
        )}
      </div>
      <p class="progress" role="status" data-testid="setup-activity" hidden={!activity}>
        {activity}
      </p>

      <form onSubmit={save} noValidate aria-label={`Setup of ${site.name}`}>
        <ErrorSummary
          title="The setup cannot be saved yet"
          errors={errors}
          linkTo={(path) => (document.getElementById(fieldFor(path)) ? fieldFor(path) : undefined)}
        />
        <div class="field">
          <label for={id('name')}>Name of this setup</label>
          <input
            {...describedBy(id('name'), problemAt(id('name')))}
            type="text"
            value={draft.name}
            onInput={(e) => setDraft({ ...draft, name: (e.currentTarget as HTMLInputElement).value })}
          />
          <FieldError id={id('name')} message={problemAt(id('name'))} />
        </div>

        <fieldset class="setup-step">
          <legend>1. Where the patient’s needs are shown (alerts, flags, notes)</legend>
          {draft.regions.length === 0 && (
            <p class="hint">None yet: the extension looks for alerts by itself until you add some.</p>
          )}
          {draft.regions.map((region, i) => (
            <div class="row" key={i}>
              <div class="field">
                <label for={id(`region-${i}-label`)}>Name</label>
                <input
                  {...describedBy(id(`region-${i}-label`), problemAt(id(`region-${i}-label`)))}
                  type="text"
                  value={region.label}
                  onInput={(e) => {
                    const label = (e.currentTarget as HTMLInputElement).value;
                    setDraft({
                      ...draft,
                      regions: draft.regions.map((r, j) => (j === i ? { ...r, label } : r)),
                    });
                  }}
                />
                <FieldError id={id(`region-${i}-label`)} message={problemAt(id(`region-${i}-label`))} />
              </div>
              <div class="field grow">
                <label for={id(`region-${i}-selector`)}>Selector</label>
                <input
                  {...describedBy(id(`region-${i}-selector`), problemAt(id(`region-${i}-selector`)))}
                  class="selector-input"
                  type="text"
                  spellcheck={false}
                  value={region.selector}
                  onInput={(e) => {
                    const selector = (e.currentTarget as HTMLInputElement).value;
                    setDraft({
                      ...draft,
                      regions: draft.regions.map((r, j) => (j === i ? { ...r, selector } : r)),
                    });
                  }}
                />
                <FieldError id={id(`region-${i}-selector`)} message={problemAt(id(`region-${i}-selector`))} />
              </div>
              <button
                type="button"
                class="row-button"
                aria-label={`Remove region ${region.label || i + 1}`}
                onClick={() => setDraft({ ...draft, regions: draft.regions.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            </div>
          ))}
          <div class="actions">
            <button
              type="button"
              disabled={!tab}
              onClick={() =>
                void pick('needs', 'click where the patient’s alerts or needs are shown.', (r) => ({
                  ...draft,
                  regions: [
                    ...draft.regions,
                    {
                      label: r.label || `Region ${draft.regions.length + 1}`,
                      selector: r.candidates[0]!.selector,
                    },
                  ],
                }))
              }
            >
              Pick a region on the page
            </button>
            <button
              type="button"
              onClick={() => setDraft({ ...draft, regions: [...draft.regions, { label: '', selector: '' }] })}
            >
              Add a region by hand
            </button>
          </div>
          {alternatives('needs', draft.regions.at(-1)?.selector ?? '', (selector) =>
            setDraft({
              ...draft,
              regions: draft.regions.map((r, j) => (j === draft.regions.length - 1 ? { ...r, selector } : r)),
            }),
          )}
        </fieldset>

        <fieldset class="setup-step">
          <legend>2. Where the slot type is chosen</legend>
          <div class="field">
            <label for={id('channel-label')}>Name</label>
            <input
              id={id('channel-label')}
              type="text"
              value={draft.channelLabel}
              onInput={(e) =>
                setDraft({ ...draft, channelLabel: (e.currentTarget as HTMLInputElement).value })
              }
            />
          </div>
          {selectorField(
            id('channel-selector'),
            'Selector of the slot-type control',
            draft.channelSelector,
            (v) => setDraft({ ...draft, channelSelector: v }),
            'channel',
            'click the control where the slot type (face to face, telephone, video…) is chosen.',
            (r) => ({
              ...draft,
              channelSelector: r.candidates[0]!.selector,
              channelLabel: r.label || draft.channelLabel,
            }),
          )}
          {alternatives('channel', draft.channelSelector, (v) => setDraft({ ...draft, channelSelector: v }))}
        </fieldset>

        <fieldset class="setup-step">
          <legend>3. The button that confirms the booking</legend>
          {selectorField(
            id('confirm'),
            'Selector of the confirm button',
            draft.confirm,
            (v) => setDraft({ ...draft, confirm: v }),
            'confirm',
            'click the button that books the appointment.',
            (r) => ({ ...draft, confirm: r.candidates[0]!.selector }),
          )}
          {alternatives('confirm', draft.confirm, (v) => setDraft({ ...draft, confirm: v }))}
        </fieldset>

        <fieldset class="setup-step">
          <legend>4. Where the prompt sits (optional)</legend>
          {selectorField(
            id('anchor'),
            'Show the prompt next to (selector)',
            draft.anchor,
            (v) => setDraft({ ...draft, anchor: v }),
            'anchor',
            'click the area the prompt should sit next to.',
            (r) => ({ ...draft, anchor: r.candidates[0]!.selector }),
          )}
          <div class="field">
            <label for={id('dock')}>Otherwise, corner of the window</label>
            <select
              id={id('dock')}
              value={draft.dock}
              onChange={(e) =>
                setDraft({ ...draft, dock: (e.currentTarget as HTMLSelectElement).value as Draft['dock'] })
              }
            >
              <option value="bottom-right">Bottom right</option>
              <option value="bottom-left">Bottom left</option>
            </select>
          </div>
        </fieldset>

        <section class="setup-step" aria-labelledby="reads-heading">
          <h4 id="reads-heading">What the extension reads on this page</h4>
          <button type="button" disabled={!tab} onClick={() => void read()}>
            Check what the extension reads
          </button>
          {reading && <Reading reading={reading} />}
          {mapping.length > 0 && (
            <MappingTable
              rows={mapping}
              onChange={setMapping}
              current={reading?.channel?.reading?.evidence}
            />
          )}
        </section>

        <div class="actions">
          <button type="submit" class="primary">
            Save setup
          </button>
          {saved && (
            <button type="button" class="danger" onClick={() => void removeSetup()}>
              Remove this setup
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              onClose();
              announce('Setup closed');
            }}
          >
            Close
          </button>
        </div>
      </form>
    </section>
  );
}

function Reading({ reading }: { reading: ReadResult }) {
  return (
    <div class="reading" data-testid="setup-reading">
      {reading.problems.length > 0 && (
        <ul>
          {reading.problems.map((p) => (
            <li key={p.path}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      {reading.regions.map((r) => (
        <div key={`${r.label}|${r.selector}`}>
          <p>
            <strong>{r.label}</strong> (<code>{r.selector}</code>):{' '}
            {r.count === 0 ? <span class="badge warn">not found on this page</span> : `${r.count} found`}
          </p>
          {r.text && <blockquote class="page-text">{r.text}</blockquote>}
        </div>
      ))}
      <p>
        <strong>Needs read:</strong>{' '}
        {reading.needs.length === 0
          ? 'none'
          : reading.needs
              .map(
                (n) => `${needName(n.category)}${n.language ? ` (${n.language})` : ''} from “${n.evidence}”`,
              )
              .join('; ')}
      </p>
      {reading.channel && (
        <p>
          <strong>Slot type:</strong>{' '}
          {reading.channel.found ? (
            <>
              {reading.channel.reading ? channelName(reading.channel.reading.channel) : 'unknown'}
              {reading.channel.reading?.evidence
                ? ` (the page shows “${reading.channel.reading.evidence}”)`
                : ''}
              ; control read as a {reading.channel.kind}
            </>
          ) : (
            <span class="badge warn">control not found on this page</span>
          )}
        </p>
      )}
      {reading.confirm && (
        <p>
          <strong>Confirm button:</strong>{' '}
          {reading.confirm.count === 0 ? (
            <span class="badge warn">not found</span>
          ) : (
            `found “${reading.confirm.text}”`
          )}
          {reading.confirm.count > 1 ? ` and ${reading.confirm.count - 1} more` : ''}
        </p>
      )}
      {reading.anchor && (
        <p>
          <strong>Prompt position:</strong>{' '}
          {reading.anchor.count === 0 ? <span class="badge warn">not found</span> : 'found'}
        </p>
      )}
    </div>
  );
}

function MappingTable({
  rows,
  onChange,
  current,
}: {
  rows: MappingRow[];
  onChange: (rows: MappingRow[]) => void;
  current?: string | undefined;
}) {
  const set = (i: number, change: Partial<MappingRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <>
      <h4 id="mapping-heading">This booking system’s slot types</h4>
      <p class="hint">
        The labels the page uses, and what the extension takes each to mean. Check each one, correct it if
        needed, and tick “Confirmed”. Only confirmed meanings are saved.
      </p>
      <table class="table" aria-labelledby="mapping-heading">
        <thead>
          <tr>
            <th scope="col">Label on the page</th>
            <th scope="col">Means</th>
            <th scope="col">Confirmed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.label}>
              <th scope="row">
                {row.label}
                {current === row.label ? <span class="sub">chosen now</span> : null}
              </th>
              <td>
                <select
                  aria-label={`Meaning of “${row.label}”`}
                  value={row.channel}
                  onChange={(e) =>
                    set(i, {
                      channel: (e.currentTarget as HTMLSelectElement).value as Channel,
                      confirmed: true,
                    })
                  }
                >
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {channelName(c)}
                    </option>
                  ))}
                </select>
                {row.channel === 'unknown' && <span class="badge warn">not recognised</span>}
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Confirm “${row.label}” means ${channelName(row.channel).toLowerCase()}`}
                  checked={row.confirmed}
                  onChange={(e) => set(i, { confirmed: (e.currentTarget as HTMLInputElement).checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
