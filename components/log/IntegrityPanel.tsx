/**
 * The log's head, verify integrity (the background runs LogStore.verify), verify an exported file
 * (the background runs verifyExport, so keyed records are checked with the organisation's secret
 * without it reaching this page), apply retention now, and clear the log after a confirmation with a
 * reason (logged as the first record of the new chain) unless the organisation forbids it.
 */
import { useState } from 'preact/hooks';
import type { VerifyResult } from '../../lib/log/chain';
import type { ClearResult, RetentionResult } from '../../lib/log/store';
import { fileVerdict, formatCount, verifyNotes, verifySummary } from '../../lib/log/view-model';
import { Dialog } from './Dialog';

export interface LogActions {
  verify(): Promise<VerifyResult>;
  verifyFile(text: string): Promise<VerifyResult>;
  clear(reason: string): Promise<ClearResult>;
  applyRetention(): Promise<RetentionResult & { retentionDays: number }>;
}

type Verdict =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; result: VerifyResult; at: Date }
  | { state: 'error'; message: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface LogHeadView {
  seq: number;
  hash: string;
  keyed: boolean;
}

export function IntegrityPanel({
  actions,
  count,
  retentionDays,
  head,
  clearForbidden,
  onChanged,
}: {
  actions: LogActions;
  count: number;
  retentionDays: number | null;
  /** Null until the background has answered. */
  head: LogHeadView | null;
  clearForbidden: boolean;
  onChanged: () => void;
}) {
  const [verdict, setVerdict] = useState<Verdict>({ state: 'idle' });
  const [fileVerdictState, setFileVerdict] = useState<Verdict & { name?: string }>({ state: 'idle' });
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

  const verifyFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setFileVerdict({ state: 'running', name: file.name });
    try {
      const text = await file.text();
      setFileVerdict({
        state: 'done',
        result: await actions.verifyFile(text),
        at: new Date(),
        name: file.name,
      });
    } catch (error) {
      setFileVerdict({ state: 'error', message: errorText(error), name: file.name });
    }
  };

  const result = verdict.state === 'done' ? verdict.result : null;
  const fileResult = fileVerdictState.state === 'done' ? fileVerdictState.result : null;
  return (
    <div class="integrity">
      <div class="integrity-block" data-testid="log-head">
        <h3>Head of the log</h3>
        {head ? (
          <>
            <p>
              Last record: <strong>#{head.seq}</strong>. Its hash (keep it, or compare it with an export's):
            </p>
            <p>
              <code class="hash">{head.hash}</code>
            </p>
            <p>
              {head.keyed
                ? 'The log is keyed with your organisation’s secret: a record changed or added without the secret does not verify.'
                : 'The log is not keyed with an organisation secret: anyone able to rewrite it could also rewrite every hash, so compare the head with earlier exports.'}
            </p>
          </>
        ) : (
          <p>Reading the head of the log…</p>
        )}
      </div>
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
        <h3>Verify an exported file</h3>
        <p id="verify-file-hint">
          Checks a JSON export on its own: every record’s hash and link, and that it ends at the head and
          holds the number of records it states. Nothing is changed.
        </p>
        <label for="verify-file">Exported JSON file</label>
        <input
          id="verify-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="verify-file-hint"
          onChange={(e) => void verifyFile(e)}
        />
        <div
          role="status"
          class="file-verdict"
          data-testid="file-verdict"
          data-ok={fileResult ? String(fileResult.ok) : undefined}
        >
          {fileVerdictState.state === 'running' ? <p>Checking {fileVerdictState.name}…</p> : null}
          {fileVerdictState.state === 'error' ? (
            <p>
              Could not check {fileVerdictState.name}: {fileVerdictState.message}
            </p>
          ) : null}
          {fileResult ? (
            <>
              <p class="verdict-line">
                <span aria-hidden="true">{fileResult.ok ? '✓ ' : '✗ '}</span>
                <strong>
                  {fileVerdictState.name}: {fileVerdict(fileResult)}
                </strong>
              </p>
              {fileResult.ok ? null : <p>{fileResult.message}</p>}
              {verifyNotes(fileResult).map((note) => (
                <p key={note}>{note}</p>
              ))}
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
        <button
          type="button"
          class="danger"
          onClick={() => setConfirming(true)}
          disabled={busy || clearForbidden}
          aria-describedby={clearForbidden ? 'clear-forbidden' : undefined}
        >
          Clear the log…
        </button>
        {clearForbidden ? (
          <p id="clear-forbidden" class="hint">
            <span aria-hidden="true">🔒 </span>Your organisation does not allow the log to be cleared on this
            computer (organisation policy).
          </p>
        ) : null}
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
