// One IndexedDB object store in its own database, opened per operation and
// closed after it: imports and corrections each keep theirs this way, and a
// second tab is never blocked by a connection left open.

export type StoreRun = <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>) => Promise<T>;

export function objectStore(dbName: string, store: string, keyPath: string): StoreRun {
	const open = () =>
		new Promise<IDBDatabase>((resolve, reject) => {
			if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB saknas i den här webbläsaren'));
			const req = indexedDB.open(dbName, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(store, { keyPath });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error('IndexedDB kunde inte öppnas'));
			req.onblocked = () => reject(new Error('IndexedDB är låst av en annan flik'));
		});
	return async <T>(mode: IDBTransactionMode, body: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
		const db = await open();
		try {
			return await new Promise<T>((resolve, reject) => {
				const tx = db.transaction(store, mode);
				const req = body(tx.objectStore(store));
				tx.oncomplete = () => resolve(req.result);
				tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB-fel'));
				tx.onabort = () => reject(tx.error ?? new Error('IndexedDB avbröt'));
			});
		} finally {
			db.close();
		}
	};
}
