// Personal data of officials removed before any parser sees a line.
export * from './redact';
