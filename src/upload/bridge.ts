/**
 * The private channel between the MAIN-world hook and the isolated content script. Pages must
 * not be able to listen in, spoof it, or detect Veil by it, so:
 *   - each side picks a random event name at start and only listens on that name;
 *   - the two names are swapped once, through a build-time random event name, while no page
 *     script has run yet (both scripts run at document_start); the swap listener is then removed;
 *   - the MAIN side uses built-ins captured before page code runs, so a page that later patches
 *     `dispatchEvent` or `CustomEvent` sees nothing.
 * Messages are plain objects checked by shape on arrival; there is no "skip cleaning" message.
 */
export type Role = 'main' | 'isolated';

export interface BridgeOptions {
  role: Role;
  /** The build-time random handshake name (the same in both bundles of one build). */
  handshakeName: string;
  target: EventTarget;
  /** Firefox: make an object readable by the page world (`cloneInto`). Identity elsewhere. */
  exportDetail?: (detail: unknown) => unknown;
}

export type BridgeMessage = Record<string, unknown> & { op: string };

export interface Bridge {
  /** Sends now, or as soon as the other side is known. */
  post(message: BridgeMessage): void;
  /** Sends a message with a fresh `id` and resolves with the reply carrying that `id`. */
  request(message: BridgeMessage): Promise<BridgeMessage>;
  /** Replies to a request. */
  reply(id: unknown, message: BridgeMessage): void;
  onMessage(handler: (message: BridgeMessage) => void): void;
  isPaired(): boolean;
}

// Captured when this module is evaluated, before any page script (MAIN world).
const addListener = EventTarget.prototype.addEventListener;
const removeListener = EventTarget.prototype.removeEventListener;
const dispatch = EventTarget.prototype.dispatchEvent;
const NativeCustomEvent = CustomEvent;
const detailOf = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
const getRandomValues = crypto.getRandomValues.bind(crypto);
const NativePromise = Promise;

export function randomEventName(): string {
  const bytes = getRandomValues(new Uint8Array(12));
  let name = '';
  for (const b of bytes) name += ((b % 26) + 10).toString(36) + (b >> 4).toString(16);
  return name;
}

export function openBridge(options: BridgeOptions): Bridge {
  const { role, target } = options;
  const exportDetail = options.exportDetail ?? ((d: unknown) => d);
  const mine = randomEventName();
  let theirs: string | null = null;
  const outbox: BridgeMessage[] = [];
  const handlers: ((m: BridgeMessage) => void)[] = [];
  const pending = new Map<string, (m: BridgeMessage) => void>();
  let nextId = 1;

  const send = (name: string, detail: unknown) => {
    dispatch.call(target, new NativeCustomEvent(name, { detail: exportDetail(detail) }));
  };
  const flush = () => {
    while (theirs && outbox.length) send(theirs, outbox.shift());
  };
  const stopHandshake = () => removeListener.call(target, options.handshakeName, onHandshake, true);

  const onPrivate = (event: Event) => {
    const detail = detailOf.call(event) as unknown;
    if (!isMessage(detail)) return;
    if (detail.op === 'hello') {
      if (theirs === null && typeof detail.name === 'string') {
        theirs = detail.name;
        stopHandshake();
        flush();
      }
      return;
    }
    if (detail.op === 'reply' && typeof detail.id === 'string') {
      const resolve = pending.get(detail.id);
      pending.delete(detail.id);
      resolve?.(detail);
      return;
    }
    for (const handler of handlers) handler(detail);
  };

  function onHandshake(event: Event) {
    const detail = detailOf.call(event) as unknown;
    if (typeof detail !== 'string' || theirs !== null) return;
    const [otherRole, name] = detail.split(':');
    if (!name || otherRole === role || (otherRole !== 'main' && otherRole !== 'isolated')) return;
    theirs = name;
    stopHandshake();
    send(theirs, { op: 'hello', name: mine });
    flush();
  }

  addListener.call(target, mine, onPrivate, true);
  addListener.call(target, options.handshakeName, onHandshake, true);
  send(options.handshakeName, `${role}:${mine}`);

  const post = (message: BridgeMessage) => {
    outbox.push(message);
    flush();
  };
  return {
    post,
    request(message) {
      const id = `${nextId++}`;
      return new NativePromise<BridgeMessage>((resolve) => {
        pending.set(id, resolve);
        post({ ...message, id });
      });
    },
    reply(id, message) {
      if (typeof id === 'string') post({ ...message, op: 'reply', id });
    },
    onMessage(handler) {
      handlers.push(handler);
    },
    isPaired: () => theirs !== null,
  };
}

function isMessage(value: unknown): value is BridgeMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { op?: unknown }).op === 'string'
  );
}
