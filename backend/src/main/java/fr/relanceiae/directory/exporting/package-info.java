/** Exports of a directory search as CSV or XLSX, readable (French headers, labels) or in the import's format. */
package fr.relanceiae.directory.exporting;
