// Platform facts about Lightning web components that the offline conversion cannot see, each
// from Salesforce's documentation (docs/salesforce-platform-checks.md names the pages).

/**
 * Standard objects the User Interface API does not support, so lightning/uiRecordApi cannot
 * create, update or read them: activities (Task, Event) are missing from the UI API's list of
 * supported objects. Write them through Apex instead.
 */
export const UI_API_UNSUPPORTED_OBJECTS = ['Task', 'Event'] as const;

/**
 * The first API version of each lightning/* module a component may import. A module missing
 * here is a problem too: look its version up before using it. 0 marks a module whose
 * reference names no minimum (it predates component versioning).
 */
export const LIGHTNING_MODULE_MIN_API: Readonly<Record<string, number>> = {
  'lightning/graphql': 65,
  'lightning/platformUtilityBarApi': 61,
  'lightning/navigation': 0,
  'lightning/platformResourceLoader': 0,
  'lightning/platformShowToastEvent': 0,
  'lightning/uiRecordApi': 0,
};

// The wire adapters and functions of lightning/uiRecordApi that take an object or its fields.
const UI_RECORD_CALLS =
  /\b(createRecord|updateRecord|deleteRecord|getRecords?|getRecordCreateDefaults|getObjectInfos?)\b/;

export interface LwcBundleSource {
  /** Bundle folder, for messages. */
  where: string;
  apiVersion: number;
  js: { file: string; text: string }[];
  html: { file: string; text: string }[];
}

function importedModules(text: string): string[] {
  return [...text.matchAll(/\bfrom\s+['"](lightning\/\w+)['"]/g)].map((match) => match[1] ?? '');
}

function uiApiProblems(file: string, text: string): string[] {
  const uiRecordImport =
    /import\s*\{([^}]*)\}\s*from\s+['"]lightning\/ui(Record|ObjectInfo)Api['"]/.exec(text);
  if (uiRecordImport === null || !UI_RECORD_CALLS.test(uiRecordImport[1] ?? '')) return [];
  const problems: string[] = [];
  for (const object of UI_API_UNSUPPORTED_OBJECTS) {
    const uses = [
      new RegExp(`apiName\\s*:\\s*['"]${object}['"]`),
      new RegExp(`['"]@salesforce/schema/${object}(\\.\\w+)?['"]`),
      new RegExp(`['"]${object}\\.\\w+['"]`),
    ];
    if (uses.some((pattern) => pattern.test(text))) {
      problems.push(
        `${file}: uses ${object} with lightning/uiRecordApi, but the User Interface API does not support ${object}; write it through an @AuraEnabled Apex method`,
      );
    }
  }
  return problems;
}

function moduleVersionProblems(bundle: LwcBundleSource, file: string, text: string): string[] {
  const problems: string[] = [];
  for (const module of importedModules(text)) {
    const first = LIGHTNING_MODULE_MIN_API[module];
    if (first === undefined) {
      problems.push(
        `${file}: imports ${module}, whose first API version the check does not know; add it to LIGHTNING_MODULE_MIN_API from the module's documentation`,
      );
    } else if (!(bundle.apiVersion >= first)) {
      problems.push(
        `${file}: imports ${module}, which needs API ${first.toFixed(1)}; ${bundle.where} is at ${String(bundle.apiVersion)}`,
      );
    }
  }
  return problems;
}

const LIGHT_RENDER_MODE = /static\s+renderMode\s*=\s*['"]light['"]/;
const TEMPLATE_LIGHT = /^\s*<template\b[^>]*\blwc:render-mode\s*=\s*['"]light['"]/;

/** Light DOM needs both the class's renderMode and the root template's lwc:render-mode. */
function renderModeProblems(bundle: LwcBundleSource): string[] {
  const light = bundle.js.some(({ text }) => LIGHT_RENDER_MODE.test(text));
  const problems: string[] = [];
  for (const { file, text: withComments } of bundle.html) {
    const text = withComments.replace(/<!--[\s\S]*?-->/g, '');
    const templateLight = TEMPLATE_LIGHT.test(text);
    if (light && !templateLight) {
      problems.push(
        `${file}: the component renders in light DOM (static renderMode = 'light') but its root <template> lacks lwc:render-mode="light"`,
      );
    }
    if (!light && templateLight) {
      problems.push(
        `${file}: the template says lwc:render-mode="light" but the class does not set static renderMode = 'light'`,
      );
    }
    if (light && /\blwc:dom\s*=\s*['"]manual['"]/.test(text)) {
      problems.push(`${file}: lwc:dom="manual" is not allowed in a light DOM template`);
    }
  }
  return problems;
}

export function lwcProblems(bundles: LwcBundleSource[]): string[] {
  return bundles.flatMap((bundle) => [
    ...bundle.js.flatMap(({ file, text }) => [
      ...uiApiProblems(file, text),
      ...moduleVersionProblems(bundle, file, text),
    ]),
    ...renderModeProblems(bundle),
  ]);
}
