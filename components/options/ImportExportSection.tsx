/**
 * Export all settings as a versioned file; import one. An import is checked completely first: a bad
 * file is refused with every problem and its path, and nothing changes. A good file shows what it
 * would change (diffSettings) and is applied only when the manager confirms.
 */
import { useRef, useState } from 'preact/hooks';
import { diffSettings } from '../../lib/settings/diff';
import {
  listedProblems,
  parseSettingsFile,
  type StrictResult,
  settingsFileName,
  settingsFileText,
} from '../../lib/settings/envelope';
import type { SettingsIssue } from '../../lib/settings/issues';
import type { Settings } from '../../lib/settings/schema';
import type { SectionProps } from './OptionsApp';
import { ErrorSummary, LockNote, useFocusOnMount } from './ui';

type Pending =
  | { kind: 'none' }
  | { kind: 'invalid'; fileName: string; errors: SettingsIssue[] }
  | { kind: 'ready'; fileName: string; settings: Settings; changes: string[]; notes: string[] };

export function ImportExportSection({ state, api, apply }: SectionProps) {
  const [pending, setPending] = useState<Pending>({ kind: 'none' });
  const [exported, setExported] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const locked = state.locks.all;

  const onExport = () => {
    const now = new Date();
    const name = settingsFileName(now);
    api.download(name, settingsFileText(state.local, now));
    setExported(`Saved ${name} to your downloads.`);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => null);
    const result: StrictResult =
      text === null
        ? { ok: false, errors: [{ path: '(file)', message: 'The file could not be read' }] }
        : parseSettingsFile(text);
    // parseSettingsFile never throws; every outcome below is shown.
    if (!result.ok) {
      setPending({ kind: 'invalid', fileName: file.name, errors: result.errors });
    } else {
      setPending({
        kind: 'ready',
        fileName: file.name,
        settings: result.settings,
        changes: diffSettings(state.local, result.settings),
        notes: result.notes,
      });
    }
  };

  const reset = () => {
    setPending({ kind: 'none' });
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const confirm = async () => {
    if (pending.kind !== 'ready') return;
    let answer: Awaited<ReturnType<typeof api.importSettings>>;
    try {
      answer = await api.importSettings(pending.settings);
    } catch (error) {
      // The background did not answer (stopped, or refused): say so rather than leave the preview up.
      const detail = error instanceof Error ? error.message : String(error);
      setPending({
        kind: 'invalid',
        fileName: pending.fileName,
        errors: [{ path: '(file)', message: `The settings could not be saved (${detail.slice(0, 200)})` }],
      });
      return;
    }
    const result = apply(answer, `Settings imported from ${pending.fileName}`);
    if (result.ok) reset();
    else setPending({ kind: 'invalid', fileName: pending.fileName, errors: result.errors });
  };

  return (
    <div class="section-body">
      <h3>Export</h3>
      <p>
        Save all of this practice’s settings (booking systems, site profiles, rules, vocabulary, privacy and
        display) to a file, to keep a copy or to set up another computer the same way. The file holds no
        patient data and no log.
      </p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export settings
        </button>
      </div>
      <p role="status" class="sub">
        {exported}
      </p>

      <h3>Import</h3>
      <p>
        Import a settings file exported from Equity Prompts. It replaces all of this practice’s settings. The
        file is checked first; you see what will change before anything is applied.
      </p>
      <div class="field">
        <label for="import-file">Settings file</label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={locked}
          onChange={(e) => void onFile(e)}
        />
        <LockNote locked={locked} />
      </div>

      {pending.kind === 'invalid' && (
        <div data-testid="import-invalid">
          <InvalidFile fileName={pending.fileName} errors={pending.errors} />
          <div class="actions">
            <button type="button" onClick={reset}>
              Choose another file
            </button>
          </div>
        </div>
      )}

      {pending.kind === 'ready' && (
        <section class="import-preview" aria-labelledby="import-preview-heading" data-testid="import-preview">
          <PreviewHeading fileName={pending.fileName} />
          {pending.changes.length === 0 ? (
            <p>It holds the same settings as this computer: importing changes nothing.</p>
          ) : (
            <>
              <p>Importing it will change:</p>
              <ul>
                {pending.changes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {pending.notes.map((note) => (
            <p key={note} class="sub">
              {note}
            </p>
          ))}
          {state.policy.active && (
            <p class="sub">
              <LockNote locked /> Values your organisation sets stay in force whatever the file says.
            </p>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => void confirm()}>
              Apply these settings
            </button>
            <button type="button" onClick={reset}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

function InvalidFile({ fileName, errors }: { fileName: string; errors: SettingsIssue[] }) {
  const { listed, more } = listedProblems(errors);
  const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
  return (
    <>
      <ErrorSummary
        title={`${fileName} cannot be imported: nothing has been changed. ${count}${more > 0 ? `; the first ${listed.length} are listed` : ''}:`}
        errors={listed}
      />
      {more > 0 && (
        <p class="sub" data-testid="import-more">
          … and {more} more problem{more === 1 ? '' : 's'} not listed. Fix these first, then import the file
          again to see the rest.
        </p>
      )}
    </>
  );
}

function PreviewHeading({ fileName }: { fileName: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h4 id="import-preview-heading" tabIndex={-1} ref={ref}>
      {fileName} is a valid settings file
    </h4>
  );
}
