/**
 * A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
 * A field longer than the cap (a runaway unterminated quote) ends the record as malformed
 * instead of swallowing the rest of the file.
 */
export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
  /** Set when the record could not be read cleanly. */
  error?: string;
}

const MAX_FIELD_CHARS = 100_000;
const MAX_FIELDS = 256;

export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeenInQuoted = false;
  let line = 1;
  let recordLine = 1;
  let skippingToEol = false;
  let error: string | undefined;
  let anyContent = false;

  const endRecord = (): CsvRecord | null => {
    fields.push(field);
    const rec: CsvRecord = { line: recordLine, fields };
    if (error) rec.error = error;
    const empty = !anyContent && fields.length === 1 && fields[0] === '';
    fields = [];
    field = '';
    error = undefined;
    anyContent = false;
    return empty ? null : rec;
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (skippingToEol) {
        if (ch === '\n') {
          line++;
          skippingToEol = false;
          inQuotes = false;
          const rec = endRecord();
          if (rec) yield rec;
          recordLine = line;
        }
        continue;
      }
      if (inQuotes) {
        if (quoteSeenInQuoted) {
          quoteSeenInQuoted = false;
          if (ch === '"') { field += '"'; continue; }
          inQuotes = false; // closing quote; fall through to unquoted handling of ch
        } else if (ch === '"') {
          quoteSeenInQuoted = true;
          continue;
        } else {
          if (ch === '\n') line++;
          field += ch;
          if (field.length > MAX_FIELD_CHARS) {
            error = `field longer than ${MAX_FIELD_CHARS} characters (unterminated quote?)`;
            field = '';
            skippingToEol = true;
          }
          continue;
        }
      }
      if (ch === '"' && field.length === 0) { inQuotes = true; anyContent = true; continue; }
      if (ch === ',') {
        fields.push(field);
        field = '';
        anyContent = true;
        if (fields.length > MAX_FIELDS) {
          error = `more than ${MAX_FIELDS} fields`;
          fields = [];
          skippingToEol = true;
        }
        continue;
      }
      if (ch === '\n') {
        line++;
        if (field.endsWith('\r')) field = field.slice(0, -1);
        const rec = endRecord();
        if (rec) yield rec;
        recordLine = line;
        continue;
      }
      field += ch;
      anyContent = true;
      if (field.length > MAX_FIELD_CHARS) {
        error = `field longer than ${MAX_FIELD_CHARS} characters`;
        field = '';
        skippingToEol = true;
      }
    }
  }
  if (inQuotes && !quoteSeenInQuoted) error = error ?? 'unterminated quoted field at end of file';
  if (field.endsWith('\r')) field = field.slice(0, -1);
  const rec = endRecord();
  if (rec) yield rec;
}
