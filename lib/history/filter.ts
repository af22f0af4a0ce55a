import type { EventDto } from "./schema";

/** Narrows a list of events by actor and action (the history pages' filter). */
export function filterEvents(events: EventDto[], by: { actor?: string; action?: string }): EventDto[] {
  return events.filter((e) => (!by.actor || e.actor === by.actor) && (!by.action || e.action === by.action));
}

/** The actors and actions present in a list, for the filter's options. */
export function filterOptions(events: EventDto[]): { actors: string[]; actions: string[] } {
  return {
    actors: [...new Set(events.map((e) => e.actor))].sort(),
    actions: [...new Set(events.map((e) => e.action))].sort(),
  };
}
