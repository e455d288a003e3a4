// Källor's work list over the built dataset: a link read from a merged cell is an
// open question with a cause-link correction; an inferred status offers a status one.
import { describe, expect, it } from 'vitest';
import {
	AREA_ITEMS_SQL,
	MEASURE_ITEMS_SQL,
	measureItems,
	openCountText,
	openItems,
	type AreaItemRow,
	type MeasureItemRow
} from '$lib/corrections/worklist';
import { make } from './fixtures';
import { label } from '$lib/labels';
import { sql } from '../../dataset';

describe('MEASURE_ITEMS_SQL', () => {
	it('lists EÅV line 316, linked through the merged cell over the causes on lines 162 and 165, as a guessed link', async () => {
		// enskede-arsta-vantor-atgardsplan-2025.txt: the Unga tab has 10 causes and 9 measure rows;
		// the reader placed the merged cell by shared words (issue cause_link_merged_cell).
		const rows = await sql<MeasureItemRow>(MEASURE_ITEMS_SQL);
		const links = rows.filter((r) => r.kind === 'cause_link');
		expect(links.map((r) => [r.plan_id, r.line_start, r.title, r.linked])).toEqual([
			['enskede-arsta-vantor-atgardsplan-2025', 316, 'Lotsa och samverka', true]
		]);
		const [item] = measureItems(links, (s) => label('status', s));
		expect(item.text).toContain('sammanslagen cell; kopplingen är en gissning');
		expect(item.targets[0]).toMatchObject({ kind: 'cause_link', replaces: 'koppling läst ur sammanslagen cell' });
	});

	it('offers every inferred status for correction, with the phrase it was read from', async () => {
		const rows = await sql<MeasureItemRow>(MEASURE_ITEMS_SQL);
		const inferred = await sql<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM measure_status WHERE status_basis = 'inferred'"
		);
		const status = rows.filter((r) => r.kind === 'status');
		expect(status).toHaveLength(inferred[0].n);
		const items = measureItems(status, (s) => label('status', s));
		expect(items.every((i) => i.targets[0].kind === 'status' && i.text.includes('(tolkad)'))).toBe(true);
	});
});

describe('AREA_ITEMS_SQL', () => {
	it('lists the one area label the reader took from a table before the first area heading, once', async () => {
		// skarholmen-gemensam-atgardsplan.txt: the table on lines 50–65 ("Aktivitet	Brottsförebyggande
		// rådet Skärholmen") stands before line 67, the first "Prioriterat samverkansområde:".
		const rows = await sql<AreaItemRow>(AREA_ITEMS_SQL);
		expect(rows.map((r) => [r.plan_id, r.area_label_raw, r.area_id, r.line_start, r.line_end, r.records])).toEqual([
			['skarholmen-gemensam-atgardsplan-utan-ar', 'Brottsförebyggande rådet Skärholmen', 'eget', 50, 65, 1]
		]);
		expect(rows[0].why).toContain('står före första "Prioriterat samverkansområde:"');
	});
});

describe('openItems', () => {
	it('drops an item as soon as a correction of its kind settles its record, and keeps the others', async () => {
		const rows = await sql<MeasureItemRow>(MEASURE_ITEMS_SQL);
		const items = measureItems(rows, (s) => label('status', s));
		const status = items.find((i) => i.targets[0].kind === 'status')!;
		const id = status.targets[0].measure_id!;
		const fix = make({
			kind: 'status',
			measure_id: id,
			status: 'uppnadd',
			status_basis: 'explicit',
			status_phrase: null
		});
		const open = openItems(items, [fix]);
		expect(open).toHaveLength(items.length - 1);
		expect(open.some((i) => i.key === status.key)).toBe(false);
		// A cause-link correction of the same measure does not settle its status.
		const link = make({ kind: 'cause_link', measure_id: id, cause_id: 'x', action: 'link' });
		expect(openItems(items, [link]).some((i) => i.key === status.key)).toBe(true);
	});
});

describe('openCountText', () => {
	it('says one open question in the singular, and how many are shown of a long list', () => {
		const sp = (t: string) => t.replace(/\u00a0/g, ' ');
		expect(openCountText(1, 50)).toBe('1 öppen fråga.');
		expect(openCountText(35, 50)).toBe('35 öppna frågor.');
		expect(sp(openCountText(39771, 50))).toBe('39 771 öppna frågor, de första 50 visas.');
	});
});
