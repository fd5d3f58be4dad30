import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** The audit trail: every change to the analyst's data, newest first. */
export function auditHandlers({ store }: Core): DomainHandlers<'audit'> {
  return { 'audit.list': ({ limit }) => store.audit.list(limit) };
}
