import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSalesforceProjectOnce } from './checkMetadata';

const repoRoot = resolve(__dirname, '../..');
const defaultDir = 'force-app/main/default';
const resourceContent = `${defaultDir}/staticresources/acdChatClient.resource`;

// SDR resolves a whole project per call: a few seconds each on two shared cores.
jest.setTimeout(60_000);

describe('the offline Metadata API conversion of force-app', () => {
  it('converts every component of the real project with nothing dropped', async () => {
    const report = await checkSalesforceProjectOnce(repoRoot);

    expect(report.problems).toEqual([]);
    expect(report.sourceApiVersion).toBe('65.0');
    expect(report.components).toEqual([
      'ApexClass:AcdCallLogController',
      'ApexClass:AcdCallLogControllerTest',
      'CspTrustedSite:ACD_Platform_API',
      'CspTrustedSite:ACD_Platform_Login',
      'CspTrustedSite:ACD_Platform_Socket',
      'CspTrustedSite:ACD_Simulator_Loopback',
      'CspTrustedSite:ACD_Simulator_Loopback_Socket',
      'CustomApplication:ACD_Chat_Console',
      'FlexiPage:ACD_Chat_Console_UtilityBar',
      'LightningComponentBundle:acdChatAgent',
      'PermissionSet:ACD_Chat_Agent',
      'StaticResource:acdChatClient',
    ]);
    expect(report.convertedFiles).toEqual(
      expect.arrayContaining([
        'package.xml',
        'classes/AcdCallLogController.cls',
        'classes/AcdCallLogController.cls-meta.xml',
        'applications/ACD_Chat_Console.app',
        'flexipages/ACD_Chat_Console_UtilityBar.flexipage',
        'lwc/acdChatAgent/acdChatAgent.js',
        'lwc/acdChatAgent/acdChatAgent.js-meta.xml',
        'staticresources/acdChatClient.resource',
        'staticresources/acdChatClient.resource-meta.xml',
      ]),
    );
    // Tests and the bundle's sources stay out of the org.
    expect(report.convertedFiles.filter((file) => /__tests__|bundle-src/.test(file))).toEqual([]);
  });
});

describe('the strict checks SDR itself does not make', () => {
  let project: string;

  beforeEach(() => {
    project = mkdtempSync(join(tmpdir(), 'acd-force-app-'));
    for (const entry of ['sfdx-project.json', '.forceignore', 'force-app']) {
      cpSync(join(repoRoot, entry), join(project, entry), { recursive: true });
    }
    // Each case breaks one thing; the bundle is built elsewhere, so stand one in.
    if (!existsSync(join(project, resourceContent))) {
      writeFileSync(join(project, resourceContent), 'var AcdChatClient = {};\n');
    }
  });

  afterEach(() => {
    rmSync(project, { recursive: true, force: true });
  });

  function edit(file: string, change: (text: string) => string) {
    const path = join(project, defaultDir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
  }

  async function problems() {
    return (await checkSalesforceProjectOnce(project)).problems.join('\n');
  }

  it('passes the untouched copy', async () => {
    expect(await problems()).toBe('');
  });

  it('fails a static resource whose -meta.xml is missing (SDR drops it silently)', async () => {
    unlinkSync(join(project, defaultDir, 'staticresources/acdChatClient.resource-meta.xml'));

    expect(await problems()).toMatch(
      /staticresources\/acdChatClient\.resource: no metadata component claims this file/,
    );
  });

  it('fails a static resource whose built content is missing', async () => {
    unlinkSync(join(project, resourceContent));

    expect(await problems()).toMatch(
      /StaticResource acdChatClient: the resource content is missing.*npm run build:salesforce/,
    );
  });

  it('fails a file with a wrong suffix', async () => {
    writeFileSync(
      join(project, defaultDir, 'flexipages/Second_UtilityBar.flexipage.xml'),
      readFileSync(
        join(project, defaultDir, 'flexipages/ACD_Chat_Console_UtilityBar.flexipage-meta.xml'),
      ),
    );

    expect(await problems()).toMatch(/Second_UtilityBar\.flexipage\.xml: no metadata component/);
  });

  it('fails malformed XML', async () => {
    edit('flexipages/ACD_Chat_Console_UtilityBar.flexipage-meta.xml', (xml) =>
      xml.replace('</masterLabel>', '</masterLabl>'),
    );

    expect(await problems()).toMatch(/ACD_Chat_Console_UtilityBar.*XML is not well formed/);
  });

  it('fails an app whose utility bar does not exist', async () => {
    edit('applications/ACD_Chat_Console.app-meta.xml', (xml) =>
      xml.replace('ACD_Chat_Console_UtilityBar', 'Missing_UtilityBar'),
    );

    expect(await problems()).toMatch(/utilityBar "Missing_UtilityBar" is not a FlexiPage/);
  });

  it('fails a utility bar item naming a component that does not exist', async () => {
    edit('flexipages/ACD_Chat_Console_UtilityBar.flexipage-meta.xml', (xml) =>
      xml.replace('c:acdChatAgent<', 'c:acdChatAgentOld<'),
    );

    expect(await problems()).toMatch(/component "c:acdChatAgentOld" is not in the project/);
  });

  it('fails a utility bar item property that is not a design property', async () => {
    edit('flexipages/ACD_Chat_Console_UtilityBar.flexipage-meta.xml', (xml) =>
      xml.replace('<name>autoAnswer</name>', '<name>autoAccept</name>'),
    );

    expect(await problems()).toMatch(/has no design property "autoAccept"/);
  });

  it('fails a utility bar component below API 61 or not exposed', async () => {
    edit('lwc/acdChatAgent/acdChatAgent.js-meta.xml', (xml) =>
      xml
        .replace('<apiVersion>65.0</apiVersion>', '<apiVersion>60.0</apiVersion>')
        .replace('<isExposed>true</isExposed>', '<isExposed>false</isExposed>'),
    );

    const found = await problems();
    expect(found).toMatch(/apiVersion 60.0 is below 61/);
    expect(found).toMatch(/must set isExposed to true/);
  });

  it('fails a component importing a static resource that is not in the project', async () => {
    edit('lwc/acdChatAgent/acdChatAgent.js', (js) =>
      js.replace(
        '@salesforce/resourceUrl/acdChatClient',
        '@salesforce/resourceUrl/acdChatClientV2',
      ),
    );

    expect(await problems()).toMatch(/imports the static resource "acdChatClientV2"/);
  });

  it('fails a permission set granting an app that is not in the project', async () => {
    edit('permissionsets/ACD_Chat_Agent.permissionset-meta.xml', (xml) =>
      xml.replace(
        '<application>ACD_Chat_Console</application>',
        '<application>Old_App</application>',
      ),
    );

    expect(await problems()).toMatch(/application "Old_App" is not in the project/);
  });
});
