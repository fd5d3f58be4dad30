/** What has been typed so far at a no-echo prompt. */
export interface SecretInput {
  value: string;
  done: boolean;
  cancelled: boolean;
}

/**
 * Applies a chunk of raw terminal input: Enter ends, Ctrl-C or Ctrl-D cancels, Backspace deletes one character, an
 * escape sequence (arrow keys arrive as one chunk, "ESC [ A") and other control characters are ignored. Nothing is
 * echoed, so the passphrase never shows on screen or in scrollback.
 */
export function applyKeys(state: SecretInput, chunk: string): SecretInput {
  let { value } = state;
  for (const char of chunk) {
    if (char === '\r' || char === '\n') return { value, done: true, cancelled: false };
    if (char === '\u0003' || char === '\u0004') return { value: '', done: true, cancelled: true };
    if (char === '\u001b') break;
    if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
    else if (char >= ' ') value += char;
  }
  return { value, done: false, cancelled: false };
}

/** Reads a passphrase from the terminal without echo; null when stdin is not a terminal or the analyst cancels. */
export function readSecret(prompt: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let state: SecretInput = { value: '', done: false, cancelled: false };
    const onData = (chunk: string) => {
      state = applyKeys(state, chunk);
      if (!state.done) return;
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(state.cancelled ? null : state.value);
    };
    input.on('data', onData);
  });
}
