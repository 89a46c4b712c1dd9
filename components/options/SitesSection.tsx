/**
 * Booking systems: add one by address (the browser is asked for access to that host in the same
 * click), list them with whether access is granted, grant access again, remove (giving access back),
 * and set up where the extension reads each page (PageSetup).
 */
import { useState } from 'preact/hooks';
import { POLICY_ADDED_AT } from '../../lib/settings/policy';
import type { SiteConfig } from '../../lib/settings/schema';
import { sitePattern } from '../../lib/settings/site-entry';
import type { OptionsState } from '../../platform/protocol';
import type { SectionProps } from './OptionsApp';
import { PageSetup } from './PageSetup';
import { ConfirmButton, describedBy, ErrorSummary, FieldError, LockNote } from './ui';

type Progress =
  | { kind: 'idle' }
  | { kind: 'waiting'; message: string }
  | { kind: 'done'; message: string; warn?: boolean };

export function SitesSection(props: SectionProps & { prefillAddress?: string | undefined }) {
  const { state, api, apply } = props;
  const [address, setAddress] = useState(props.prefillAddress ?? '');
  const [name, setName] = useState('');
  const [addressError, setAddressError] = useState('');
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const [setupFor, setSetupFor] = useState<string | null>(null);
  const locked = state.locks.all;

  const onAdd = (event: Event) => {
    event.preventDefault();
    setErrors([]);
    const checked = sitePattern(address);
    if (!checked.ok) {
      setAddressError(checked.message);
      return;
    }
    const same = state.effective.sites.find((s) => s.origin === checked.pattern);
    if (same) {
      setAddressError(`${checked.pattern} is already in the list as “${same.name}”`);
      return;
    }
    setAddressError('');
    // Ask the browser now, inside the click: the permission dialog only opens during a user action.
    const request = api.requestAccess(checked.pattern);
    setProgress({
      kind: 'waiting',
      message: `Asking the browser for access to ${checked.pattern}. Answer its dialog to continue.`,
    });
    void (async () => {
      const granted = await request.catch(() => false);
      const result = apply(await api.addSite(address, name), '');
      if (!result.ok) {
        setProgress({ kind: 'idle' });
        const onAddress = result.errors.filter((e) => e.path === 'address');
        if (onAddress[0]) setAddressError(onAddress[0].message);
        setErrors(result.errors.filter((e) => e.path !== 'address'));
        return;
      }
      setAddress('');
      setName('');
      setProgress(
        granted
          ? {
              kind: 'done',
              message: `Added ${checked.pattern}. Access is allowed: prompts will appear on its booking pages (reload pages that are already open).`,
            }
          : {
              kind: 'done',
              warn: true,
              message: `Added ${checked.pattern}, but the browser did not allow access. Prompts will not appear there until you choose “Grant access”.`,
            },
      );
    })();
  };

  const grant = (site: SiteConfig) => {
    const request = api.requestAccess(site.origin);
    setProgress({ kind: 'waiting', message: `Asking the browser for access to ${site.origin}.` });
    void request
      .catch(() => false)
      .then(async (granted) => {
        setProgress(
          granted
            ? { kind: 'done', message: `Access to ${site.name} is allowed.` }
            : { kind: 'done', warn: true, message: `The browser did not allow access to ${site.name}.` },
        );
        apply({ ok: true, state: await api.state(), notes: [] }, '');
      });
  };

  const remove = async (site: SiteConfig) => {
    const result = apply(await api.removeSite(site.id), '');
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    // Give the host access back unless another site still needs it (or it was granted at install).
    const stillUsed = result.state.effective.sites.some((s) => s.origin === site.origin);
    const returned = stillUsed ? false : await api.removeAccess(site.origin).catch(() => false);
    setProgress({
      kind: 'done',
      message: `Removed ${site.name}.${returned ? ' Its access has been given back.' : ''}`,
    });
    apply({ ok: true, state: await api.state(), notes: [] }, '');
    document.getElementById('sites-heading')?.focus();
  };

  const toggle = async (site: SiteConfig, enabled: boolean) => {
    const sites = state.local.sites.map((s) => (s.id === site.id ? { ...s, enabled } : s));
    const result = apply(
      await api.save({ sites }),
      enabled ? `${site.name}: watching` : `${site.name}: not watching`,
    );
    if (!result.ok) setErrors(result.errors);
  };

  const setupSite = state.effective.sites.find((s) => s.id === setupFor);

  return (
    <div class="section-body">
      <p>
        Choose the booking systems the extension watches. It can only read a booking system after you allow
        access to its address; nothing is allowed when the extension is installed.
      </p>

      <form class="card-form" onSubmit={onAdd} aria-labelledby="add-site-heading">
        <h3 id="add-site-heading">Add a booking system</h3>
        <div class="field">
          <label for="site-address">Address of the booking system</label>
          <p class="hint" id="site-address-hint">
            Open the booking screen and copy its address, e.g. https://booking.example.nhs.uk/appointments.
            Only the host is used.
          </p>
          <input
            {...describedBy('site-address', addressError, true)}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            value={address}
            disabled={locked}
            onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
          />
          <FieldError id="site-address" message={addressError} />
        </div>
        <div class="field">
          <label for="site-name">Name (optional)</label>
          <input
            id="site-name"
            type="text"
            maxLength={100}
            value={name}
            disabled={locked}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={locked || progress.kind === 'waiting'}>
            Add and allow access
          </button>
          <LockNote locked={locked} />
        </div>
      </form>

      {progress.kind !== 'idle' && (
        <p
          class={`progress ${progress.kind === 'done' && progress.warn ? 'warn' : ''}`}
          role="status"
          data-testid="site-progress"
        >
          {progress.message}
        </p>
      )}
      <ErrorSummary title="The list could not be changed" errors={errors} />

      <h3 id="sites-heading" tabIndex={-1}>
        Watched booking systems
      </h3>
      {state.effective.sites.length === 0 ? (
        <p>No booking systems yet. Add one above.</p>
      ) : (
        <table class="table sites-table">
          <caption class="visually-hidden">Booking systems, their access and actions</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Address</th>
              <th scope="col">Access</th>
              <th scope="col">Watching</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {state.effective.sites.map((site) => {
              const managed = state.locks.siteIds.includes(site.id);
              const granted = state.granted[site.id] === true;
              const profile = site.profileId
                ? state.effective.profiles.find((p) => p.id === site.profileId)
                : undefined;
              return (
                <tr key={site.id} data-site={site.id}>
                  <th scope="row">
                    {site.name}
                    {profile ? (
                      <span class="sub">Set up: {String(profile.name ?? site.profileId)}</span>
                    ) : null}
                    {managed ? <LockNote locked /> : null}
                  </th>
                  <td>
                    <code>{site.origin}</code>
                    {site.addedAt !== POLICY_ADDED_AT && (
                      <span class="sub">Added {new Date(site.addedAt).toLocaleDateString('en-GB')}</span>
                    )}
                    <span class="sub" data-activity>
                      <SiteActivityLine activity={state.activity[site.id]} />
                    </span>
                  </td>
                  <td>
                    {granted ? (
                      <span class="badge ok">Allowed</span>
                    ) : (
                      <>
                        <span class="badge warn">Not allowed</span>{' '}
                        <button
                          type="button"
                          onClick={() => grant(site)}
                          aria-label={`Grant access to ${site.name}`}
                        >
                          Grant access
                        </button>
                      </>
                    )}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Watch ${site.name}`}
                      checked={site.enabled}
                      disabled={locked || managed}
                      onChange={(e) => void toggle(site, (e.currentTarget as HTMLInputElement).checked)}
                    />
                  </td>
                  <td>
                    <div class="row-actions">
                      <button
                        type="button"
                        disabled={!granted || locked}
                        aria-label={`Set up pages of ${site.name}`}
                        aria-expanded={setupFor === site.id}
                        aria-controls={setupFor === site.id ? 'page-setup' : undefined}
                        onClick={() => setSetupFor(setupFor === site.id ? null : site.id)}
                      >
                        Set up this page
                      </button>
                      {!managed && (
                        <ConfirmButton
                          label="Remove"
                          ariaLabel={`Remove ${site.name}`}
                          danger
                          disabled={locked}
                          question={`Remove ${site.name}? The extension stops watching ${site.origin} and gives back its access.`}
                          confirmLabel="Remove"
                          onConfirm={() => void remove(site)}
                        />
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {setupSite && <PageSetup {...props} site={setupSite} onClose={() => setSetupFor(null)} />}
    </div>
  );
}

function SiteActivityLine({ activity }: { activity: OptionsState['activity'][string] | undefined }) {
  if (!activity) return <>Not seen yet</>;
  const prompts = activity.prompts === 1 ? '1 prompt raised' : `${activity.prompts} prompts raised`;
  return (
    <>
      Last seen {new Date(activity.lastSeen).toLocaleString('en-GB')} · {prompts}
    </>
  );
}
