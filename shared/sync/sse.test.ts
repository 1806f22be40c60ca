import { describe, expect, it } from 'vitest';
import { SseParser } from './sse.ts';

describe('SseParser', () => {
  it('parses events split at any point, skips comments, keeps the last id', () => {
    const text = ': ok\n\nevent: note\nid: 7\ndata: {"a":1}\n\nevent: thread\r\nid: 8\r\ndata: line1\r\ndata: line2\r\n\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new SseParser();
      const events = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut))];
      expect(events, `cut at ${cut}`).toEqual([
        { id: '7', event: 'note', data: '{"a":1}' },
        { id: '8', event: 'thread', data: 'line1\nline2' },
      ]);
      expect(p.lastEventId).toBe('8');
    }
  });

  it('defaults the event name to message and ignores unknown fields', () => {
    const p = new SseParser();
    expect(p.push('retry: 10\nfoo: bar\ndata:x\n\n')).toEqual([{ id: null, event: 'message', data: 'x' }]);
  });
});
