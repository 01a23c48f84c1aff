/**
 * Debian's Firefox ESR, headless, with a Veil build installed as a temporary add-on over WebDriver
 * BiDi (puppeteer-core). Host permissions are granted by default so the e2e build's 127.0.0.1
 * matches apply without a prompt (PLATFORMS-AND-INTERCEPTION.md §6).
 *
 * Every launch from an e2e test is under the network watch (network-watch.ts): all traffic goes
 * through a recording proxy, loopback included, and Firefox's own background traffic is switched
 * off by prefs, so anything but the tests' loopback requests reaching the recorder is a finding.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { countLaunch, defaultWatch, type NetworkWatch } from './network-watch.ts';
import { startRecordingProxy } from './recording-proxy.ts';

export interface FirefoxOptions {
  /** Further add-ons to install after Veil (the network watch's own probe). */
  extraExtensions?: string[];
  /** The watch to record into; by default the e2e file's, which must stay empty. */
  watch?: NetworkWatch;
  /** More preferences (e.g. answering optional-permission requests without a prompt). */
  prefs?: Record<string, string | number | boolean>;
}

/** Firefox's own traffic, off: each of these otherwise reaches the recorder at start-up. */
const QUIET_PREFS = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.topsites.contile.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'privacy.query_stripping.enabled': false,
  'services.settings.server': 'data:,#remote-settings-off',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

export async function launchFirefoxWithVeil(
  extensionDir: string,
  options: FirefoxOptions = {},
): Promise<Browser> {
  const watch = options.watch ?? defaultWatch();
  const proxy = watch ? await startRecordingProxy((r) => watch.fromProxy(r)) : null;
  const watched = proxy
    ? {
        // Every request through the recorder, loopback included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': true,
      }
    : {};
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
      // Release builds ignore services.settings.server unless this is set (remote settings).
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.originControls.grantByDefault': true,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        ...QUIET_PREFS,
        ...watched,
        ...options.prefs,
      },
    });
  } catch (error) {
    await proxy?.close();
    throw error;
  }
  if (watch) countLaunch(watch, 'firefox');
  if (proxy) browser.once('disconnected', () => void proxy.close());
  try {
    await browser.installExtension(extensionDir);
    for (const extra of options.extraExtensions ?? []) await browser.installExtension(extra);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
