/**
 * The loader's one message. It is plain runtime messaging, not the typed protocol, so that the
 * script registered on every booking page carries no library; the background answers it beside the
 * protocol's listener (which ignores messages without its own fields).
 */
export const START_BOOKING = 'start-booking';

export interface StartBookingMessage {
  equityPrompts: typeof START_BOOKING;
}

export function isStartBooking(message: unknown): message is StartBookingMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { equityPrompts?: unknown }).equityPrompts === START_BOOKING
  );
}
