/** The file buttons the history and the ledger share: a dated file name, a JSON import, a confirmed wipe. */

export const dateStamp = () => new Date().toISOString().slice(0, 10);

interface ImportProps {
  label: string;
  testId: string;
  /** reads the file's text in; resolves to how many records came in */
  load(text: string): Promise<number>;
  done(count: number): void;
  failed(): void;
}

/** A real file input inside the label: keyboard focus and screen readers reach it as they would a button. */
export function ImportJson({ label, testId, load, done, failed }: ImportProps) {
  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      done(await load(await file.text()));
    } catch {
      failed();
    }
  };
  return (
    <label class="file">
      {label}
      <input type="file" accept="application/json,.json" data-testid={testId} onChange={pick} />
    </label>
  );
}

interface DeleteAllProps {
  label: string;
  testId: string;
  question: string;
  clear(): Promise<void>;
  done(): void;
}

export function DeleteAll({ label, testId, question, clear, done }: DeleteAllProps) {
  const wipe = async () => {
    if (!confirm(question)) return;
    await clear();
    done();
  };
  return (
    <button type="button" class="danger" data-testid={testId} onClick={() => void wipe()}>
      {label}
    </button>
  );
}
