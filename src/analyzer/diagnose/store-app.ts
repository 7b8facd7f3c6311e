/**
 * Apps from the Microsoft Store, which the Windows Update agent installs and logs as it does
 * updates: their title is the app's Store product id and its package name
 * (`9WZDNCRFJBMP-MICROSOFT.WINDOWSSTORE`, event 20 of a System log). A product id is twelve
 * capitals and digits, and an app's starts with 9.
 */
const STORE_PRODUCT = /^9[0-9A-Z]{11}-\S/;

/** Whether an update attempt is a Store app's, as its title shows. */
export const isStoreApp = (update: { title?: string }): boolean => STORE_PRODUCT.test(update.title ?? '');
