import { defineContentScript } from 'wxt/utils/define-content-script';
import { readableFromTop, startFrameSession } from '../ui/frame-session.ts';
import { startPageSession } from '../ui/page-session.tsx';

// Loopback only at install (demo and fixture pages); real EHR and portal hosts are enabled per
// site from the options page with runtime host permissions. In every frame: the top frame reads
// the page and same-origin frames; a frame of another origin reads itself and reports to the top.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    if (window !== window.top) {
      if (!readableFromTop()) startFrameSession(ctx);
      return;
    }
    startPageSession(ctx).catch((err: unknown) => console.warn('Chartside:', err));
  },
});
