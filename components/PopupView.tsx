/** The popup: what the extension made of the current tab, in plain words. */
import { CHANNEL_LABELS } from '../lib/channel';
import { needDefinition } from '../lib/needs';
import type { PageStatus } from '../platform/protocol';

export interface PopupViewProps {
  statuses: PageStatus[];
  onOpenOptions: () => void;
  /** Present when the current tab is a web page: opens the options with its address ready to add. */
  onWatchThisSite?: () => void;
  /** Opens the auditor's flag log (log.html) in a tab. */
  onOpenLog?: () => void;
}

function FrameStatus({ status }: { status: PageStatus }) {
  const context = status.context;
  return (
    <section class="frame-status" aria-label={`What was read on ${status.siteName}`}>
      <dl>
        <dt>Site</dt>
        <dd>{status.siteName}</dd>
        <dt>Profile</dt>
        <dd>{status.profileName}</dd>
        <dt>Slot type</dt>
        <dd>
          {context ? CHANNEL_LABELS[context.channel.channel].en : 'Not read'}
          {context?.channel.evidence ? ` (from "${context.channel.evidence}")` : ''}
        </dd>
      </dl>
      <h2>Needs read</h2>
      {context && context.needs.length > 0 ? (
        <ul>
          {context.needs.map((need) => (
            <li key={`${need.category}-${need.evidence}`}>
              <strong>{needDefinition(need.category).names.en}</strong>
              {need.language ? ` (${need.language})` : ''} from {need.source}: "{need.evidence}"
            </li>
          ))}
        </ul>
      ) : (
        <p>No needs found on this page.</p>
      )}
      <h2>Prompts raised</h2>
      {status.prompts.length > 0 ? (
        <ul>
          {status.prompts.map((p) => (
            <li key={p.ruleId}>
              <span class="indicator">
                {p.indicator === 'info' ? 'Information' : p.indicator === 'warning' ? 'Warning' : 'Important'}
                :
              </span>{' '}
              {p.summary}
            </li>
          ))}
        </ul>
      ) : (
        <p>No prompts for this booking.</p>
      )}
    </section>
  );
}

export function PopupView({ statuses, onOpenOptions, onOpenLog, onWatchThisSite }: PopupViewProps) {
  const recognised = statuses.filter((s) => s.recognised);
  return (
    <main>
      <h1>Equity Prompts</h1>
      {recognised.length === 0 ? (
        <>
          <p class="not-recognised">
            This page is not a booking system the extension watches. A practice manager can add it in the
            options.
          </p>
          {onWatchThisSite && (
            <button type="button" class="primary" onClick={onWatchThisSite}>
              Watch this booking system…
            </button>
          )}
        </>
      ) : (
        recognised.map((status, i) => <FrameStatus key={`${status.siteName}-${i}`} status={status} />)
      )}
      <div class="actions">
        <button type="button" onClick={onOpenOptions}>
          Settings
        </button>
        {onOpenLog ? (
          <button type="button" onClick={onOpenLog}>
            Flag log
          </button>
        ) : null}
      </div>
    </main>
  );
}
