import type { StoryContext } from '@storybook/react';
import { useState } from 'react';
import type { ComponentType } from 'react';
import { expect, screen, waitFor } from 'storybook/test';

/** A controlled component's pair of props; `value` may be optional ("nothing chosen"). */
interface Controllable {
  value?: unknown;
  onChange: (value: never) => void;
}

/**
 * A story render for a controlled component, used the way a screen uses it: the story owns the value, so the
 * component updates as the agent works, and `args.onChange` (a spy) still sees every change.
 */
export function controlled<Props extends Controllable>(Component: ComponentType<Props>) {
  function Controlled(args: Props) {
    const [value, setValue] = useState(args.value);
    const onChange = (next: Props['value']) => {
      setValue(next);
      (args.onChange as (value: Props['value']) => void)(next);
    };
    return <Component {...args} value={value} onChange={onChange} />;
  }
  return Controlled;
}

/** Opens a picker (CategorySelect, AssigneeSelect) from the keyboard and waits until its search field has focus. */
export async function openPicker({
  canvas,
  userEvent,
}: Pick<StoryContext, 'canvas' | 'userEvent'>): Promise<void> {
  canvas.getByRole('button').focus();
  await userEvent.keyboard('{ArrowDown}');
  await waitFor(() => expect(screen.getByRole('combobox')).toHaveFocus());
}
