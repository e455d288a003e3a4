// The views, in the order the navigation shows them.
export const NAV = [
	{ href: '/', label: 'Översikt' },
	{ href: '/uppfoljning', label: 'Uppföljning' },
	{ href: '/kallor', label: 'Källor' }
] as const;
