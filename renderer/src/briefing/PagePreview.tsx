import { useEffect, useMemo } from 'react';
import { useWaspada } from '../store/store';

/**
 * The page exactly as it will print: the composer's SVG (fonts embedded) shown as an image, with the notes the
 * composer had (names that did not fit, regions without data).
 */
export function PagePreview() {
  const preview = useWaspada((s) => s.briefingPreview);
  const status = useWaspada((s) => s.briefingPreviewStatus);
  const error = useWaspada((s) => s.briefingPreviewError);
  const url = useMemo(
    () => (preview ? URL.createObjectURL(new Blob([preview.svg], { type: 'image/svg+xml' })) : null),
    [preview],
  );
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  return (
    <section className="briefing-preview" aria-label="Pratinjau halaman" aria-busy={status === 'loading'}>
      {status === 'error' && (
        <p className="briefing-error" role="alert">
          Pratinjau tidak dapat dibuat: {error}
        </p>
      )}
      {url && (
        <img
          src={url}
          alt={`Pratinjau halaman: ${preview!.title}`}
          data-title={preview!.title}
          className={status === 'loading' ? 'stale' : ''}
        />
      )}
      {status === 'loading' && (
        <p className="briefing-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Menyusun halaman…
        </p>
      )}
      {preview && preview.messages.length > 0 && (
        <ul className="briefing-messages">
          {preview.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
