/**
 * Problems: what had to be repaired when the stored settings were read, and the error log (errors
 * caught in the booking pages and the background), with a button to clear it.
 */
import type { SectionProps } from './OptionsApp';
import { ConfirmButton } from './ui';

export function ProblemsSection({ state, api, apply, announce }: SectionProps) {
  const errors = [...state.errors].reverse();
  return (
    <div class="section-body">
      <h3>Settings</h3>
      {state.settingsWarnings.length === 0 && !state.setAsideAt ? (
        <p>The stored settings were read without problems.</p>
      ) : (
        <>
          <p>
            When the settings were last read, some parts could not be used and defaults were used instead:
          </p>
          <ul>
            {state.settingsWarnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {state.setAsideAt && (
            <p class="sub">
              The original settings were kept aside on {new Date(state.setAsideAt).toLocaleString('en-GB')},
              so nothing is lost. Saving any section replaces the repaired settings.
            </p>
          )}
        </>
      )}

      <h3>Error log</h3>
      <p>
        Errors the extension caught on booking pages or in the background. The booking system itself is never
        affected. The log holds no patient details (page addresses are kept without their query).
      </p>
      {errors.length === 0 ? (
        <p data-testid="errors-empty">No errors recorded.</p>
      ) : (
        <>
          <table class="table errors-table">
            <caption class="visually-hidden">Errors, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Where</th>
                <th scope="col">Message</th>
                <th scope="col">Page</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={`${e.time}-${i}`}>
                  <td>{new Date(e.time).toLocaleString('en-GB')}</td>
                  <td>{e.where}</td>
                  <td class="wrap">{e.message}</td>
                  <td class="wrap">{e.page}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="actions">
            <ConfirmButton
              label="Clear the error log"
              question={`Clear all ${errors.length} recorded errors?`}
              confirmLabel="Clear the error log"
              danger
              onConfirm={() =>
                void api.clearErrors().then((next) => {
                  apply({ ok: true, state: next, notes: [] }, '');
                  announce('Error log cleared');
                })
              }
            />
          </div>
        </>
      )}
    </div>
  );
}
