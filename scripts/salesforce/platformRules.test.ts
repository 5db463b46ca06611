// The platform rules of check:salesforce, each shown catching a bad file: Apex read by the
// Apex Dev Tools parser, UI API objects, lightning/* module versions, light DOM render mode,
// and the CSP Trusted Sites the client needs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSalesforceProjectOnce } from './checkMetadata';
import { parseXml, child, text } from './salesforceXml';
import { apexProblems, readApexClass } from './rules/apexRules';
import { lwcProblems, type LwcBundleSource } from './rules/lwcRules';

const repoRoot = resolve(__dirname, '../..');
const defaultDir = 'force-app/main/default';
const classesDir = join(repoRoot, defaultDir, 'classes');

jest.setTimeout(60_000);

function apex(name: string) {
  return {
    file: `classes/${name}.cls`,
    name,
    text: readFileSync(join(classesDir, `${name}.cls`), 'utf8'),
  };
}

describe('the Apex classes, parsed offline', () => {
  it('parses both classes and reads the controller as the platform will run it', () => {
    const controller = readApexClass(apex('AcdCallLogController'));
    const test = readApexClass(apex('AcdCallLogControllerTest'));

    expect(controller.syntaxErrors).toEqual([]);
    expect(test.syntaxErrors).toEqual([]);
    expect(controller).toMatchObject({ sharing: 'with', isTest: false, systemModeDml: [] });
    expect(controller.auraEnabledMembers).toBeGreaterThan(0);
    expect(test.isTest).toBe(true);
    expect(
      apexProblems(
        [apex('AcdCallLogController'), apex('AcdCallLogControllerTest')],
        new Set(['AcdCallLogController']),
      ),
    ).toEqual([]);
  });

  it('names the line of a syntax error', () => {
    const broken = apex('AcdCallLogController');
    broken.text = broken.text.replace('return record.Id;', 'return record.Id');

    expect(apexProblems([broken], new Set([broken.name]))).toEqual([
      expect.stringMatching(/AcdCallLogController\.cls: Apex does not parse: line \d+:\d+/),
    ]);
  });

  it('refuses system-mode DML, a class without sharing, no grant and no test class', () => {
    const loose = apex('AcdCallLogController');
    loose.text = loose.text
      .replace('public with sharing class', 'public without sharing class')
      .replace('insert as user record;', 'insert record;')
      .replace('update as user record;', 'Database.update(record);');

    const found = apexProblems([loose], new Set()).join('\n');

    expect(found).toMatch(/is not declared "with sharing"/);
    expect(found).toMatch(/insert on line \d+ has no "as user"/);
    expect(found).toMatch(/Database\.update on line \d+ has no AccessLevel\.USER_MODE/);
    expect(found).toMatch(/no permission set grants AcdCallLogController/);
    expect(found).toMatch(/no @IsTest class exercises AcdCallLogController/);
  });

  it('accepts Database DML in user mode', () => {
    const viaDatabase = apex('AcdCallLogController');
    viaDatabase.text = viaDatabase.text.replace(
      'insert as user record;',
      'Database.insert(record, AccessLevel.USER_MODE);',
    );

    expect(readApexClass(viaDatabase).systemModeDml).toEqual([]);
  });
});

describe('the component rules', () => {
  const js = (text: string) => [{ file: 'lwc/x/x.js', text }];
  const bundle = (parts: Partial<LwcBundleSource>): LwcBundleSource => ({
    where: 'lwc/x/x.js-meta.xml',
    apiVersion: 65,
    js: [],
    html: [],
    ...parts,
  });

  it('catches Task and Event written or read through lightning/uiRecordApi', () => {
    const found = lwcProblems([
      bundle({
        js: js(
          "import { createRecord, getRecord } from 'lightning/uiRecordApi';\n" +
            "createRecord({ apiName: 'Task', fields });\n" +
            "@wire(getRecord, { recordId: '$id', fields: ['Event.Subject'] }) event;",
        ),
      }),
    ]).join('\n');

    expect(found).toMatch(/uses Task with lightning\/uiRecordApi/);
    expect(found).toMatch(/uses Event with lightning\/uiRecordApi/);
  });

  it('lets supported objects through lightning/uiRecordApi', () => {
    expect(
      lwcProblems([
        bundle({
          js: js(
            "import { createRecord } from 'lightning/uiRecordApi';\n" +
              "import CONTACT from '@salesforce/schema/Contact';\ncreateRecord({ apiName: 'Contact' });",
          ),
        }),
      ]),
    ).toEqual([]);
  });

  it('catches a module newer than the component and a module it does not know', () => {
    const found = lwcProblems([
      bundle({
        apiVersion: 62,
        js: js(
          "import { graphql } from 'lightning/graphql';\nimport { x } from 'lightning/somethingNew';",
        ),
      }),
    ]).join('\n');

    expect(found).toMatch(/imports lightning\/graphql, which needs API 65\.0; .* is at 62/);
    expect(found).toMatch(
      /lightning\/somethingNew, whose first API version the check does not know/,
    );
  });

  it('catches a light DOM class whose template lacks lwc:render-mode, and the reverse', () => {
    const lightClass =
      "export default class X extends LightningElement { static renderMode = 'light'; }";
    const shadowClass = 'export default class X extends LightningElement {}';

    expect(
      lwcProblems([
        bundle({
          js: js(lightClass),
          html: [{ file: 'x.html', text: '<template><p></p></template>' }],
        }),
      ]),
    ).toEqual([expect.stringMatching(/lacks lwc:render-mode="light"/)]);
    expect(
      lwcProblems([
        bundle({
          js: js(shadowClass),
          html: [{ file: 'x.html', text: '<template lwc:render-mode="light"></template>' }],
        }),
      ]),
    ).toEqual([expect.stringMatching(/does not set static renderMode = 'light'/)]);
    expect(
      lwcProblems([
        bundle({
          js: js(lightClass),
          html: [
            {
              file: 'x.html',
              text: '<template lwc:render-mode="light"><!-- not lwc:dom="manual" --><div lwc:dom="manual"></div></template>',
            },
          ],
        }),
      ]),
    ).toEqual([expect.stringMatching(/lwc:dom="manual" is not allowed/)]);
  });
});

describe('check:salesforce on a copy of the project', () => {
  let project: string;

  beforeEach(() => {
    project = mkdtempSync(join(tmpdir(), 'acd-force-app-'));
    for (const entry of ['sfdx-project.json', '.forceignore', 'force-app']) {
      cpSync(join(repoRoot, entry), join(project, entry), { recursive: true });
    }
    const resource = join(project, defaultDir, 'staticresources/acdChatClient.resource');
    if (!existsSync(resource)) writeFileSync(resource, 'var AcdChatClient = {};\n');
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

  it('fails the component back at API 62 (lightning/graphql) and Task through uiRecordApi', async () => {
    edit('lwc/acdChatAgent/acdChatAgent.js-meta.xml', (xml) =>
      xml.replace('<apiVersion>65.0</apiVersion>', '<apiVersion>62.0</apiVersion>'),
    );
    edit(
      'lwc/acdChatAgent/callLogApex.js',
      (js) =>
        `import { createRecord } from 'lightning/uiRecordApi';\n${js}\nexport const write = (fields) => createRecord({ apiName: 'Task', fields });\n`,
    );
    edit('permissionsets/ACD_Chat_Agent.permissionset-meta.xml', (xml) =>
      xml.replace('<apexClass>AcdCallLogController</apexClass>', '<apexClass>Other</apexClass>'),
    );

    const found = (await checkSalesforceProjectOnce(project)).problems.join('\n');

    expect(found).toMatch(/acdChatAgent\.js: imports lightning\/graphql, which needs API 65\.0/);
    expect(found).toMatch(/callLogApex\.js: uses Task with lightning\/uiRecordApi/);
    expect(found).toMatch(/no permission set grants AcdCallLogController/);
  });
});

describe('CSP Trusted Sites', () => {
  const site = (name: string) =>
    child(
      parseXml(
        readFileSync(
          join(repoRoot, defaultDir, `cspTrustedSites/${name}.cspTrustedSite-meta.xml`),
          'utf8',
        ),
      ),
      'CspTrustedSite',
    );

  it('gives the loopback simulator a ws:// entry beside its http:// one (CSP3: http does not cover ws)', () => {
    const http = site('ACD_Simulator_Loopback');
    const socket = site('ACD_Simulator_Loopback_Socket');

    expect(text(http, 'endpointUrl')).toBe('http://127.0.0.1:4010');
    expect(text(socket, 'endpointUrl')).toBe('ws://127.0.0.1:4010');
    expect(text(socket, 'isApplicableToConnectSrc')).toBe('true');
    expect(text(socket, 'isActive')).toBe(text(http, 'isActive'));
  });

  it('allows the login host no frames: the sign-in opens in a window', () => {
    expect(text(site('ACD_Platform_Login'), 'isApplicableToFrameSrc')).toBe('false');
  });
});
