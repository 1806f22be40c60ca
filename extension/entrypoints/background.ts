import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../services/router.ts';

// The background owns the engines and Dexie; content scripts only extract and render.
export default defineBackground(() => {
  listen();
});
