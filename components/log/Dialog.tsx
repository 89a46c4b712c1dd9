/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and the
 * rest of the page is inert. Focus goes to the heading (so a screen reader reads what the dialog is)
 * or to an element marked data-autofocus, and returns to where it was when the dialog closes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface DialogProps {
  /** Id of the dialog's heading (its accessible name). */
  titleId: string;
  class?: string;
  onClose: () => void;
  /** Render prop: `close` closes the dialog (and then calls onClose). */
  children: (close: () => void) => ComponentChildren;
}

export function Dialog({ titleId, class: className, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let closed = false;
    const handleClose = () => {
      if (closed) return;
      closed = true;
      if (opener?.isConnected) opener.focus({ preventScroll: true });
      onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? document.getElementById(titleId);
    first?.focus();
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, [titleId]);

  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} class={className} aria-labelledby={titleId}>
      {children(close)}
    </dialog>
  );
}
