// English strings of the kit. This file defines the shape; de.ts must have exactly the same keys (type-checked).
export const en = {
  priority: { label: 'Priority', low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' },
  status: {
    label: 'Status',
    new: 'New',
    assigned: 'Assigned',
    in_progress: 'In progress',
    waiting: 'Waiting',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  entity: { label: 'Brand', all: 'All brands' },
  duration: {
    days: '{{d}} d {{h}} h',
    hours: '{{h}} h {{m}} min',
    minutes: '{{m}} min',
    seconds: '{{s}} s',
  },
  sla: {
    short: {
      ok: '{{time}}',
      at_risk: '{{time}}',
      breached: '{{time}} over',
      paused: 'Paused · {{time}}',
      met: 'Met',
    },
    long: {
      ok: 'SLA: {{time}} remaining',
      at_risk: 'SLA at risk: {{time}} remaining',
      breached: 'SLA breached {{time}} ago',
      paused: 'SLA paused with {{time}} remaining',
      met: 'SLA met',
    },
  },
  presence: { online: 'Online', away: 'Away', busy: 'Busy', offline: 'Offline' },
  userChip: { label: '{{name}}, {{presence}}' },
  errorState: { title: 'Something went wrong', retry: 'Try again', details: 'Technical details' },
  confirmDialog: { confirm: 'Confirm', cancel: 'Cancel' },
  toast: { close: 'Dismiss notification' },
  keys: {
    label: 'Keyboard shortcut: {{keys}}',
    ctrl: 'Ctrl',
    meta: '⌘',
    alt: 'Alt',
    shift: 'Shift',
    enter: 'Enter',
    escape: 'Esc',
  },
  appShell: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    toDarkMode: 'Switch to dark mode',
    toLightMode: 'Switch to light mode',
  },
  commandPalette: {
    open: 'Open command palette',
    title: 'Command palette',
    placeholder: 'Type a command…',
    noResults: 'No matching commands',
  },
};

export type Messages = typeof en;
