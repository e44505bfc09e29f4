/** Saves a blob under a file name, through a temporary link (works with any response the app fetched). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file as French spreadsheets open it: UTF-8 with a BOM, `;` between
 * cells, CRLF between lines.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): Blob {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(';'));
  return new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
