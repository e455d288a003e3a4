// Just enough XML for Office packages: a tokenizer over tags and text.
// Web Workers have no DOMParser, and the pipeline runs in Node, so the
// .xlsx and .docx readers use this instead. It never resolves entities
// beyond XML's five and numeric references (no DTDs, so no entity bombs).

export type XmlToken =
	| { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
	| { kind: 'close'; name: string }
	| { kind: 'text'; text: string };

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return XML_ENTITIES[name] ?? m;
	});
}

/** Local name without its namespace prefix: `w:t` -> `t`. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const TAG_END = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Yields tags and text in document order; comments, PIs and CDATA markers are skipped (CDATA text kept). */
export function* xmlTokens(xml: string): Generator<XmlToken> {
	let i = 0;
	const n = xml.length;
	while (i < n) {
		const lt = xml.indexOf('<', i);
		if (lt < 0) {
			yield { kind: 'text', text: decodeXml(xml.slice(i)) };
			return;
		}
		if (lt > i) yield { kind: 'text', text: decodeXml(xml.slice(i, lt)) };
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			i = end < 0 ? n : end + 3;
			continue;
		}
		if (xml.startsWith('<![CDATA[', lt)) {
			const end = xml.indexOf(']]>', lt + 9);
			yield { kind: 'text', text: xml.slice(lt + 9, end < 0 ? n : end) };
			i = end < 0 ? n : end + 3;
			continue;
		}
		// The tag ends at the first `>` outside a quoted attribute value (`<a t="x>y">` is one tag).
		TAG_END.lastIndex = lt + 1;
		if (!TAG_END.test(xml)) return; // a cut-off tag ends the document
		const gt = TAG_END.lastIndex - 1;
		const body = xml.slice(lt + 1, gt);
		i = gt + 1;
		if (body[0] === '?' || body[0] === '!') continue;
		if (body[0] === '/') {
			yield { kind: 'close', name: localName(body.slice(1).trim()) };
			continue;
		}
		const selfClosing = body.endsWith('/');
		const inner = selfClosing ? body.slice(0, -1) : body;
		const sp = inner.search(/\s/);
		const name = localName(sp < 0 ? inner : inner.slice(0, sp));
		// Attributes are parsed only when a reader asks for them: most tags (LibreOffice's
		// thousands of empty rows with a height) are passed over unread.
		let attrs: Record<string, string> | null = sp < 0 ? {} : null;
		const rest = sp < 0 ? '' : inner.slice(sp);
		yield {
			kind: 'open',
			name,
			get attrs() {
				if (attrs === null) {
					attrs = {};
					for (const m of rest.matchAll(ATTR)) attrs[localName(m[1])] = decodeXml(m[3] ?? m[4] ?? '');
				}
				return attrs;
			},
			selfClosing
		};
	}
}
