import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
// Roboto, bundled with pdfmake, covers ä, ö and å.
const fonts: Record<string, Record<string, string>> = require('pdfmake/fonts/Roboto.js');
const fontFiles = new Set(Object.values(fonts).flatMap((f) => Object.values(f)));
pdfmake.setFonts(fonts);
// A document holds only what we put in it: no fetching of URLs, no reading of files but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
(pdfmake as unknown as { setLocalAccessPolicy(f: (path: string) => boolean): void }).setLocalAccessPolicy(
  (path) => fontFiles.has(path),
);

export type DocLanguage = 'fi' | 'sv';

/** 3.12.2026, as dates are written in Finnish and in Finland-Swedish. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '–';
  const [y, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export interface DocumentHead {
  county: string;
  title: string;
  child: { name: string; idLine: string };
  worker: string;
  createdOn: string;
}

const labels = {
  fi: { child: 'Lapsi', worker: 'Vastuusosiaalityöntekijä', created: 'Laadittu', page: 'Sivu' },
  sv: { child: 'Barn', worker: 'Ansvarig socialarbetare', created: 'Upprättad', page: 'Sida' },
} as const;

export function section(title: string, body: string | Content[]): Content[] {
  return [
    { text: title, style: 'h2' },
    typeof body === 'string' || body.length === 0
      ? { text: (typeof body === 'string' && body.trim()) || '–', margin: [0, 0, 0, 6] }
      : { stack: body, margin: [0, 0, 0, 6] },
  ];
}

export function facts(rows: [string, string][]): Content {
  return {
    table: { widths: [200, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

/** Renders an official document: the county's name, the title, the child and the worker, then the body. */
export async function renderPdf(
  language: DocLanguage,
  head: DocumentHead,
  body: Content[],
  createdAt: Date,
): Promise<Buffer> {
  const l = labels[language];
  const definition: TDocumentDefinitions = {
    info: { title: head.title, author: head.county, creator: 'Lumo', creationDate: createdAt },
    language: language === 'fi' ? 'fi-FI' : 'sv-FI',
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      county: { fontSize: 9, color: '#444444' },
      h1: { fontSize: 16, bold: true, margin: [0, 6, 0, 10] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
    },
    header: { text: head.county, style: 'county', margin: [56, 28, 56, 0] },
    footer: (page: number, pages: number) => ({
      text: `${head.title} · ${l.page} ${page}/${pages}`,
      style: 'county',
      margin: [56, 16, 56, 0],
    }),
    content: [
      { text: head.title, style: 'h1' },
      facts([
        [l.child, `${head.child.name}, ${head.child.idLine}`],
        [l.worker, head.worker],
        [l.created, head.createdOn],
      ]),
      ...body,
    ],
  };
  return Buffer.from(await pdfmake.createPdf(definition).getBuffer());
}
