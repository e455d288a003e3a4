// The user's corrections in IndexedDB, one record per correction, until the
// user removes them. Nothing leaves the computer except through export.
import type { Correction } from './schema';

const DB_NAME = 'planbild-rattelser';
const STORE = 'corrections';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB saknas i den här webbläsaren'));
		const req = indexedDB.open(DB_NAME, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'correction_id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB kunde inte öppnas'));
		req.onblocked = () => reject(new Error('IndexedDB är låst av en annan flik'));
	});
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const req = body(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB-fel'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB avbröt'));
		});
	} finally {
		db.close();
	}
}

export const listStoredCorrections = () => run<Correction[]>('readonly', (s) => s.getAll() as IDBRequest<Correction[]>);
export const putStoredCorrection = (c: Correction) => run('readwrite', (s) => s.put(c));
export const deleteStoredCorrection = (id: string) => run('readwrite', (s) => s.delete(id));
