// Test helper: checks that SVG text is well-formed XML (with an independent parser) and
// lists the names of its plotted series (<g class="series" data-series="NAME">).

import { expect } from 'chai';
import { XMLValidator } from 'fast-xml-parser';

export function expectWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  expect(result, typeof result === 'object' ? JSON.stringify(result.err) : '').to.equal(true);
}

export function seriesNames(svg: string): string[] {
  return [...svg.matchAll(/<g class="series" data-series="([^"]*)"/g)].map((m) => m[1]);
}

/** The SVG elements inside an HTML page. */
export function svgsOf(html: string): string[] {
  return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}
