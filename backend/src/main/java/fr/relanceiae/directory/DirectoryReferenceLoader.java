package fr.relanceiae.directory;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.reference.ReferenceCatalog;

/** The reference codes the rules check, from the {@link ReferenceCatalog} (no query per write or import). */
@ApplicationScoped
public class DirectoryReferenceLoader {

    private final DirectoryReferences references;

    public DirectoryReferenceLoader(ReferenceCatalog catalog) {
        references = new DirectoryReferences(catalog.departmentCodes(), catalog.sectorSlugs(), catalog.labelCodes(),
                catalog.networkCodes(), catalog::departmentOfPostCode);
    }

    public DirectoryReferences references() {
        return references;
    }
}
