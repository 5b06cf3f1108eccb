import type { RuleObject } from 'axe-core';

// Shared by the Jest helper (jsdom) and the browser catalog, so both judge stories by the same rules.
// Most stories show a fragment of a page; rules about the page as a whole (landmarks, one main, one h1) apply
// only to stories tagged 'page', such as the AppShell's.
const pageLevelRules = ['region', 'landmark-one-main', 'page-has-heading-one'];

export function axeRulesFor(storyTags: readonly string[], environment: 'jsdom' | 'browser'): RuleObject {
  const isPage = storyTags.includes('page');
  return {
    ...Object.fromEntries(pageLevelRules.map((rule) => [rule, { enabled: isPage }])),
    // jsdom cannot compute colours; the browser catalog checks contrast.
    'color-contrast': { enabled: environment === 'browser' },
  };
}
