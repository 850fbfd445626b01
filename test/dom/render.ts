/** Mounting Preact components under jsdom and letting their promises settle. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

export async function mount(node: ComponentChild): Promise<{ root: HTMLElement; unmount(): void }> {
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    render(node, root);
  });
  await settle();
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}

export const all = (root: HTMLElement, testId: string) => [...root.querySelectorAll(`[data-testid="${testId}"]`)];
