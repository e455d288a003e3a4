// The app part of `npm run bench`: filled in once the views exist.
export async function benchApp(): Promise<void> {
	console.log('\n(Webbläsarmätningen kräver en byggd app; se README.)');
}
