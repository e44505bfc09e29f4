/** The users acting for a structure: invitations, members, their removal. */
package fr.relanceiae.directory.members;
