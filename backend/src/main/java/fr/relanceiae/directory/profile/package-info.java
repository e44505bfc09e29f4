/** A structure's profile, activities and catalogue: the API, the rules shared with the import, the entities. */
package fr.relanceiae.directory.profile;
