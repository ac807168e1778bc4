/** The one key main and post share through core.saveState / core.getState. */
export const STATE_KEY = 'instance';
