// The uploads of one FileUpload: which file is in which state, and which run. Kept outside React so starting the
// next upload when one settles happens in the settling callback itself, not in an effect that could run twice.

export type FileUploadStatus = 'queued' | 'uploading' | 'done' | 'failed' | 'removed';

/** Sends one file; the console does it over HTTP. Report bytes sent with `onProgress`; stop when `signal` aborts. */
export type UploadFn<Result> = (
  file: File,
  onProgress: (loadedBytes: number) => void,
  signal: AbortSignal,
) => Promise<Result>;

export interface UploadedFile<Result> {
  file: File;
  /** What `upload` resolved with, e.g. the attachment id from the server. */
  result: Result;
}

export interface UploadItem<Result> {
  id: string;
  file: File;
  status: FileUploadStatus;
  /** Bytes sent so far. */
  loaded: number;
  /** Set once the upload is done, and kept while the file is removed, so undoing the removal needs no re-upload. */
  uploaded?: UploadedFile<Result>;
}

export interface UploadQueueHandlers<Result> {
  upload: UploadFn<Result>;
  /** How many files upload at the same time. */
  concurrency: number;
  /** The set of done files changed (one finished, was removed or came back). */
  onUploadedChange: (uploaded: UploadedFile<Result>[]) => void;
  /** An upload finished or failed; for the announcement. */
  onSettled: (item: UploadItem<Result>) => void;
}

export class UploadQueue<Result> {
  #items: readonly UploadItem<Result>[] = [];
  readonly #running = new Map<string, AbortController>();
  readonly #listeners = new Set<() => void>();
  #nextId = 0;
  #handlers: UploadQueueHandlers<Result>;

  constructor(handlers: UploadQueueHandlers<Result>) {
    this.#handlers = handlers;
  }

  /** Called by the component after every render, so uploads and callbacks always see its latest props. */
  configure(handlers: UploadQueueHandlers<Result>): void {
    this.#handlers = handlers;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly UploadItem<Result>[] => this.#items;

  add(files: readonly File[]): void {
    const added = files.map((file) => ({
      id: `upload-${(this.#nextId += 1)}`,
      file,
      status: 'queued' as const,
      loaded: 0,
    }));
    this.#set([...this.#items, ...added]);
    this.#pump();
  }

  /** Takes a file off (aborting its upload if it runs); it stays listed as removed so the agent can undo. */
  remove(id: string): void {
    const item = this.#find(id);
    if (!item || item.status === 'removed') return;
    this.#running.get(id)?.abort();
    this.#running.delete(id);
    this.#update(id, { status: 'removed' });
    if (item.status === 'done') this.#reportUploaded();
    this.#pump();
  }

  /** Undoes a removal: a finished upload comes back as it was, any other starts again. */
  restore(id: string): void {
    const item = this.#find(id);
    if (item?.status !== 'removed') return;
    if (item.uploaded) {
      this.#update(id, { status: 'done' });
      this.#reportUploaded();
    } else {
      this.#update(id, { status: 'queued', loaded: 0 });
      this.#pump();
    }
  }

  retry(id: string): void {
    if (this.#find(id)?.status !== 'failed') return;
    this.#update(id, { status: 'queued', loaded: 0 });
    this.#pump();
  }

  /** Stops every running upload, for when the component goes away. */
  abortAll(): void {
    this.#running.forEach((controller) => controller.abort());
    this.#running.clear();
  }

  #pump(): void {
    const free = this.#handlers.concurrency - this.#running.size;
    this.#items
      .filter((item) => item.status === 'queued')
      .slice(0, Math.max(free, 0))
      .forEach((item) => this.#start(item));
  }

  #start(item: UploadItem<Result>): void {
    const controller = new AbortController();
    const { id, file } = item;
    this.#running.set(id, controller);
    this.#update(id, { status: 'uploading', loaded: 0 });
    // A superseded attempt (removed, or the component unmounted) must not touch the list any more.
    const current = () => this.#running.get(id) === controller;
    const onProgress = (loaded: number) => {
      if (current()) this.#update(id, { loaded: Math.min(Math.max(loaded, 0), file.size) });
    };
    // async turns an `upload` that throws synchronously into a failed upload instead of a crash.
    const attempt = async () => this.#handlers.upload(file, onProgress, controller.signal);
    attempt().then(
      (result) => {
        if (!current()) return;
        this.#settle(id, { status: 'done', loaded: file.size, uploaded: { file, result } });
        this.#reportUploaded();
      },
      () => {
        if (current()) this.#settle(id, { status: 'failed' });
      },
    );
  }

  #settle(id: string, change: Partial<UploadItem<Result>>): void {
    this.#running.delete(id);
    this.#update(id, change);
    const settled = this.#find(id);
    if (settled) this.#handlers.onSettled(settled);
    this.#pump();
  }

  #reportUploaded(): void {
    this.#handlers.onUploadedChange(
      this.#items.flatMap((item) => (item.status === 'done' && item.uploaded ? [item.uploaded] : [])),
    );
  }

  #find(id: string): UploadItem<Result> | undefined {
    return this.#items.find((item) => item.id === id);
  }

  #update(id: string, change: Partial<UploadItem<Result>>): void {
    this.#set(this.#items.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }

  #set(items: readonly UploadItem<Result>[]): void {
    this.#items = items;
    this.#listeners.forEach((listener) => listener());
  }
}
