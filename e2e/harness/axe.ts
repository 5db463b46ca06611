// axe-core in the page: inject axe.min.js, run it on the document (or a part), return the
// violations in a form a failing test can print.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated, not added as a <script>: the pages' CSP refuses inline scripts.
  if (!loaded) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(context ?? document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations;
  }, selector ?? null)) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes.map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/**
 * Collects axe findings per view through a test and asserts none at the end, so one view's
 * violations do not hide whether the later steps of the flow work.
 */
export function a11yAudit() {
  const findings: Record<string, string[]> = {};
  return {
    async check(page: Page, view: string, selector?: string) {
      const violations = await axeViolations(page, selector);
      if (violations.length > 0) findings[view] = violations;
    },
    findings,
  };
}
