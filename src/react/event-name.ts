import type { EventName } from '@lit/react';

/** The event class a DOM event name stands for: ours are declared in `HTMLElementEventMap` (src/events.ts). */
export type EventOf<N extends string> = N extends keyof HTMLElementEventMap ? HTMLElementEventMap[N] : Event;

/**
 * An event name typed with its event class, so `onPartnerSelect={(e) => e.detail.id}` type-checks. Used by the
 * generated wrappers; an event no declaration knows is a plain `Event`.
 */
export function eventName<N extends string>(name: N): EventName<EventOf<N>> {
  return name as string as EventName<EventOf<N>>;
}
