/** One event in full: every stored field, with the record's hash and the hash it chains from. */
import { detailFields, eventLabel, type ViewRow } from '../../lib/log/view-model';
import { Dialog } from './Dialog';

const HASHES = new Set(['Hash', 'Previous hash', 'Patient reference (pseudonymous)']);

export function EventDetail({ row, onClose }: { row: ViewRow; onClose: () => void }) {
  const titleId = 'event-detail-title';
  return (
    <Dialog titleId={titleId} class="detail-dialog" onClose={onClose}>
      {(close) => (
        <>
          <h2 id={titleId} tabIndex={-1}>
            Record #{row.seq}: {eventLabel(row.event)}
          </h2>
          <dl class="detail-fields">
            {detailFields(row).map(([label, value]) => (
              <div class="detail-field" key={label}>
                <dt>{label}</dt>
                <dd>{HASHES.has(label) ? <code class="hash">{value}</code> : value || '(empty)'}</dd>
              </div>
            ))}
          </dl>
          <div class="actions">
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
