// File readers: bytes of .docx, .xlsx, PDF and text files -> text lines or cells.
export * from './decode';
export * from './docx';
export * from './pdf-text';
export * from './xlsx';
export * from './xml-lite';
export * from './zip';
export * from './office-package';
export * from './pdf-table';
