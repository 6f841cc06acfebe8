// Where the backend is. The app is normally served by the backend itself (same origin); the widget,
// embedded on another site, will pass its own base URL. VITE_API_BASE_URL overrides at build time.
const configured = import.meta.env.VITE_API_BASE_URL as string | undefined;

export const apiBaseUrl: string = (configured ?? globalThis.location?.origin ?? '').replace(/\/+$/, '');

/** The chat socket: ws(s)://<backend>/ws. */
export const socketUrl: string = `${apiBaseUrl.replace(/^http/, 'ws')}/ws`;
