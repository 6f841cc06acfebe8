import type { components } from './schema';

/** The backend's schemas by name: `Schemas['Result']`, `Schemas['ChatMessageView']` … */
export type Schemas = components['schemas'];
