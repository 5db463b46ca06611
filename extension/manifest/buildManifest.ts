// One manifest source, two browsers. Chrome shows the panel page in its side panel and reads
// managed settings through the schema; Firefox shows the same page as a sidebar, loads the
// background as a script and needs its add-on id. Everything else is shared.

export type Browser = 'chrome' | 'firefox';

export interface ManifestInput {
  version: string;
  /** Files in the build, relative to its root. */
  panelPage: string;
  optionsPage: string;
  background: string;
  managedSchema: string;
  icons: Record<string, string>;
}

/** Gecko id of the add-on (MV3 requires one); the extension's origin in Firefox follows it. */
export const FIREFOX_ADDON_ID = 'acd-chat@acd.example.com';
/**
 * The manifest's data_collection_permissions key needs Firefox 140 (ESR) on desktop and 142
 * on Android (addons-linter warns below that); storage.session and sidebar_action are older.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** sidePanel.setPanelBehavior arrived in Chrome 116. */
export const CHROME_MIN_VERSION = '116';

export function buildManifest(browser: Browser, input: ManifestInput): Record<string, unknown> {
  const permissions = ['storage', 'notifications', 'identity'];
  const common = {
    manifest_version: 3,
    name: 'ACD Chat',
    short_name: 'ACD Chat',
    version: input.version,
    description: 'The ACD chat agent client beside any web page.',
    icons: input.icons,
    action: { default_title: 'ACD Chat', default_icon: input.icons },
    options_ui: { page: input.optionsPage, open_in_tab: true },
    // Bundled code only (MV3 forbids remote code); the panel talks to the platform it is set to.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  };
  if (browser === 'chrome') {
    return {
      ...common,
      minimum_chrome_version: CHROME_MIN_VERSION,
      permissions: [...permissions, 'sidePanel'],
      background: { service_worker: input.background },
      side_panel: { default_path: input.panelPage },
      storage: { managed_schema: input.managedSchema },
    };
  }
  return {
    ...common,
    permissions,
    background: { scripts: [input.background] },
    sidebar_action: {
      default_panel: input.panelPage,
      default_title: 'ACD Chat',
      default_icon: input.icons,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ADDON_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // The chats and logs go to the platform and web hook the organisation configured.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
