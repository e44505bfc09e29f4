package fr.relanceiae.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/** Read access to the reference data, in the order the API lists it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    @Inject
    CommuneSearch communeSearch;

    /** The taxonomy in French alphabetical order: groups, then the sectors of each group. */
    public List<SectorGroupView> sectors() {
        List<SectorGroup> groups = SectorGroup
                .find("select g from SectorGroup g left join fetch g.sectors s order by g.position, s.position")
                .list();
        return groups.stream().map(SectorGroupView::of).toList();
    }

    public List<DepartmentView> departments() {
        return Department.<Department>listAll(Sort.by("code")).stream()
                .map(DepartmentView::of).toList();
    }

    public List<StructureKindView> structureKinds() {
        return StructureKindLabel.<StructureKindLabel>listAll(Sort.by("position")).stream()
                .map(StructureKindView::of).toList();
    }

    public List<PrestaTypeView> prestaTypes() {
        return PrestaTypeLabel.<PrestaTypeLabel>listAll(Sort.by("position")).stream()
                .map(PrestaTypeView::of).toList();
    }

    public List<CommuneView> searchCommunes(String query) {
        return communeSearch.search(query).stream().map(CommuneView::of).toList();
    }
}
