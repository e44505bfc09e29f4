/**
 * Claims of structures by people who signed up for them (confirmed by the structure's contact e-mail,
 * or accepted or refused by facilitators), and the structures they propose when missing from the directory.
 */
package fr.relanceiae.directory.claims;
