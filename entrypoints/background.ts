// The background worker will own settings, receipts and text scanning (issues 4–6).
// For now it only exists so both browser builds have a valid MV3 service worker.
export default defineBackground(() => {});
