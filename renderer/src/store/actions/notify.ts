// The error policy: every failure of an action reaches the analyst as one error notice, in words that say what to do.
import { ApiError } from '../../../../shared/api/errors';
import { useWaspada } from '../store';

/** The store's current state and its setters. */
export const state = () => useWaspada.getState();

const UNEXPECTED =
  'Terjadi kesalahan tak terduga. Muat ulang jendela, dan bila berulang laporkan ke pengelola Waspada.';

/** How a failure is told: its subject (a newer notice on it replaces this one) and the words for a non-API error. */
export interface FailureContext {
  subject?: string;
  fallback?: string;
}

/** The words for a failure: the core's Bahasa message, or the fallback for anything unexpected. */
export function messageOf(error: unknown, fallback = UNEXPECTED): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** Shows a failure as an error notice: the core's Bahasa message, or the fallback for anything unexpected. */
export function reportFailure(error: unknown, context: FailureContext = {}): void {
  state().noticeShown({ kind: 'error', text: messageOf(error, context.fallback), subject: context.subject });
}

/** Runs an action's work and turns any failure into the error notice, so every action reports the same way. */
export function guarded(work: () => Promise<void>, context?: FailureContext): Promise<void> {
  return work().catch((error: unknown) => reportFailure(error, context));
}
