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

// Captured when this module is evaluated, before any page script (MAIN world), and called
// through `Reflect.apply`: a page that later replaces `Function.prototype.call`, `Map`
// methods or `Array.prototype` accessors must not see or steer a message (they carry files).
const apply = Reflect.apply;
const addListenerFn = EventTarget.prototype.addEventListener;
const removeListenerFn = EventTarget.prototype.removeEventListener;
const dispatchFn = EventTarget.prototype.dispatchEvent;
const NativeCustomEvent = CustomEvent;
const detailFn = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
const getRandomValues = crypto.getRandomValues.bind(crypto);
const NativePromise = Promise;
const mapGet = Map.prototype.get;
const mapSet = Map.prototype.set;
const mapDelete = Map.prototype.delete;
const setPrototypeOf = Object.setPrototypeOf;

const addListener = (t: EventTarget, name: string, fn: (e: Event) => void) =>
  apply(addListenerFn, t, [name, fn, true]);
const removeListener = (t: EventTarget, name: string, fn: (e: Event) => void) =>
  apply(removeListenerFn, t, [name, fn, true]);
const detailOf = (event: Event): unknown => apply(detailFn, event, []);

/** An array with no prototype (no page setter runs on a store); index and `length` only. */
function bare<T>(): T[] {
  const array: T[] = [];
  setPrototypeOf(array, null);
  return array;
}

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
  const outbox = bare<BridgeMessage>();
  const handlers = bare<(m: BridgeMessage) => void>();
  const pending = new Map<string, (m: BridgeMessage) => void>();
  let nextId = 1;

  const send = (name: string, detail: unknown) => {
    // A null-prototype init: dictionary reads must not reach accessors on Object.prototype.
    const init = { __proto__: null, detail: exportDetail(detail) } as CustomEventInit;
    apply(dispatchFn, target, [new NativeCustomEvent(name, init)]);
  };
  const flush = () => {
    if (!theirs) return;
    for (let i = 0; i < outbox.length; i++) send(theirs, outbox[i]);
    outbox.length = 0;
  };
  const stopHandshake = () => removeListener(target, options.handshakeName, onHandshake);

  const onPrivate = (event: Event) => {
    const detail = detailOf(event);
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
      const resolve = apply(mapGet, pending, [detail.id]) as
        ((m: BridgeMessage) => void) | undefined;
      apply(mapDelete, pending, [detail.id]);
      resolve?.(detail);
      return;
    }
    for (let i = 0; i < handlers.length; i++) handlers[i]!(detail);
  };

  function onHandshake(event: Event) {
    const detail = detailOf(event);
    if (typeof detail !== 'string' || theirs !== null) return;
    const [otherRole, name] = detail.split(':');
    if (!name || otherRole === role || (otherRole !== 'main' && otherRole !== 'isolated')) return;
    theirs = name;
    stopHandshake();
    send(theirs, { op: 'hello', name: mine });
    flush();
  }

  addListener(target, mine, onPrivate);
  addListener(target, options.handshakeName, onHandshake);
  send(options.handshakeName, `${role}:${mine}`);

  const post = (message: BridgeMessage) => {
    outbox[outbox.length] = message;
    flush();
  };
  return {
    post,
    request(message) {
      const id = `${nextId++}`;
      return new NativePromise<BridgeMessage>((resolve) => {
        apply(mapSet, pending, [id, resolve]);
        post({ ...message, id });
      });
    },
    reply(id, message) {
      if (typeof id === 'string') post({ ...message, op: 'reply', id });
    },
    onMessage(handler) {
      handlers[handlers.length] = handler;
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
