// The renderer installs its test hooks (window.__waspada) only when the address carries `?test-hooks`
// (renderer/src/testing/test-hooks.ts); e2e tests and the benchmark open the app through this.

/** The app's address with the test-hooks flag (the token fragment stays where it is). */
export function withTestHooks(url: string): string {
  const address = new URL(url);
  address.searchParams.set('test-hooks', '');
  return address.toString();
}
