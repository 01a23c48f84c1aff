/**
 * Debian's Firefox ESR, headless, with a Veil build installed as a temporary add-on over WebDriver
 * BiDi (puppeteer-core). Host permissions are granted by default so the e2e build's 127.0.0.1
 * matches apply without a prompt (PLATFORMS-AND-INTERCEPTION.md §6).
 */
import puppeteer, { type Browser } from 'puppeteer-core';

export async function launchFirefoxWithVeil(extensionDir: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}
