/**
 * A Vite plugin for both builds (vite.config.ts, vite.content.config.ts): src/platform/i18n.ts
 * bundles _locales/en/messages.json as its English fallback, and the bundle needs only each
 * message's text and placeholders. What only translators read (descriptions, placeholder
 * examples: half the file) is left out of the JavaScript; the _locales copy the browser reads
 * keeps it all.
 */
import type { Plugin } from 'vite';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };

const MESSAGES_FILE = /[\\/]_locales[\\/]en[\\/]messages\.json$/;

/** `messages` with only the message text and each placeholder's content. */
export function messagesForBundle(messages: Record<string, Entry>): Record<string, Entry> {
  return Object.fromEntries(
    Object.entries(messages).map(([name, { message, placeholders }]) => {
      if (!placeholders) return [name, { message }];
      return [name, { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([p, { content }]) => [p, { content }])) }];
    }),
  );
}

export function bundledMessages(): Plugin {
  return {
    name: 'plainpage:bundled-messages',
    enforce: 'pre', // before Vite's own JSON plugin turns the file into a module
    transform(code, id) {
      if (!MESSAGES_FILE.test(id.split('?')[0] ?? '')) return null;
      return { code: JSON.stringify(messagesForBundle(JSON.parse(code) as Record<string, Entry>)), map: null };
    },
  };
}
