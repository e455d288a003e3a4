// The views, in the order the navigation shows them.
export const NAV = [
	{ href: '/', label: 'Översikt' },
	{ href: '/jamfor', label: 'Jämför stadsdelar' },
	{ href: '/atgarder', label: 'Åtgärder' },
	{ href: '/uppfoljning', label: 'Uppföljning' },
	{ href: '/tackning', label: 'Täckning' },
	{ href: '/indikatorer', label: 'Indikatorer' },
	{ href: '/kallor', label: 'Källor' },
	{ href: '/importera', label: 'Importera' }
] as const;
