/** Which URLs Factdesk writes as source links: http(s) only, with a host. Pure. */

/** An error message for the URL input box, or undefined when the URL is acceptable. */
export function validateSourceUrl(input: string): string | undefined {
  const value = input.trim();
  if (value === '') return 'Enter the source URL (http:// or https://).';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'That is not a URL. Enter a full address starting with https:// (or http://).';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Only http:// and https:// links are accepted as sources, not "${url.protocol}".`;
  }
  if (url.hostname === '') return 'The URL has no host name.';
  return undefined;
}

/** The URL as it goes into Markdown: trimmed, with parentheses and spaces escaped so it cannot end the link early. */
export function markdownUrl(input: string): string {
  return input.trim().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/** The clipboard's text when it is one acceptable URL (to prefill the input box), else undefined. */
export function urlFromClipboard(clipboard: string): string | undefined {
  const value = clipboard.trim();
  if (value === '' || /\s/.test(value) || value.length > 2048) return undefined;
  return validateSourceUrl(value) === undefined ? value : undefined;
}

/**
 * How long *Insert source link…* waits for the clipboard before showing the URL box empty. In a
 * browser VS Code the page may have no clipboard permission: the read is then denied, or its
 * permission prompt is never answered and the promise never settles.
 */
export const CLIPBOARD_WAIT_MS = 300;

/** `read()`'s answer, or '' when it fails or does not answer within `ms`. Never rejects. */
export function readWithin(read: () => PromiseLike<string>, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(''), ms);
    const settle = (text: string): void => {
      clearTimeout(timer);
      resolve(text);
    };
    try {
      read().then(settle, () => settle(''));
    } catch {
      settle('');
    }
  });
}
