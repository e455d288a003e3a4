// The user's corrections in IndexedDB, one record per correction, until the
// user removes them. Nothing leaves the computer except through export.
import type { Correction } from './schema';
import { objectStore } from '../idb-store';

const run = objectStore('planbild-rattelser', 'corrections', 'correction_id');

export const listStoredCorrections = () => run<Correction[]>('readonly', (s) => s.getAll() as IDBRequest<Correction[]>);
export const putStoredCorrection = (c: Correction) => run('readwrite', (s) => s.put(c));
export const deleteStoredCorrection = (id: string) => run('readwrite', (s) => s.delete(id));
