import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from '../ui/page-session.tsx';

// Loopback only at install (demo and fixture pages); real EHR and portal hosts are enabled per
// site from the options page with runtime host permissions.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageSession(ctx).catch((err: unknown) => console.warn('Chartside:', err));
  },
});
