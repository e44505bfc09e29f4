/**
 * CSV imports of structures, queued in PostgreSQL so that any replica runs and reports them, and the
 * column table ({@link fr.relanceiae.directory.importing.StructureCsv}) that the import reads and the
 * export writes.
 */
package fr.relanceiae.directory.importing;
