/**
 * The events table: an ARIA grid that renders only the rows in view (plus a few either side), so
 * 100,000 events scroll as smoothly as 100. Screen readers get the full size from aria-rowcount and
 * each row's place from aria-rowindex. Keyboard: one tab stop (the active cell); arrow keys, Page
 * Up/Down, Home/End and Ctrl+Home/End move and scroll; Enter or Space opens the event's details.
 * The active row is always rendered, even when scrolled away with the mouse, so focus is never lost.
 *
 * Fixed row height, so no measuring and no layout shift; hand-written (~150 lines) rather than
 * @tanstack/virtual-core because the grid's keyboard model needs this code anyway.
 */
// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid renders a window of rows, which <table> cannot position; ARIA grid roles carry the semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: grid, rows and headers are not focus stops in the APG grid pattern; the active gridcell is (roving tabindex)
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ViewRow } from '../../lib/log/view-model';

export interface GridColumn {
  id: string;
  header: string;
  value: (row: ViewRow) => string;
}

export interface LogGridProps {
  id: string;
  count: number;
  rowAt: (position: number) => ViewRow;
  columns: readonly GridColumn[];
  label: string;
  describedBy?: string;
  /** Changing it (new filter, order) moves back to the top. */
  resetKey: unknown;
  onOpen: (row: ViewRow, position: number) => void;
}

export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const OVERSCAN = 8;

export function LogGrid({ id, count, rowAt, columns, label, describedBy, resetKey, onOpen }: LogGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const focusPending = useRef(false);
  const frame = useRef(0);

  useEffect(() => {
    setActive({ row: 0, col: 0 });
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setViewport(el.clientHeight);
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, []);

  const activeRow = Math.min(active.row, Math.max(0, count - 1));
  const activeCol = Math.min(active.col, columns.length - 1);

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    document.getElementById(cellId(id, activeRow, activeCol))?.focus({ preventScroll: true });
  });

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(scrollRef.current?.scrollTop ?? 0));
  };

  const moveTo = (row: number, col: number) => {
    const r = Math.max(0, Math.min(count - 1, row));
    const c = Math.max(0, Math.min(columns.length - 1, col));
    const el = scrollRef.current;
    if (el) {
      const top = r * ROW_HEIGHT;
      const room = el.clientHeight - HEADER_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + room) el.scrollTop = top + ROW_HEIGHT - room;
      setScrollTop(el.scrollTop);
    }
    focusPending.current = true;
    setActive({ row: r, col: c });
  };

  const pageRows = Math.max(1, Math.floor((viewport - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.getAttribute('role') !== 'gridcell' || count === 0) return;
    const { key, ctrlKey, metaKey } = event;
    const r = activeRow;
    const c = activeCol;
    let next: [number, number] | null = null;
    if (key === 'ArrowDown') next = [r + 1, c];
    else if (key === 'ArrowUp') next = [r - 1, c];
    else if (key === 'ArrowRight') next = [r, c + 1];
    else if (key === 'ArrowLeft') next = [r, c - 1];
    else if (key === 'PageDown') next = [r + pageRows, c];
    else if (key === 'PageUp') next = [r - pageRows, c];
    else if (key === 'Home') next = ctrlKey || metaKey ? [0, c] : [r, 0];
    else if (key === 'End') next = ctrlKey || metaKey ? [count - 1, c] : [r, columns.length - 1];
    else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      onOpen(rowAt(r), r);
      return;
    }
    if (next) {
      event.preventDefault();
      moveTo(next[0], next[1]);
    }
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewport - HEADER_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const positions: number[] = [];
  if (count > 0 && (activeRow < first || activeRow > last)) positions.push(activeRow);
  for (let p = first; p <= last; p++) positions.push(p);

  return (
    <div
      role="grid"
      id={id}
      class="vgrid"
      aria-label={label}
      aria-describedby={describedBy}
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
      onKeyDown={onKeyDown}
    >
      <div class="vgrid-scroll" ref={scrollRef} onScroll={onScroll}>
        <div role="rowgroup" class="vgrid-head">
          <div role="row" class="vgrid-row" aria-rowindex={1}>
            {columns.map((column) => (
              <div role="columnheader" class={`vgrid-cell col-${column.id}`} key={column.id}>
                {column.header}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" class="vgrid-body" style={{ height: `${count * ROW_HEIGHT}px` }}>
          {positions.map((p) => {
            const row = rowAt(p);
            return (
              <div
                role="row"
                class={`vgrid-row${p === activeRow ? ' active' : ''}`}
                aria-rowindex={p + 2}
                key={row.seq}
                style={{ transform: `translateY(${p * ROW_HEIGHT}px)` }}
              >
                {columns.map((column, c) => (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the grid (onKeyDown above)
                  <div
                    role="gridcell"
                    id={cellId(id, p, c)}
                    class={`vgrid-cell col-${column.id}`}
                    key={column.id}
                    tabIndex={p === activeRow && c === activeCol ? 0 : -1}
                    onClick={() => {
                      setActive({ row: p, col: c });
                      onOpen(row, p);
                    }}
                  >
                    {column.value(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function cellId(grid: string, row: number, col: number): string {
  return `${grid}-r${row}-c${col}`;
}
