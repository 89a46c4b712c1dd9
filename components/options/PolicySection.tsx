/** Organisation policy: what IT has set through the browser's managed storage, and what was ignored. */
import type { SectionProps } from './OptionsApp';
import { LockNote } from './ui';

export function PolicySection({ state }: SectionProps) {
  const { policy } = state;
  return (
    <div class="section-body">
      <p>
        An organisation (for example the ICB or the practice’s IT provider) can set some of these settings for
        every computer through browser policy. Those values override the ones set here and show “Set by your
        organisation”.
      </p>
      {!policy.active ? (
        <p data-testid="policy-none">
          No organisation policy is set on this computer
          {policy.readable ? '.' : ' (this browser has no policy for extensions).'}
        </p>
      ) : (
        <>
          <h3>
            <LockNote locked /> Set by your organisation
          </h3>
          <ul data-testid="policy-lines">
            {policy.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {policy.warnings.length > 0 && (
        <>
          <h3>Ignored policy values</h3>
          <p>These values in the organisation’s policy could not be used. Tell your IT team:</p>
          <ul>
            {policy.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      <p class="sub">
        For IT teams: the policy format, the managed schema and example files for Chrome, Edge and Firefox are
        described in the extension’s documentation (docs/organisation-policy.md).
      </p>
    </div>
  );
}
