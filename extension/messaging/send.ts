import { browser } from 'wxt/browser';
import type { Reply, RequestOf, RequestType, ResponseMap } from './protocol.ts';

/** Sends one typed request to the background and unwraps its reply (errors become rejections). */
export async function send<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<ResponseMap[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<K> | undefined;
  if (!reply) throw new Error('Chartside background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
