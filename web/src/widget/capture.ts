// zetchat-cobrowse.js: the widget's recorder, a second classic script loaded by the widget only
// once a customer consents to co-browsing (vite.widget-capture.config.ts).
import { startCapture } from '@/features/cobrowse/capture/record';

window.ZetChatCapture ??= { startCapture };
