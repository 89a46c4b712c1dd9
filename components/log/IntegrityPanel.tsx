/**
 * Verify integrity (the background runs LogStore.verify), apply retention now, and clear the log
 * after a confirmation with a reason; the clearing is logged as the first record of the new chain.
 */
import { useState } from 'preact/hooks';
import type { VerifyResult } from '../../lib/log/chain';
import type { ClearResult, RetentionResult } from '../../lib/log/store';
import { formatCount, verifySummary } from '../../lib/log/view-model';
import { Dialog } from './Dialog';

export interface LogActions {
  verify(): Promise<VerifyResult>;
  clear(reason: string): Promise<ClearResult>;
  applyRetention(): Promise<RetentionResult & { retentionDays: number }>;
}

type Verdict =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; result: VerifyResult; at: Date }
  | { state: 'error'; message: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function IntegrityPanel({
  actions,
  count,
  retentionDays,
  onChanged,
}: {
  actions: LogActions;
  count: number;
  retentionDays: number | null;
  onChanged: () => void;
}) {
  const [verdict, setVerdict] = useState<Verdict>({ state: 'idle' });
  const [retention, setRetention] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState('');

  const verify = async () => {
    setVerdict({ state: 'running' });
    try {
      setVerdict({ state: 'done', result: await actions.verify(), at: new Date() });
    } catch (error) {
      setVerdict({ state: 'error', message: errorText(error) });
    }
  };

  const applyRetention = async () => {
    setBusy(true);
    setRetention('Applying retention…');
    try {
      const r = await actions.applyRetention();
      setRetention(
        r.droppedEvents > 0
          ? `Retention applied: ${formatCount(r.droppedEvents)} event(s) older than ${r.retentionDays} days were dropped. This is recorded in the log.`
          : `Nothing to drop: no stored chunk is wholly older than ${r.retentionDays} days.`,
      );
      onChanged();
    } catch (error) {
      setRetention(`Retention failed: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const result = verdict.state === 'done' ? verdict.result : null;
  return (
    <div class="integrity">
      <div class="integrity-block">
        <h3>Verify integrity</h3>
        <p>
          Checks every record's hash and its link to the record before it, from the first stored record to the
          last.
        </p>
        <button
          type="button"
          class="primary"
          onClick={() => void verify()}
          disabled={verdict.state === 'running'}
        >
          Verify integrity
        </button>
        <div role="status" class="verdict" data-ok={result ? String(result.ok) : undefined}>
          {verdict.state === 'running' ? <p>Checking the log…</p> : null}
          {verdict.state === 'error' ? <p>Could not verify: {verdict.message}</p> : null}
          {result ? (
            <>
              <p class="verdict-line">
                <span aria-hidden="true">{result.ok ? '✓ ' : '✗ '}</span>
                <strong>{verifySummary(result)}</strong>
              </p>
              {result.ok ? null : <p>{result.message}</p>}
            </>
          ) : null}
        </div>
      </div>
      <div class="integrity-block">
        <h3>Retention</h3>
        <p>
          {retentionDays === null
            ? 'Events are kept for the number of days set in the options.'
            : `Events are kept for ${retentionDays} days (set in the options); older ones are dropped in whole chunks.`}
        </p>
        <button type="button" onClick={() => void applyRetention()} disabled={busy}>
          Apply retention now
        </button>
        <p role="status">{retention}</p>
      </div>
      <div class="integrity-block">
        <h3>Clear the log</h3>
        <p>
          Removes every event on this computer. The clearing itself, with your reason, starts the new log.
        </p>
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy}>
          Clear the log…
        </button>
        <p role="status">{cleared}</p>
      </div>
      {confirming ? (
        <ClearDialog
          count={count}
          onCancel={() => setConfirming(false)}
          onConfirm={async (reason) => {
            const r = await actions.clear(reason);
            setCleared(
              `Log cleared: ${formatCount(r.removedEvents)} event(s) removed. The clearing is recorded as the first event of the new log.`,
            );
            setVerdict({ state: 'idle' });
            onChanged();
          }}
        />
      ) : null}
    </div>
  );
}

function ClearDialog({
  count,
  onCancel,
  onConfirm,
}: {
  count: number;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const titleId = 'clear-title';
  return (
    <Dialog titleId={titleId} class="confirm-dialog" onClose={onCancel}>
      {(close) => (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (reason.trim() === '') {
              setError('Give a reason for clearing the log.');
              (document.getElementById('clear-reason') as HTMLTextAreaElement | null)?.focus();
              return;
            }
            setWorking(true);
            try {
              await onConfirm(reason.trim());
              close();
            } catch (err) {
              setError(`The log was not cleared: ${errorText(err)}`);
              setWorking(false);
            }
          }}
          noValidate
        >
          <h2 id={titleId} tabIndex={-1}>
            Clear the log?
          </h2>
          <p>
            This removes all {formatCount(count)} events from this computer and cannot be undone. Export the
            log first if it must be kept. The clearing, with your reason, is recorded as the first event of
            the new log.
          </p>
          <label for="clear-reason">Reason for clearing (recorded in the log)</label>
          <textarea
            id="clear-reason"
            data-autofocus
            rows={3}
            maxLength={600}
            value={reason}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'clear-error' : undefined}
            onInput={(e) => {
              setReason((e.currentTarget as HTMLTextAreaElement).value);
              setError('');
            }}
          />
          {error ? (
            <p id="clear-error" class="error">
              <span aria-hidden="true">✗ </span>
              {error}
            </p>
          ) : null}
          <div class="actions">
            <button type="button" onClick={close} disabled={working}>
              Cancel
            </button>
            <button type="submit" class="danger" disabled={working}>
              {working ? 'Clearing…' : 'Clear the log'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
