/** The one key main and post share through workflow.saveState / workflow.getState. */
export const STATE_KEY = 'instance';
