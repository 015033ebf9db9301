/**
 * The shareable link of the current query, with a copy button.
 */
import { useState } from 'preact/hooks';

/** @returns the link and its copy button */
export function ShareLink({ search }: { search: string }) {
  const [copied, setCopied] = useState(false);
  const href = `${location.origin}${location.pathname}${search}`;
  return (
    <p class="share">
      <a href={href} data-testid="share-link">
        Link to this query
      </a>{' '}
      <button
        type="button"
        onClick={() =>
          navigator.clipboard
            ?.writeText(href)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        Copy link
      </button>
      <span role="status">{copied ? ' Copied.' : ''}</span>
    </p>
  );
}
