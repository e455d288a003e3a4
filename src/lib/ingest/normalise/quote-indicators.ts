// Which indicator a quoted figure is a value of. A subject maps to a series of
// data/indicators or data/plan_indicators.csv only where one fits; any other
// quote keeps an id that says what it is (plan_<source>_<subject words>), so
// the build names it as an indicator still to be described.
import type { QuotedFigure } from './quotes';
import { slugify } from './text';

interface Series {
	source: QuotedFigure['source'];
	re: RegExp;
	kind?: QuotedFigure['kind'];
	indicator_id: string;
	/** Reported per police area (Polisens trygghetsundersökning). */
	police?: boolean;
}

const SERIES: Series[] = [
	{ source: 'lob', re: /anmälningar|ärenden|omhändertag/iu, indicator_id: 'lob_arenden' },
	{
		source: 'polisens_trygghetsundersokning',
		re: /polisen\s+bryr\s+sig/iu,
		indicator_id: 'plan_pt_polisen_bryr_sig',
		police: true
	},
	{
		source: 'polisens_trygghetsundersokning',
		re: /kommunen\s+bryr\s+sig/iu,
		indicator_id: 'plan_pt_kommunen_bryr_sig',
		police: true
	},
	{ source: 'trygghetsmatningen', re: /hushåll.*utsatts\s+för/iu, indicator_id: 'plan_tm_hushall_utsatt_brott' },
	{
		source: 'stockholmsenkaten',
		re: /otrygghet.*bostadsområde/iu,
		kind: 'forandring',
		indicator_id: 'plan_se_otrygghet_bostadsomrade_forandring'
	}
];

const GROUPS: [RegExp, string][] = [
	[/funktionsnedsättning/iu, 'funktionsnedsattning'],
	[/flickor/iu, 'flickor'],
	[/pojkar/iu, 'pojkar'],
	[/(?:åk|årskurs)\s?9/iu, 'ak9'],
	[/gymnasiet?s?\s+år\s?2|gy\s?2/iu, 'gy2'],
	[/äldre|över\s+65/iu, 'aldre']
];

const STOP = new Set([
	'enligt',
	'i',
	'har',
	'det',
	'att',
	'som',
	'en',
	'ett',
	'av',
	'med',
	'de',
	'och',
	'sedan',
	'uppger',
	'skett'
]);

export interface Mapped {
	indicator_id: string;
	grp: string;
	police: boolean;
}

export function indicatorFor(f: QuotedFigure): Mapped {
	const grp = GROUPS.find(([re]) => re.test(f.subject))?.[1] ?? 'alla';
	const hit = SERIES.find((s) => s.source === f.source && s.re.test(f.subject) && (!s.kind || s.kind === f.kind));
	if (hit) return { indicator_id: hit.indicator_id, grp, police: hit.police === true };
	const words = f.subject
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((w) => w.length > 2 && !STOP.has(w))
		.slice(0, 4);
	const tail = f.kind === 'forandring' ? '_forandring' : '';
	return { indicator_id: `plan_${f.source}_${slugify(words.join(' ')).replace(/-/g, '_')}${tail}`, grp, police: false };
}
