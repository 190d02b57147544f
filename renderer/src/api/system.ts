import { useOperationMutation, useOperationQuery } from './hooks';
import { call } from './transport';

export const useAppInfo = () => useOperationQuery('app.info');
/** Sound or damaged (then every write is refused): asked again every half minute. */
export const useStoreHealth = () => useOperationQuery('app.health', undefined, { refetchInterval: 30_000 });
export const useSettings = () => useOperationQuery('settings.get');
export const useUpdateSettings = () => useOperationMutation('settings.update', ['settings', 'reminders']);

/**
 * Copies text: through the desktop's clipboard where the app has one, else the browser's. Rejects with a
 * sentence the user can act on.
 */
export async function copyText(text: string): Promise<void> {
  const { copied } = await call('clipboard.copy', { text });
  if (copied) return;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new Error('Your browser did not allow copying. Select the text and copy it with Ctrl+C (⌘C on a Mac).');
  }
}
