// E-mail addresses and Swedish phone numbers, found by shape.

// Functional mailboxes (registrator@, info@, brottsforebyggande@ …) name no person and may stay.
const FUNCTIONAL = new Set([
	'registrator',
	'registratur',
	'diarium',
	'info',
	'information',
	'kontakt',
	'kontaktcenter',
	'kundtjanst',
	'kundservice',
	'support',
	'service',
	'reception',
	'vaxel',
	'press',
	'media',
	'kommunikation',
	'webmaster',
	'noreply',
	'no-reply',
	'brottsforebyggande',
	'brottsprevention',
	'trygghet',
	'trygghetsarbete',
	'trygghetssamordning',
	'felanmalan',
	'tips',
	'socialjouren',
	'medborgarlofte',
	'medborgarloften',
	'stadsledningskontoret',
	'namnd',
	'kansli',
	'forvaltning',
	'stadsdelsforvaltning'
]);

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** A mailbox of a function, not a person: its first part is a functional word and no part is a name. */
export function isFunctionalEmail(address: string, isGivenName: (w: string) => boolean): boolean {
	const local = fold(address.slice(0, address.indexOf('@')));
	const parts = local.split(/[._+-]/).filter(Boolean);
	if (!parts.length || !(FUNCTIONAL.has(local) || FUNCTIONAL.has(parts[0]))) return false;
	return !parts.some((p) => isGivenName(p));
}

// Every Swedish and +46 shape: 08-508 24 420, 010 564 24 45, 070-123 45 67, 0701234567,
// +46701234567, +46 (0)8 123 456 78, 0046 8 123 45 67, 08-1234567.
const NOT_BEFORE = '(?<![\\p{L}\\p{N}/.,-])';
const NOT_AFTER = '(?![\\p{L}\\p{N}/-]|[.,]\\d)';
const INTL = '(?:\\+46|0046)[\\s-]?(?:\\(0\\)[\\s-]?)?';
const GROUPED = '\\d{1,3}(?:[\\s-]\\d{2,4}){2,4}';
const SOLID = '\\d{1,3}[\\s-]?\\d{5,8}';
export const PHONE = new RegExp(
	`${NOT_BEFORE}(?:${INTL}(?:${GROUPED}|${SOLID}|\\d{7,10})|0(?:${GROUPED}|${SOLID}))${NOT_AFTER}`,
	'gu'
);
export const PHONE_LABELLED = /\b(Telefon|Tel\.?|Mobil|Mobilnummer|Tfn)(:?\s+)[+\d][\d\s()-]{5,}\d/giu;
