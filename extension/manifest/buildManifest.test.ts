import { buildManifest } from './buildManifest';
import { managedSchema } from './managedSchema';
import { SETTING_KEYS } from '../src/settings/extensionSettings';

const input = {
  version: '1.2.3',
  panelPage: 'panel/panel.html',
  optionsPage: 'options/options.html',
  background: 'background.js',
  managedSchema: 'managed_schema.json',
  icons: { '128': 'icons/icon-128.png' },
};

describe('the manifest per browser', () => {
  it('gives Chrome a side panel, a service worker and the managed schema', () => {
    const manifest = buildManifest('chrome', input);
    expect(manifest).toMatchObject({
      manifest_version: 3,
      version: '1.2.3',
      side_panel: { default_path: 'panel/panel.html' },
      background: { service_worker: 'background.js' },
      storage: { managed_schema: 'managed_schema.json' },
      options_ui: { page: 'options/options.html' },
    });
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['sidePanel', 'storage', 'notifications', 'identity']),
    );
    expect(manifest).not.toHaveProperty('sidebar_action');
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox the same page as a sidebar, a background script and an add-on id', () => {
    const manifest = buildManifest('firefox', input);
    expect(manifest).toMatchObject({
      manifest_version: 3,
      sidebar_action: { default_panel: 'panel/panel.html' },
      background: { scripts: ['background.js'] },
      browser_specific_settings: { gecko: { id: expect.stringContaining('@') as unknown } },
    });
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest).not.toHaveProperty('side_panel');
    expect(manifest).not.toHaveProperty('storage');
  });

  it('loads no remote code in either browser', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const csp = (
        buildManifest(browser, input).content_security_policy as { extension_pages: string }
      ).extension_pages;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
    }
  });

  it('has a managed-schema property for every setting', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...SETTING_KEYS].sort());
  });
});
