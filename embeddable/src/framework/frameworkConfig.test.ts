import { clientIdFor, readFrameworkConfig } from './frameworkConfig';

// A config as files written for the real platform carry it (voice settings included).
const realFile = {
  name: 'AcmeCRM',
  clientIds: {
    'mypurecloud.com': 'id-us',
    'usw2.pure.cloud': 'id-usw2',
    'mypurecloud.jp': 'id-jp',
  },
  customInteractionAttributes: ['PT_URLPop', 'PT_SearchValue'],
  settings: {
    embedWebRTCByDefault: true,
    hideWebRTCPopUpOption: false,
    enableCallLogs: true,
    hideCallLogSubject: true,
    hideCallLogContact: false,
    hideCallLogRelation: false,
    enableTransferContext: true,
    dedicatedLoginWindow: false,
    searchTargets: ['people', 'queues', 'frameworkcontacts'],
    callControls: ['pickup', 'transfer', 'mute', 'disconnect'],
    theme: { primary: '#62367A', text: '#DAD5DD' },
    display: { interactionDetails: { call: ['call.Ani'] } },
  },
  helpLinks: {
    InteractionList: 'https://help.example.com/list',
    CallLog: 'https://help.example.com/log',
  },
};

describe('Framework.config', () => {
  it('reads a file written for the real platform without a warning', () => {
    const { config, warnings } = readFrameworkConfig(realFile);
    expect(warnings).toEqual([]);
    expect(config.name).toBe('AcmeCRM');
    expect(config.customInteractionAttributes).toEqual(['PT_URLPop', 'PT_SearchValue']);
    expect(config.settings).toMatchObject({
      enableCallLogs: true,
      hideCallLogSubject: true,
      hideCallLogContact: false,
      searchTargets: ['people', 'queues', 'frameworkContacts'],
      theme: { primary: '#62367A', text: '#DAD5DD' },
    });
    expect(config.helpLinks).toEqual({
      InteractionList: 'https://help.example.com/list',
      CallLog: 'https://help.example.com/log',
    });
  });

  it('accepts both spellings of frameworkContacts, once', () => {
    const { config } = readFrameworkConfig({
      settings: { searchTargets: ['frameworkContacts', 'frameworkcontacts', 'externalContacts'] },
    });
    expect(config.settings.searchTargets).toEqual(['frameworkContacts']);
  });

  it('reports unknown keys and wrong types, and falls back to the defaults', () => {
    const { config, warnings } = readFrameworkConfig({
      nmae: 'typo',
      settings: { enableCallLogs: 'yes', theme: { primary: 'url(javascript:1)' }, flavour: 1 },
      helpLinks: { Settings: 'javascript:alert(1)', Other: 'https://x.test' },
    });
    expect(config.settings.enableCallLogs).toBe(false);
    expect(config.settings.theme).toEqual({});
    expect(config.helpLinks).toEqual({});
    expect(warnings).toEqual([
      'unknown key config.nmae',
      'config.helpLinks.Settings is not an http(s) URL',
      'unknown help link config.helpLinks.Other',
      'unknown setting config.settings.flavour',
      'config.settings.enableCallLogs must be true or false',
      'config.settings.theme.primary is not a colour',
    ]);
  });

  it('treats a missing config as the defaults, with one warning', () => {
    const { config, warnings } = readFrameworkConfig(undefined);
    expect(config.settings.enableCallLogs).toBe(false);
    expect(config.settings.searchTargets).toEqual(['people', 'queues']);
    expect(warnings).toHaveLength(1);
  });
});

describe('clientIds by region host', () => {
  const ids = {
    'mypurecloud.com': 'us',
    'usw2.pure.cloud': 'usw2',
    'pure.cloud': 'generic',
    '127.0.0.1': 'sim',
  };

  it('takes the entry whose key is the login host or its longest suffix', () => {
    expect(clientIdFor(ids, 'https://login.mypurecloud.com')).toBe('us');
    expect(clientIdFor(ids, 'https://login.usw2.pure.cloud')).toBe('usw2');
    expect(clientIdFor(ids, 'https://login.cac1.pure.cloud')).toBe('generic');
    expect(clientIdFor(ids, 'http://127.0.0.1:4010')).toBe('sim');
  });

  it('matches at a label boundary only', () => {
    expect(clientIdFor({ 'pure.cloud': 'x' }, 'https://notpure.cloud')).toBeUndefined();
    expect(clientIdFor(ids, 'https://login.mypurecloud.jp')).toBeUndefined();
  });
});
