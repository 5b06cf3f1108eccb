import { Stack, Text } from '@chakra-ui/react';
import type { Meta, StoryObj } from '@storybook/react';
import { KeyboardShortcut } from './KeyboardShortcut.tsx';

const meta = {
  title: 'Shell/KeyboardShortcut',
  component: KeyboardShortcut,
  args: { shortcut: 'mod+k', platform: 'other' },
} satisfies Meta<typeof KeyboardShortcut>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CommandPalette: Story = {};
export const OnMac: Story = { args: { platform: 'mac' } };
export const SendReply: Story = { args: { shortcut: 'mod+enter' } };

/** How hints sit next to the actions they speed up. */
export const InAMenu: Story = {
  render: (args) => (
    <Stack gap="2" maxW="xs">
      {[
        ['Antwort senden', 'mod+enter'],
        ['Interne Notiz umschalten', 'mod+shift+i'],
        ['Tastenkürzel anzeigen', '?'],
        ['Schließen', 'escape'],
      ].map(([action, shortcut]) => (
        <Stack key={action} direction="row" justify="space-between" align="center">
          <Text>{action}</Text>
          <KeyboardShortcut {...args} shortcut={shortcut ?? ''} />
        </Stack>
      ))}
    </Stack>
  ),
};

export const Dark: Story = { ...InAMenu, globals: { colorMode: 'dark' } };
