// Runs before every ui-kit test file: DOM matchers, axe matcher, and the browser APIs jsdom lacks but Chakra's
// components (Dialog, Toast, color mode, positioning) call.
import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';
import { configure as configureTestingLibrary } from '@testing-library/react';
import { configure as configureStorybookTest } from 'storybook/test';

expect.extend(toHaveNoViolations);

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

window.matchMedia ??= (query: string): MediaQueryList =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;

// Zag.js scrolls highlighted items into view; jsdom has no layout, so scrolling is a no-op.
Element.prototype.scrollIntoView ??= function scrollIntoView(): void {};

// Storybook gives play functions their `userEvent` only where navigator.clipboard exists (user-event swaps in
// its own clipboard). jsdom has none, so we provide an empty, replaceable one.
if (!('clipboard' in navigator)) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      readText: async () => '',
      writeText: async () => {},
      read: async () => [],
      write: async () => {},
    },
  });
}

// jsdom has no layout, so every element measures 0×0 and Zag's focus management (dialog initial focus, focus
// trap) thinks nothing is visible. Treat connected elements outside a [hidden] subtree as having a size.
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.isConnected && !this.closest('[hidden]') ? 1 : 0;
  },
});

// Play functions and tests wait for the UI with testing-library's waitFor. Its 1 s default is too short on
// a loaded CI machine (2 cores shared with database-backed suites); a real failure still fails, later.
configureStorybookTest({ asyncUtilTimeout: 5000 });
configureTestingLibrary({ asyncUtilTimeout: 5000 });
