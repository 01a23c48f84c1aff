/**
 * The last line of defence, in the MAIN world (technique G, as a tripwire): a photo or video
 * Blob that Veil has not vetted, about to leave through `fetch`, `XMLHttpRequest` or
 * `sendBeacon`, is stopped until the isolated script has checked it (and, if it still carries
 * hidden details, the user has decided). This also reveals any path the first layers missed.
 */
import type { Bridge } from './bridge.ts';
import { nativeGetter, natives as n, uncurry, wrapMethod } from './hook-natives.ts';

export interface EgressState {
  active: boolean;
  isVetted(blob: Blob): boolean;
  vetDerived(blob: Blob): void;
}

/**
 * Brand checks with captured getters rather than `instanceof`, which a Blob or FormData made in
 * another frame (an about:blank iframe's realm) would fail, slipping past the tripwire.
 */
function isBlob(value: unknown): value is Blob {
  if (value === null || typeof value !== 'object') return false;
  try {
    n.blobSize(value);
    return true;
  } catch {
    return false;
  }
}

const arrayFrom = Array.from;
const regexTest = uncurry(RegExp.prototype.test);
const MULTIPART = /^multipart\/form-data/i;
const TEXT_BODY = /^(text\/|application\/(json|x-www-form-urlencoded|graphql)\b)/i;

function formDataEntries(value: unknown): FormDataEntryValue[] | null {
  if (value === null || typeof value !== 'object') return null;
  try {
    return arrayFrom(n.formDataValues(value as FormData));
  } catch {
    return null;
  }
}

/** The Blobs in a request body that Veil has not vetted. */
function unvettedBlobs(body: unknown, state: EgressState): Blob[] {
  if (!state.active || body === null || body === undefined) return [];
  if (isBlob(body)) return state.isVetted(body) ? [] : [body];
  const entries = formDataEntries(body);
  if (!entries) return [];
  const out: Blob[] = [];
  for (const value of entries) if (isBlob(value) && !state.isVetted(value)) out.push(value);
  return out;
}

const MEDIA_NAME = /\.(jpe?g|png|gif|webp|hei[cf]|avif|tiff?|dng|mp4|mov|m4v|3gp|webm|mkv|avi)$/i;
const looksLikeMedia = (blob: Blob) =>
  /^(image|video)\//i.test(blob.type) || MEDIA_NAME.test((blob as Partial<File>).name ?? '');

/**
 * A `Request` made with a body (`fetch(new Request(url, { method: 'POST', body }))`) carries it
 * inside, where the wrapper cannot see the Blobs: a copy of the request is read back (a
 * multipart body as its parts) so the isolated script can judge the bytes that would leave.
 */
function requestReader(win: Window & typeof globalThis) {
  const proto = win.Request.prototype;
  const methodOf = nativeGetter(proto, 'method') as (r: unknown) => string;
  const headersOf = nativeGetter(proto, 'headers') as (r: Request) => Headers;
  // Firefox has no `Request.prototype.body` (no request streams): there a POST without a body
  // reads back as an empty Blob, which passes.
  const bodyOf = Object.getOwnPropertyDescriptor(proto, 'body')?.get
    ? (nativeGetter(proto, 'body') as (r: Request) => unknown)
    : null;
  const headerGet = uncurry(win.Headers.prototype.get);
  const clone = uncurry(proto.clone);
  const formData = uncurry(proto.formData);
  const blob = uncurry(proto.blob);

  /** The request's body as Blobs to check, or null when `input` is not a Request with a body. */
  return async (input: unknown): Promise<Blob[] | null> => {
    if (input === null || typeof input !== 'object') return null;
    let method: string;
    try {
      method = methodOf(input);
    } catch {
      return null; // not a Request
    }
    const request = input as Request;
    if (method === 'GET' || method === 'HEAD' || bodyOf?.(request) === null) return null;
    const type = headerGet(headersOf(request), 'content-type') ?? '';
    // Text bodies (JSON API calls and the like) are left alone: reading them back would slow
    // every such request, and a photo sent as text is not what this line looks for.
    if (regexTest(TEXT_BODY, type)) return null;
    const copy = clone(request);
    if (regexTest(MULTIPART, type)) {
      const out: Blob[] = [];
      for (const value of formDataEntries(await formData(copy)) ?? []) {
        if (isBlob(value)) out[out.length] = value;
      }
      return out;
    }
    return [await blob(copy)];
  };
}

export function installEgressTripwire(
  win: Window & typeof globalThis,
  bridge: Bridge,
  state: EgressState,
): void {
  const allowed = (blobs: Blob[]): Promise<boolean> =>
    blobs.length === 0
      ? n.Promise.resolve(true)
      : bridge.request({ op: 'check', blobs }).then((reply) => reply.allow === true);

  const readRequest = requestReader(win);
  wrapMethod(
    win,
    'fetch',
    (original) =>
      function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        const send = () => n.apply(original, this, [input, init]) as Promise<Response>;
        const refuse = () => n.Promise.reject(new TypeError('Failed to fetch'));
        const blobs = unvettedBlobs(init?.body, state);
        if (blobs.length > 0) return allowed(blobs).then((ok) => (ok ? send() : refuse()));
        if (!state.active || init?.body !== undefined) return send();
        return readRequest(input)
          .then(
            (inside) => (inside ? allowed(inside) : true),
            // A body that cannot be read back cannot be judged: it does not leave.
            () => false,
          )
          .then((ok) => (ok ? send() : refuse()));
      } as typeof fetch,
  );

  const getAll = uncurry(win.FormData.prototype.getAll) as (
    form: FormData,
    name: string,
  ) => FormDataEntryValue[];
  for (const method of ['append', 'set'] as const) {
    wrapMethod(
      win.FormData.prototype,
      method,
      (original) =>
        function (this: FormData, ...args: [string, string | Blob, string?]) {
          const result = n.apply(original, this, args);
          const value = args[1];
          // `append(name, blob, filename)` stores a new File wrapping the blob: an entry made
          // from a vetted blob (a cleaned file, or a slice of one in a chunked upload) is vetted.
          if (isBlob(value) && state.isVetted(value)) {
            const stored = getAll(this, String(args[0]));
            const entry = stored[stored.length - 1];
            if (isBlob(entry)) state.vetDerived(entry);
          }
          return result;
        } as typeof original,
    );
  }

  const xhr = win.XMLHttpRequest.prototype;
  wrapMethod(
    xhr,
    'send',
    (original) =>
      function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        const blobs = unvettedBlobs(body, state);
        if (blobs.length === 0) return original.call(this, body);
        void allowed(blobs).then((ok) => {
          if (ok) return original.call(this, body);
          // Behave like a network failure so the page's error handling runs.
          for (const type of ['error', 'loadend']) {
            n.dispatch(this, new win.ProgressEvent(type));
          }
        });
      },
  );

  if (typeof win.navigator.sendBeacon === 'function') {
    const nav = win.Navigator.prototype;
    wrapMethod(
      nav,
      'sendBeacon',
      (original) =>
        function (this: Navigator, url: string | URL, data?: BodyInit | null) {
          // Synchronous API: there is no time to read bytes, so judge by type and name.
          const risky = unvettedBlobs(data, state).filter(looksLikeMedia);
          if (risky.length === 0) return original.call(this, url, data);
          bridge.post({ op: 'blocked' });
          return false;
        },
    );
  }
}
