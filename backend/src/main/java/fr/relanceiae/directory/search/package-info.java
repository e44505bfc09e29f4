/**
 * The directory search: its API types and service, and the in-memory Lucene index it runs on (built at
 * start from PostgreSQL, kept fresh from committed writes).
 */
package fr.relanceiae.directory.search;
