import { app, dialog } from 'electron';
import { startCore, type Core, type CoreOptions } from '../core/app-core';
import { restoreRefusedFile } from '../core/db/put-copy-in-place';
import { StoreError } from '../core/errors';

/**
 * When the data file was refused at start-up and a good copy exists: says what is wrong and offers
 * Restore / Quit. Resolves true once the copy is in place (the refused file kept aside), so the caller
 * starts again; false when there is nothing to offer.
 */
async function offerRestoreAtStartup(error: unknown): Promise<boolean> {
  const offer = error instanceof StoreError ? error.restoreOffer : undefined;
  if (!offer?.copy) return false;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Mentor Planner cannot open your data',
    message: 'Mentor Planner cannot open your data',
    detail: (error as StoreError).message,
    buttons: [`Restore ${offer.copy.fileName}`, 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) {
    // Quit: the dialog already said everything, so no second error box.
    app.exit(1);
    return false;
  }
  restoreRefusedFile(offer, new Date());
  return true;
}

/** startCore, but a refused data file first gets the Restore / Quit dialog; after a restore it opens the copy. */
export async function startCoreOfferingRestore(options: CoreOptions): Promise<Core> {
  for (;;) {
    try {
      return await startCore(options);
    } catch (error) {
      if (!(await offerRestoreAtStartup(error))) throw error;
    }
  }
}
