/** The equity report: for each need group, bookings by channel, share remote, flagged, prompt outcomes. */
import type { EquityReport, EquityRow } from '../../lib/log/summary';
import { CHANNEL_TEXT, formatCount, formatRate, needLabel } from '../../lib/log/view-model';
import { CHANNELS } from '../../lib/model';

function Row({ row, total = false }: { row: EquityRow; total?: boolean }) {
  return (
    <tr class={total ? 'total' : undefined}>
      <th scope="row">{needLabel(row.need)}</th>
      <td class="num">{formatCount(row.bookings)}</td>
      {CHANNELS.map((channel) => (
        <td class="num" key={channel}>
          {formatCount(row.byChannel[channel])}
        </td>
      ))}
      <td class="num">{formatRate(row.remoteShare)}</td>
      <td class="num">{formatCount(row.flagged)}</td>
      <td class="num">{formatCount(row.prompts.accepted)}</td>
      <td class="num">{formatCount(row.prompts.overridden)}</td>
    </tr>
  );
}

export function EquityTable({ report }: { report: EquityReport }) {
  if (report.total.bookings === 0) {
    return <p>No bookings in these events, so there is no equity report.</p>;
  }
  const known = report.needsKnown;
  return (
    <>
      <p class="needs-known" data-testid="needs-known">
        <strong>Needs known for {formatRate(known.share)} of bookings</strong> ({formatCount(known.recorded)}{' '}
        recorded on the booking page, {formatCount(known.askedNone + known.askedNeed)} asked and answered:{' '}
        {formatCount(known.askedNone)} no needs, {formatCount(known.askedNeed)} a need;{' '}
        {formatCount(known.declined)} declined to say; of {formatCount(known.bookings)}).
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrollable table needs a focusable, labelled region so keyboard users can scroll it */}
      <div class="table-scroll" role="region" aria-labelledby="equity-caption" tabIndex={0}>
        <table class="equity">
          <caption id="equity-caption">Bookings by need group and appointment channel</caption>
          <thead>
            <tr>
              <th scope="col">Need group</th>
              <th scope="col" class="num">
                Bookings
              </th>
              {CHANNELS.map((channel) => (
                <th scope="col" class="num" key={channel}>
                  {CHANNEL_TEXT[channel].replace(' (telephone or video)', '')}
                </th>
              ))}
              <th scope="col" class="num">
                Share remote
              </th>
              <th scope="col" class="num">
                Flagged
              </th>
              <th scope="col" class="num">
                Prompts accepted
              </th>
              <th scope="col" class="num">
                Prompts overridden
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <Row row={row} key={row.need} />
            ))}
            <Row row={report.total} total />
          </tbody>
        </table>
      </div>
      <p class="note">
        Remote means telephone, video, online or remote. A booking with two needs is counted in both need
        groups; "All bookings" counts each booking once. Prompts are counted once each, by their last
        response.
        {report.promptsWithoutBooking > 0
          ? ` ${formatCount(report.promptsWithoutBooking)} prompt(s) had no booking recorded (abandoned or booked elsewhere).`
          : ''}
      </p>
    </>
  );
}
