import type { Core } from '../core';
import { readTimeline, saveTimeline } from '../reports/schedule-changes';
import type { DomainHandlers } from './types';

/** The election schedule reports are tagged against: read it, replace it. */
export function timelineHandlers({ store }: Core): DomainHandlers<'timeline'> {
  return {
    'timeline.get': () => readTimeline(store),
    'timeline.save': ({ nama, stages }) => saveTimeline(store, nama, stages),
  };
}
