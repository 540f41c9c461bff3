/**
 * A draft file's language for every face (the CLI, the extension's workspace check): it follows
 * the file's extension, as the CLI and VS Code's defaults agree.
 */
import type { LanguageId } from './options';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);

/** 'markdown' for Markdown file extensions, else 'plaintext'. Works on any path or URI path. */
export function languageIdForPath(path: string): LanguageId {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && MARKDOWN_EXTENSIONS.has(name.slice(dot).toLowerCase()) ? 'markdown' : 'plaintext';
}
