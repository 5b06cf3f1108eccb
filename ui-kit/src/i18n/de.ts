import type { Messages } from './en.ts';

export const de: Messages = {
  priority: { label: 'Priorität', low: 'Niedrig', medium: 'Mittel', high: 'Hoch', urgent: 'Dringend' },
  status: {
    label: 'Status',
    new: 'Neu',
    assigned: 'Zugewiesen',
    in_progress: 'In Bearbeitung',
    waiting: 'Wartend',
    resolved: 'Gelöst',
    closed: 'Geschlossen',
  },
  entity: { label: 'Marke', all: 'Alle Marken' },
  duration: {
    days: '{{d}} T. {{h}} Std.',
    hours: '{{h}} Std. {{m}} Min.',
    minutes: '{{m}} Min.',
    seconds: '{{s}} Sek.',
  },
  sla: {
    short: {
      ok: '{{time}}',
      at_risk: '{{time}}',
      breached: '{{time}} überfällig',
      paused: 'Pausiert · {{time}}',
      met: 'Erfüllt',
    },
    long: {
      ok: 'SLA: noch {{time}}',
      at_risk: 'SLA gefährdet: noch {{time}}',
      breached: 'SLA seit {{time}} verletzt',
      paused: 'SLA pausiert, noch {{time}}',
      met: 'SLA erfüllt',
    },
  },
  presence: { online: 'Online', away: 'Abwesend', busy: 'Beschäftigt', offline: 'Offline' },
  userChip: { label: '{{name}}, {{presence}}' },
  errorState: { title: 'Etwas ist schiefgelaufen', retry: 'Erneut versuchen', details: 'Technische Details' },
  confirmDialog: { confirm: 'Bestätigen', cancel: 'Abbrechen' },
  toast: { close: 'Benachrichtigung schließen' },
  keys: {
    label: 'Tastenkürzel: {{keys}}',
    ctrl: 'Strg',
    meta: '⌘',
    alt: 'Alt',
    shift: 'Umschalt',
    enter: 'Eingabe',
    escape: 'Esc',
  },
  appShell: {
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptnavigation',
    toDarkMode: 'Zum dunklen Modus wechseln',
    toLightMode: 'Zum hellen Modus wechseln',
  },
  commandPalette: {
    open: 'Befehlspalette öffnen',
    title: 'Befehlspalette',
    placeholder: 'Befehl eingeben …',
    noResults: 'Keine passenden Befehle',
  },
};
