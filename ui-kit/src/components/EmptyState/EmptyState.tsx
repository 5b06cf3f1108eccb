import type { ReactNode } from 'react';
import { InboxIcon } from '../../icons/icons.tsx';
import { StateMessage } from '../StateMessage/StateMessage.tsx';

export interface EmptyStateProps {
  /** What is empty, already translated, e.g. "No open tickets". */
  title: ReactNode;
  /** What the agent can do about it. */
  description?: ReactNode;
  /** An icon from the kit; an inbox by default. */
  icon?: ReactNode;
  /** Buttons or links that lead out of the empty state. */
  actions?: ReactNode;
}

/** Shown instead of a list or panel that has nothing to show yet. */
export function EmptyState({ title, description, icon = <InboxIcon />, actions }: EmptyStateProps) {
  return (
    <StateMessage tone="neutral" icon={icon} title={title} description={description} actions={actions} />
  );
}
