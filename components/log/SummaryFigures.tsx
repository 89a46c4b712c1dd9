/** Counts by kind and what receptionists did with the prompts, for the filtered events. */
import { formatCount, formatRate, OUTCOME_LABELS, type ViewSummary } from '../../lib/log/view-model';

export function SummaryFigures({ summary }: { summary: ViewSummary }) {
  const { counts, rates } = summary;
  const kinds = ['displayed', 'accepted', 'overridden', 'dismissed', 'ignored', 'booking', 'audit'] as const;
  return (
    <div class="summary">
      <dl class="figures" aria-label="Events by kind">
        {kinds.map((kind) => (
          <div class="figure" key={kind}>
            <dt>{OUTCOME_LABELS[kind]}</dt>
            <dd>{formatCount(counts[kind])}</dd>
          </div>
        ))}
      </dl>
      <p class="rates">
        {rates.shown === 0 ? (
          'No prompts were shown in these events, so there are no response rates.'
        ) : (
          <>
            Of {formatCount(rates.shown)} prompts shown:{' '}
            <strong>{formatRate(rates.accepted)} accepted</strong>,{' '}
            <strong>{formatRate(rates.overridden)} overridden</strong>, {formatRate(rates.dismissed)}{' '}
            dismissed, {formatRate(rates.ignored)} booked without a response.
          </>
        )}
      </p>
    </div>
  );
}
