import { jest } from '@jest/globals';
import { composeStories } from '@storybook/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { runStory, testStories } from '../../../test/story-tests.tsx';
import * as stories from './FileUpload.stories.tsx';
import { dropFiles, sampleFile } from './FileUpload.stories.tsx';
import type { UploadedFile } from './upload-queue.ts';

testStories(stories);

const { Empty, EveryState, Refusals } = composeStories(stories);
const MB = 1024 * 1024;

/** An upload whose every call waits for the test to settle it. */
function controlledUpload() {
  const calls: Array<{
    file: File;
    onProgress: (loaded: number) => void;
    signal: AbortSignal;
    resolve: (result: string) => void;
    reject: (error: Error) => void;
  }> = [];
  const upload = jest.fn(
    (file: File, onProgress: (loaded: number) => void, signal: AbortSignal) =>
      new Promise<string>((resolve, reject) => calls.push({ file, onProgress, signal, resolve, reject })),
  );
  return { upload, calls };
}

const rowOf = (name: string) => screen.getByText(name).closest('li') as HTMLElement;
const statusOf = (name: string) => rowOf(name).dataset['status'];
const announcement = () => screen.getByRole('status');

describe('choosing files', () => {
  test('keyboard only: Tab to "Choose files", Enter opens the picker; Tab to remove, Enter removes and undoes', async () => {
    const user = userEvent.setup();
    const canvas = await runStory(Empty, { locale: 'en' });
    const input = canvas.querySelector('input[type=file]') as HTMLInputElement;
    const openPicker = jest.spyOn(input, 'click');
    await user.tab();
    const choose = screen.getByRole('button', { name: 'Choose files' });
    expect(choose).toHaveFocus();
    expect(choose).toHaveAccessibleDescription(
      'Up to 10 MB per file · 25 MB in total · At most 5 files · Allowed: images, PDF and TXT',
    );
    await user.keyboard('{Enter}');
    expect(openPicker).toHaveBeenCalledTimes(1);
    expect(input).toHaveAttribute('accept', 'image/*,.pdf,.txt');
    expect(input).toHaveAttribute('multiple');

    // What the picker hands back when the agent confirms it.
    fireEvent.change(input, { target: { files: [sampleFile('Rechnung.pdf', 184_320, 'application/pdf')] } });
    await waitFor(() => expect(statusOf('Rechnung.pdf')).toBe('done'));
    expect(within(rowOf('Rechnung.pdf')).getByText('180 kB')).toBeInTheDocument();
    expect(input.value).toBe('');

    await user.tab();
    const remove = screen.getByRole('button', { name: 'Remove “Rechnung.pdf”' });
    expect(remove).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(statusOf('Rechnung.pdf')).toBe('removed');
    expect(announcement()).toHaveTextContent('“Rechnung.pdf” removed');
    // The same button now undoes, so focus did not get lost with the remove button.
    expect(screen.getByRole('button', { name: 'Undo removal of “Rechnung.pdf”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(statusOf('Rechnung.pdf')).toBe('done');
    expect(announcement()).toHaveTextContent('“Rechnung.pdf” added again');
    expect(remove).toHaveFocus();
  });

  test('dropping files lists them with name and size and announces the addition', async () => {
    const { upload } = controlledUpload();
    const canvas = await runStory(Empty, { locale: 'de', args: { upload } });
    act(() =>
      dropFiles(canvas, [
        sampleFile('Screenshot.png', 1_468_006, 'image/png'),
        sampleFile('Notiz.txt', 812, 'text/plain'),
      ]),
    );
    const list = screen.getByRole('list', { name: 'Ausgewählte Dateien' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(rowOf('Screenshot.png')).getByText('1,4 MB')).toBeInTheDocument();
    expect(within(rowOf('Notiz.txt')).getByText('812 Byte')).toBeInTheDocument();
    expect(announcement()).toHaveTextContent('2 Dateien hinzugefügt: „Screenshot.png“ und „Notiz.txt“');
    expect(upload).toHaveBeenCalledTimes(2);
  });

  test('a drag over the zone shows where to drop; text drags are left alone', async () => {
    const canvas = await runStory(Empty, { locale: 'en' });
    const zone = canvas.querySelector('[data-part=dropzone]') as HTMLElement;
    fireEvent.dragOver(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(zone).not.toHaveAttribute('data-dragging');
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [] } });
    expect(zone).toHaveAttribute('data-dragging');
    expect(zone).toHaveTextContent('Drop to attach');
    fireEvent.dragLeave(zone, { relatedTarget: document.body });
    expect(zone).not.toHaveAttribute('data-dragging');
  });

  test('a disabled control takes no files from the picker or a drop', async () => {
    const upload = jest.fn();
    const canvas = await runStory(Empty, { locale: 'en', args: { upload, disabled: true } });
    expect(screen.getByRole('button', { name: 'Choose files' })).toBeDisabled();
    expect(canvas.querySelector('input[type=file]')).toBeDisabled();
    dropFiles(canvas, [sampleFile('a.pdf', 10, 'application/pdf')]);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });
});

describe('refusals', () => {
  test.each([
    [
      'en',
      [
        '“Bildschirmaufnahme.png” is 14.2 MB; a file may be at most 10 MB.',
        '“Präsentation.pptx” is not an allowed file type. Allowed: images, PDF and TXT.',
        '“Vertrag Teil 3.pdf” was not added: all files together may be at most 25 MB.',
        '“Notiz 4.txt” was not added: at most 5 files are allowed.',
      ],
    ],
    [
      'de',
      [
        '„Bildschirmaufnahme.png“ ist 14,2 MB groß; eine Datei darf höchstens 10 MB groß sein.',
        '„Präsentation.pptx“ hat keinen erlaubten Dateityp. Erlaubt: Bilder, PDF und TXT.',
        '„Vertrag Teil 3.pdf“ wurde nicht hinzugefügt: alle Dateien zusammen dürfen höchstens 25 MB groß sein.',
        '„Notiz 4.txt“ wurde nicht hinzugefügt: höchstens 5 Dateien sind erlaubt.',
      ],
    ],
  ] as const)('in %s, each refusal is an alert naming the file and the limit', async (locale, messages) => {
    await runStory(Refusals, { locale });
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(messages);
    expect(screen.queryByText('Bildschirmaufnahme.png')).not.toBeInTheDocument();
  });

  test('the picker is checked too (a browser may ignore accept), and one file allowed means no "multiple"', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const canvas = await runStory(Empty, { locale: 'en', args: { maxFiles: 1 } });
    const input = canvas.querySelector('input[type=file]') as HTMLInputElement;
    expect(input).not.toHaveAttribute('multiple');
    await user.upload(input, sampleFile('setup.exe', 10, 'application/x-msdownload'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“setup.exe” is not an allowed file type. Allowed: images, PDF and TXT.',
    );
    await user.upload(input, sampleFile('a.pdf', 10, 'application/pdf'));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await user.upload(input, sampleFile('b.pdf', 10, 'application/pdf'));
    expect(screen.getByRole('alert')).toHaveTextContent('“b.pdf” was not added: at most 1 file is allowed.');
  });

  test('undoing a removal is refused when other files took its place under the limits', async () => {
    const canvas = await runStory(Empty, { locale: 'en', args: { maxFiles: 1 } });
    dropFiles(canvas, [sampleFile('a.pdf', 10, 'application/pdf')]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove “a.pdf”' }));
    dropFiles(canvas, [sampleFile('b.pdf', 10, 'application/pdf')]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo removal of “a.pdf”' }));
    expect(statusOf('a.pdf')).toBe('removed');
    expect(screen.getByRole('alert')).toHaveTextContent('“a.pdf” was not added: at most 1 file is allowed.');
  });
});

describe('uploading', () => {
  test('shows progress as an accessible progressbar with value text, in both languages', async () => {
    await runStory(EveryState, { locale: 'en' });
    const bar = await screen.findByRole('progressbar', { name: 'Upload of “Screenshot Kursübersicht.png”' });
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(bar).toHaveAttribute('aria-valuetext', '45% · 645.1 kB of 1.4 MB');
    expect(within(rowOf('Screenshot Kursübersicht.png')).getByText('Uploading')).toBeInTheDocument();
    expect(within(rowOf('Entwurf Antwort.txt')).getByText('Waiting')).toBeInTheDocument();
    expect(within(rowOf('Fehlerprotokoll.txt')).getByText('Upload failed')).toBeInTheDocument();

    await runStory(EveryState, { locale: 'de' });
    const german = await screen.findByRole('progressbar', { name: 'Hochladen von „Kontoauszug März.pdf“' });
    expect(german).toHaveAttribute('aria-valuetext', '80\u00a0% · 2,5 MB von 3,1 MB');
  });

  test('progress follows onProgress; at most `concurrency` files upload, the rest wait', async () => {
    const { upload, calls } = controlledUpload();
    const canvas = await runStory(Empty, { locale: 'en', args: { upload, concurrency: 1 } });
    act(() =>
      dropFiles(canvas, [
        sampleFile('a.pdf', 1000, 'application/pdf'),
        sampleFile('b.pdf', 10, 'application/pdf'),
      ]),
    );
    expect(upload).toHaveBeenCalledTimes(1);
    expect(statusOf('b.pdf')).toBe('queued');
    act(() => calls[0]!.onProgress(250));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '25% · 250 byte of 1,000 byte');
    await act(async () => calls[0]!.resolve('att-1'));
    expect(statusOf('a.pdf')).toBe('done');
    expect(announcement()).toHaveTextContent('“a.pdf” uploaded');
    expect(upload).toHaveBeenCalledTimes(2);
    expect(statusOf('b.pdf')).toBe('uploading');
  });

  test('a failed upload can be retried; onChange gets the results in list order', async () => {
    const { upload, calls } = controlledUpload();
    const onChange = jest.fn<(uploaded: UploadedFile<unknown>[]) => void>();
    const canvas = await runStory(Empty, { locale: 'en', args: { upload, onChange } });
    const [first, second] = [
      sampleFile('a.pdf', 10, 'application/pdf'),
      sampleFile('b.pdf', 10, 'application/pdf'),
    ];
    act(() => dropFiles(canvas, [first, second]));
    await act(async () => calls[0]!.reject(new Error('502')));
    await act(async () => calls[1]!.resolve('att-b'));
    expect(statusOf('a.pdf')).toBe('failed');
    expect(onChange).toHaveBeenLastCalledWith([{ file: second, result: 'att-b' }]);
    const retry = screen.getByRole('button', { name: 'Retry upload of “a.pdf”' });
    await userEvent.click(retry);
    expect(screen.getByRole('button', { name: 'Remove “a.pdf”' })).toHaveFocus();
    expect(upload).toHaveBeenCalledTimes(3);
    await act(async () => calls[2]!.resolve('att-a'));
    expect(onChange).toHaveBeenLastCalledWith([
      { file: first, result: 'att-a' },
      { file: second, result: 'att-b' },
    ]);
  });

  test('removing a file while it uploads aborts its signal, and its late answer is ignored', async () => {
    const { upload, calls } = controlledUpload();
    const onChange = jest.fn();
    const canvas = await runStory(Empty, { locale: 'en', args: { upload, onChange, concurrency: 1 } });
    act(() =>
      dropFiles(canvas, [
        sampleFile('a.pdf', 10, 'application/pdf'),
        sampleFile('b.pdf', 10, 'application/pdf'),
      ]),
    );
    const { signal } = calls[0]!;
    await userEvent.click(screen.getByRole('button', { name: 'Remove “a.pdf”' }));
    expect(signal.aborted).toBe(true);
    expect(statusOf('a.pdf')).toBe('removed');
    expect(statusOf('b.pdf')).toBe('uploading');
    await act(async () => calls[0]!.resolve('too late'));
    expect(statusOf('a.pdf')).toBe('removed');
    expect(onChange).not.toHaveBeenCalled();
  });

  test('removing a finished file reports it gone; undo brings it back without uploading again', async () => {
    const onChange = jest.fn();
    const canvas = await runStory(Empty, { locale: 'en', args: { onChange } });
    const file = sampleFile('a.pdf', 10, 'application/pdf');
    dropFiles(canvas, [file]);
    await waitFor(() => expect(statusOf('a.pdf')).toBe('done'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove “a.pdf”' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo removal of “a.pdf”' }));
    expect(onChange).toHaveBeenLastCalledWith([{ file, result: { id: 'att-a.pdf' } }]);
  });

  test('an upload that throws at once fails instead of breaking the list', async () => {
    const upload = jest.fn(() => {
      throw new Error('no network');
    });
    const canvas = await runStory(Empty, { locale: 'en', args: { upload } });
    dropFiles(canvas, [sampleFile('a.pdf', 10, 'application/pdf')]);
    await waitFor(() => expect(statusOf('a.pdf')).toBe('failed'));
    expect(announcement()).toHaveTextContent('Upload of “a.pdf” failed');
  });

  test('unmounting aborts the uploads still running', async () => {
    const { upload, calls } = controlledUpload();
    const canvas = await runStory(Empty, { locale: 'en', args: { upload } });
    act(() => dropFiles(canvas, [sampleFile('big.pdf', 9 * MB, 'application/pdf')]));
    await runStory(Empty, { locale: 'en' });
    expect(calls[0]!.signal.aborted).toBe(true);
  });
});
