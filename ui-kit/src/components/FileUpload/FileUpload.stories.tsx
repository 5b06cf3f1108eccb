import type { Meta, StoryObj } from '@storybook/react';
import { createEvent, expect, fireEvent, fn, waitFor, within } from 'storybook/test';
import { FileUpload } from './FileUpload.tsx';
import type { UploadFn } from './upload-queue.ts';

const MB = 1024 * 1024;

/** A file of any size without allocating it: validation and the list read only `size`. */
export function sampleFile(name: string, size: number, type: string): File {
  const file = new File(['·'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

/**
 * Drops files on the zone as a browser does. The DataTransfer is a plain object set on the event afterwards:
 * jsdom has no DataTransfer, and Chromium's DragEvent constructor accepts only a real one, whose files would lose
 * the sizes `sampleFile` gave them.
 */
export function dropFiles(canvasElement: HTMLElement, files: File[]): void {
  const zone = canvasElement.querySelector('[data-part=dropzone]');
  if (!zone) throw new Error('no drop zone');
  const dataTransfer = { files, types: ['Files'], dropEffect: 'none' };
  for (const type of ['dragEnter', 'drop'] as const) {
    const event = createEvent[type](zone);
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
    fireEvent(zone, event);
  }
}

/** How an upload of the stand-in server ends: done, failed, or stuck at that share until it is aborted. */
type Outcome = 'done' | 'fail' | number;

/**
 * A stand-in for the console's HTTP upload, scripted by file name so a story can show every state at once.
 * It honours the abort signal like a real request.
 */
export function scriptedUpload(outcomes: Record<string, Outcome> = {}): UploadFn<{ id: string }> {
  return (file, onProgress, signal) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      const outcome = outcomes[file.name] ?? 'done';
      if (outcome === 'fail') reject(new Error('503 Service Unavailable'));
      else if (outcome === 'done') {
        onProgress(file.size);
        resolve({ id: `att-${file.name}` });
      } else onProgress(file.size * outcome);
    });
}

/** Fails the first attempt for each file, as a dropped connection would; the next one succeeds. */
export function flakyUpload(): UploadFn<{ id: string }> {
  // Keyed by the File object, so every run of a story (each language, each colour mode) starts over.
  const tried = new WeakSet<File>();
  const upload = scriptedUpload();
  return (file, onProgress, signal) => {
    if (tried.has(file)) return upload(file, onProgress, signal);
    tried.add(file);
    return Promise.reject(new Error('Connection reset'));
  };
}

const pdf = 'application/pdf';
const png = 'image/png';
const text = 'text/plain';

export const everyStateFiles = [
  sampleFile('Rechnung-2025-0142.pdf', 184_320, pdf),
  sampleFile('Fehlerprotokoll.txt', 12_400, text),
  sampleFile('Screenshot Kursübersicht.png', 1_468_006, png),
  sampleFile('Kontoauszug März.pdf', 3_250_000, pdf),
  sampleFile('Entwurf Antwort.txt', 2_048, text),
  sampleFile('Alte Version.pdf', 96_000, pdf),
];

const meta = {
  title: 'Tickets/FileUpload',
  component: FileUpload,
  excludeStories: ['sampleFile', 'dropFiles', 'scriptedUpload', 'flakyUpload', 'everyStateFiles'],
  args: {
    upload: fn(scriptedUpload()),
    onChange: fn(),
    maxFileSize: 10 * MB,
    maxTotalSize: 25 * MB,
    maxFiles: 5,
    accept: ['image/*', '.pdf', '.txt'],
  },
  decorators: [(Story) => <div style={{ maxWidth: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Queued, uploading, done, failed and removed side by side (two uploads at a time). */
export const EveryState: Story = {
  args: {
    maxFiles: 8,
    upload: fn(
      scriptedUpload({
        'Fehlerprotokoll.txt': 'fail',
        'Screenshot Kursübersicht.png': 0.45,
        'Kontoauszug März.pdf': 0.8,
      }),
    ),
  },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    dropFiles(canvasElement, everyStateFiles);
    const rows = () =>
      [...canvasElement.querySelectorAll<HTMLElement>('li[data-status]')].map((row) => row.dataset['status']);
    await waitFor(() =>
      expect(rows()).toEqual(['done', 'failed', 'uploading', 'uploading', 'queued', 'queued']),
    );
    await userEvent.click(canvas.getByRole('button', { name: /Alte Version\.pdf/ }));
    await waitFor(() => expect(rows().at(-1)).toBe('removed'));
    await expect(canvas.getAllByRole('progressbar')).toHaveLength(2);
  },
};

/** Every limit broken once: type, size per file, total size and count. Each message names file and limit. */
export const Refusals: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    dropFiles(canvasElement, [
      sampleFile('Bildschirmaufnahme.png', 14.2 * MB, png),
      sampleFile('Präsentation.pptx', 2 * MB, 'application/vnd.ms-powerpoint'),
      sampleFile('Vertrag Teil 1.pdf', 9 * MB, pdf),
      sampleFile('Vertrag Teil 2.pdf', 9 * MB, pdf),
      sampleFile('Vertrag Teil 3.pdf', 9 * MB, pdf),
      sampleFile('Notiz 1.txt', 800, text),
      sampleFile('Notiz 2.txt', 800, text),
      sampleFile('Notiz 3.txt', 800, text),
      sampleFile('Notiz 4.txt', 800, text),
    ]);
    const alert = canvas.getByRole('alert');
    await waitFor(() => expect(within(alert).getAllByRole('listitem')).toHaveLength(4));
    await waitFor(() => expect(canvasElement.querySelectorAll('li[data-status=done]')).toHaveLength(5));
  },
};

/** A failed upload offers a retry; the second attempt succeeds and reaches onChange. */
export const RetryAfterFailure: Story = {
  args: { upload: fn(flakyUpload()) },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const file = sampleFile('Rechnung-2025-0142.pdf', 184_320, pdf);
    dropFiles(canvasElement, [file]);
    await userEvent.click(await canvas.findByRole('button', { name: /erneut versuchen|Retry/ }));
    await waitFor(() => expect(canvasElement.querySelector('li[data-status=done]')).not.toBeNull());
    await expect(args.onChange).toHaveBeenLastCalledWith([
      { file, result: { id: 'att-Rechnung-2025-0142.pdf' } },
    ]);
  },
};

/** Nothing can be added: the button is disabled and drops are ignored. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement, args }) => {
    dropFiles(canvasElement, [everyStateFiles[0]!]);
    await expect(within(canvasElement).getByRole('button')).toBeDisabled();
    await expect(canvasElement.querySelector('li')).toBeNull();
    await expect(args.upload).not.toHaveBeenCalled();
  },
};

const longNames = [
  sampleFile('Rückerstattungsanspruchsbestätigungsschreiben-Entwurf-Version-3-final.pdf', 52_000, pdf),
  sampleFile(
    'Datenschutzgrundverordnungskonformitätsprüfung Zahlungsdienstleisterschnittstelle.txt',
    7_300,
    text,
  ),
  sampleFile(
    'Bildschirmfoto Kundenkontoübersicht nach Lastschrifteinzugsermächtigungswiderruf.png',
    2 * MB,
    png,
  ),
];

export const LongGermanFileNames: Story = {
  args: {
    upload: fn(scriptedUpload({ [longNames[1]!.name]: 'fail', [longNames[2]!.name]: 0.3 })),
  },
  play: async ({ canvasElement }) => {
    dropFiles(canvasElement, [
      ...longNames,
      sampleFile('Mitgliedschaftskündigungsbestätigung-Videoaufzeichnung.mov', 48 * MB, 'video/quicktime'),
    ]);
    await waitFor(() => expect(canvasElement.querySelectorAll('li[data-status]')).toHaveLength(3));
    await waitFor(() => expect(canvasElement.querySelector('li[data-status=failed]')).not.toBeNull());
  },
};

export const Dark: Story = { ...EveryState, globals: { colorMode: 'dark' } };
