// The views, in the order the navigation shows them.
export const NAV = [
	{ href: '/', label: 'Översikt' },
	{ href: '/kallor', label: 'Källor' },
	{ href: '/importera', label: 'Importera' }
] as const;
