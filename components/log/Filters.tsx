/** The filters: date range, site, rule, need, outcome, channel, and the table's order. */

import type { NeedOrNone } from '../../lib/log/summary';
import {
  CHANNEL_TEXT,
  type FilterChoices,
  needLabel,
  OUTCOME_FILTERS,
  OUTCOME_LABELS,
  type OutcomeFilter,
  type SortOrder,
  type ViewFilter,
} from '../../lib/log/view-model';
import { CHANNELS, type Channel } from '../../lib/model';

export interface FiltersProps {
  filter: ViewFilter;
  choices: FilterChoices;
  order: SortOrder;
  onFilter: (filter: ViewFilter) => void;
  onOrder: (order: SortOrder) => void;
}

function Select<T extends string>({
  id,
  label,
  value,
  all,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T | undefined;
  all: string;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          onChange(v === '' ? undefined : (v as T));
        }}
      >
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option value={v} key={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Filters({ filter, choices, order, onFilter, onOrder }: FiltersProps) {
  const set = (patch: Partial<ViewFilter>) => {
    const next: ViewFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof ViewFilter>) if (!next[key]) delete next[key];
    onFilter(next);
  };
  const date = (id: string, label: string, key: 'from' | 'to') => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={filter[key] ?? ''}
        min={choices.firstDay ?? undefined}
        max={choices.lastDay ?? undefined}
        onChange={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).value || undefined })}
      />
    </div>
  );
  return (
    <form class="filters" aria-label="Filter the events" onSubmit={(e) => e.preventDefault()}>
      {date('filter-from', 'From date', 'from')}
      {date('filter-to', 'To date', 'to')}
      <Select
        id="filter-site"
        label="Site"
        value={filter.siteId}
        all="All sites"
        options={choices.sites.map((s) => [s, s] as const)}
        onChange={(siteId) => set({ siteId })}
      />
      <Select
        id="filter-rule"
        label="Rule"
        value={filter.ruleId}
        all="All rules"
        options={choices.rules.map((r) => [r, r] as const)}
        onChange={(ruleId) => set({ ruleId })}
      />
      <Select<NeedOrNone>
        id="filter-need"
        label="Need"
        value={filter.need}
        all="All needs"
        options={choices.needs.map((n) => [n, needLabel(n)] as const)}
        onChange={(need) => set({ need })}
      />
      <Select<OutcomeFilter>
        id="filter-outcome"
        label="Outcome"
        value={filter.outcome}
        all="All events"
        options={OUTCOME_FILTERS.map((o) => [o, OUTCOME_LABELS[o]] as const)}
        onChange={(outcome) => set({ outcome })}
      />
      <Select<Channel | 'any-remote'>
        id="filter-channel"
        label="Channel"
        value={filter.channel}
        all="All channels"
        options={[
          ['any-remote', 'Any remote channel'] as const,
          ...CHANNELS.map((c) => [c, CHANNEL_TEXT[c]] as const),
        ]}
        onChange={(channel) => set({ channel })}
      />
      <div class="field">
        <label for="filter-order">Order</label>
        <select
          id="filter-order"
          value={order}
          onChange={(e) => onOrder((e.currentTarget as HTMLSelectElement).value as SortOrder)}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <div class="field field-button">
        <button type="button" onClick={() => onFilter({})}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
