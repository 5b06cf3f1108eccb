import type { Messages } from './en.ts';

// Makes `t('priority.urgent')` type-checked against the English resources in every ui-kit file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'lotse';
    resources: { lotse: Messages };
  }
}
