/**
 * Which files are drafts, for every face: the CLI's directory search, the extension's workspace
 * check. A file's language follows its extension, as the CLI and VS Code's defaults agree.
 */
import type { LanguageId } from './options';

/** Drafts searched for in a directory or workspace when the user names none. */
export const DRAFT_GLOB = '**/*.{md,markdown,txt}';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);

/** 'markdown' for Markdown file extensions, else 'plaintext'. Works on any path or URI path. */
export function languageIdForPath(path: string): LanguageId {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && MARKDOWN_EXTENSIONS.has(name.slice(dot).toLowerCase()) ? 'markdown' : 'plaintext';
}
