/**
 * The directory of inclusion structures. Sub-packages: {@code profile} (a structure's profile, activities
 * and catalogue: API, rules, persistence), {@code search} (the search API and its Lucene index),
 * {@code importing} (CSV import jobs and the column table the files use), {@code exporting} (CSV and
 * XLSX exports written from that table) and {@code members} (the users acting for a structure). This
 * package holds what they share: who may see or edit a structure ({@link fr.relanceiae.directory.DirectoryAccess}),
 * the reference codes the rules check, coverage, SIRET and NAF checks, and rule issues.
 */
package fr.relanceiae.directory;
