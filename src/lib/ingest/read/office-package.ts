// What an Office package is and where its main part lives: read from the
// package's own relationships (`_rels/.rels`, type officeDocument) and
// content types, not assumed to be word/document.xml or xl/workbook.xml
// (other writers name the part differently, e.g. word/document2.xml).
import { xmlTokens } from './xml-lite';
import type { ZipPackage } from './zip';

export type OfficeKind = 'docx' | 'xlsx';

/** A relationship target relative to the part that names it (`base`), as a package path. */
export function resolveTarget(base: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = base.split('/').slice(0, -1);
	for (const seg of target.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg !== '.' && seg !== '') parts.push(seg);
	}
	return parts.join('/');
}

export interface Relationship {
	id: string;
	type: string;
	target: string;
}

export function relationships(pkg: ZipPackage, relsPath: string): Relationship[] {
	const xml = pkg.text(relsPath);
	const out: Relationship[] = [];
	if (!xml) return out;
	for (const t of xmlTokens(xml))
		if (t.kind === 'open' && t.name === 'Relationship' && t.attrs.Target && t.attrs.TargetMode !== 'External')
			out.push({ id: t.attrs.Id ?? '', type: t.attrs.Type ?? '', target: t.attrs.Target });
	return out;
}

/** The rels file of a part: `word/document.xml` -> `word/_rels/document.xml.rels`. */
export const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');

const KIND_BY_TYPE: [RegExp, OfficeKind][] = [
	[/wordprocessingml\.(document|template)\.main/i, 'docx'],
	[/spreadsheetml\.(sheet|template)\.main|ms-excel\.sheet\.macroEnabled\.main/i, 'xlsx']
];

/** The package's main part and what kind of document it makes; null when it is neither Word nor Excel. */
export function officeMainPart(pkg: ZipPackage): { kind: OfficeKind; path: string } | null {
	const types = new Map<string, string>();
	const ct = pkg.text('[Content_Types].xml');
	if (ct)
		for (const t of xmlTokens(ct))
			if (t.kind === 'open' && t.name === 'Override' && t.attrs.PartName)
				types.set(resolveTarget('', t.attrs.PartName), t.attrs.ContentType ?? '');
	const main = relationships(pkg, '_rels/.rels').find((r) => /\/officeDocument$/.test(r.type));
	const candidates = main ? [resolveTarget('', main.target)] : [];
	candidates.push('word/document.xml', 'xl/workbook.xml');
	for (const path of candidates) {
		if (!pkg.has(path)) continue;
		const type = types.get(path) ?? '';
		const kind =
			KIND_BY_TYPE.find(([re]) => re.test(type))?.[1] ??
			(/^xl\/|workbook\.xml$/i.test(path) ? 'xlsx' : /^word\/|document\d*\.xml$/i.test(path) ? 'docx' : null);
		if (kind) return { kind, path };
	}
	return null;
}
