// The SLDS stylesheet cut to the rules a built client uses (its scripts and pages name the
// classes), with no web fonts and no image URLs, minified. Shared by every build that ships
// its own SLDS (Zendesk app, embeddable client); the Salesforce console brings its own.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';
import { PurgeCSS } from 'purgecss';

const SLDS_CSS = path.resolve(
  __dirname,
  '../../node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.css',
);

/**
 * Class names assembled from parts at run time, so no file spells them: the Button control's
 * `slds-button_${variant}`, and design-system-react's icon and theme modifiers. State classes
 * (`slds-is-open`, `slds-has-focus`, ...) are spelled whole in the UI since it stopped using
 * design-system-react's menus and buttons, so keeping every `slds-is-*`/`slds-has-*` rule
 * (about half the purged stylesheet) bought nothing.
 */
const ASSEMBLED = [/^slds-button_/, /^slds-icon_/, /^slds-theme_/];

export interface SldsPurge {
  /** Built files (scripts, pages) whose class names decide which rules stay. */
  content: string[];
  /** Where the purged stylesheet goes. */
  outFile: string;
  /** More class-name patterns a build assembles at run time. */
  keep?: RegExp[];
}

export async function purgeSlds({ content, outFile, keep = [] }: SldsPurge): Promise<void> {
  const [result] = await new PurgeCSS().purge({
    content,
    css: [SLDS_CSS],
    safelist: { standard: ['slds-scope', 'slds-assistive-text'], greedy: [...ASSEMBLED, ...keep] },
    keyframes: true,
    variables: false,
  });
  // System fonts (the SLDS stack falls back to them) and no assets to ship beside the CSS.
  const css = (result?.css ?? '')
    .replace(/@font-face\s*{[^}]*}/g, '')
    .replace(/url\((?!["']?data:)[^)]*\)/g, 'none');
  const { code } = transform({ filename: 'slds.css', code: Buffer.from(css), minify: true });
  writeFileSync(outFile, code);
}

/** Links stylesheets (relative URLs) at the end of a built page's head. */
export function linkStylesheets(htmlFile: string, hrefs: string[]): void {
  const links = hrefs.map((href) => `  <link rel="stylesheet" href="${href}" />\n`).join('');
  writeFileSync(htmlFile, readFileSync(htmlFile, 'utf8').replace('</head>', `${links}  </head>`));
}
