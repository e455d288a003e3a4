// The views, in the order the navigation shows them.
export const NAV = [
	{ href: '/', label: 'Översikt' },
	{ href: '/tackning', label: 'Täckning' },
	{ href: '/indikatorer', label: 'Indikatorer' },
	{ href: '/kallor', label: 'Källor' }
] as const;
