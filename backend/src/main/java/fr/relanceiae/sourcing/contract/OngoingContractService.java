package fr.relanceiae.sourcing.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.Organisation;
import fr.relanceiae.directory.Siret;
import fr.relanceiae.directory.profile.StructureRules;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PageQuery;
import fr.relanceiae.shared.web.ETags;
import fr.relanceiae.sourcing.SourcingReferences;
import fr.relanceiae.sourcing.request.SourcingRequestRules;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Ongoing contracts, kept by facilitators: checked field by field, the holder's SIRET by the directory's rule. */
@ApplicationScoped
@Transactional
public class OngoingContractService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .\\-]{6,30}");

    private final SourcingReferences references;

    public OngoingContractService(SourcingReferences references) {
        this.references = references;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OngoingContractPage list(PageQuery query) {
        Sort byEndDate = Sort.ascending("endDate").and("title").and("id");
        PanacheQuery<OngoingContract> found = query.hasText()
                ? OngoingContract.find("lower(title) like :q escape '\\' or lower(holderName) like :q escape '\\' "
                        + "or buyerOrganisationId in (select o.id from Organisation o where lower(o.name) like :q escape '\\')",
                        byEndDate, Parameters.with("q", query.containsPattern()))
                : OngoingContract.findAll(byEndDate);
        return OngoingContractPage.of(Page.fetch(found, query).mapAll(OngoingContractService::views));
    }

    public OngoingContractView get(UUID id) {
        return views(List.of(require(id))).get(0);
    }

    public OngoingContractView create(OngoingContractInput input) {
        OngoingContract contract = new OngoingContract();
        contract.id = UUID.randomUUID();
        apply(input, contract);
        contract.persist();
        OngoingContract.getEntityManager().flush();
        return views(List.of(contract)).get(0);
    }

    public OngoingContractView update(UUID id, String ifMatch, OngoingContractInput input) {
        OngoingContract contract = require(id);
        ETags.check(ifMatch, contract.version);
        apply(input, contract);
        ETags.flush(OngoingContract.getEntityManager());
        return views(List.of(contract)).get(0);
    }

    private static OngoingContract require(UUID id) {
        return OngoingContract.<OngoingContract>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Marché en cours introuvable."));
    }

    /** Checks every field (400 listing each one in error), then writes them. */
    private void apply(OngoingContractInput in, OngoingContract contract) {
        List<FieldError> errors = new ArrayList<>();
        if (in.buyerOrganisationId() == null) {
            errors.add(new FieldError("buyerOrganisationId", "Choisissez l'organisation acheteuse."));
        } else if (!SourcingReferences.isActiveBuyerOrganisation(in.buyerOrganisationId())) {
            errors.add(new FieldError("buyerOrganisationId", "Aucune organisation acheteuse active ne porte cet identifiant."));
        }
        String title = StructureRules.text(in.title());
        if (title == null) {
            errors.add(new FieldError("title", "L'objet du marché est obligatoire."));
        }
        String holderName = StructureRules.text(in.holderName());
        if (holderName == null) {
            errors.add(new FieldError("holderName", "Le nom de l'entreprise titulaire est obligatoire."));
        }
        String siret = Siret.normalise(StructureRules.text(in.holderSiret()));
        if (siret != null && !Siret.isValid(siret)) {
            errors.add(new FieldError("holderSiret", "SIRET invalide : 14 chiffres dont la clé de contrôle est juste."));
        }
        String email = StructureRules.text(in.holderContactEmail());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                errors.add(new FieldError("holderContactEmail", "Adresse e-mail invalide."));
            }
        }
        String phone = StructureRules.text(in.holderContactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("holderContactPhone", "Numéro de téléphone invalide."));
        }
        if (in.endDate() != null && !SourcingRequestRules.isPlausible(in.endDate())) {
            errors.add(new FieldError("endDate", SourcingRequestRules.OUT_OF_RANGE));
        }
        Set<String> sectors = new LinkedHashSet<>();
        if (in.sectors() != null) {
            for (String value : in.sectors()) {
                String slug = StructureRules.text(value);
                if (slug == null) {
                    continue;
                }
                slug = slug.toLowerCase(Locale.ROOT);
                if (references.isSectorOrGroup(slug)) {
                    sectors.add(slug);
                } else {
                    errors.add(new FieldError("sectors", "Secteur inconnu : " + slug + "."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Certains champs sont invalides.", errors, Map.of());
        }
        contract.buyerOrganisationId = in.buyerOrganisationId();
        contract.title = title;
        contract.holderName = holderName;
        contract.holderSiret = siret;
        contract.holderContactName = StructureRules.text(in.holderContactName());
        contract.holderContactEmail = email;
        contract.holderContactPhone = phone;
        contract.amount = in.amount();
        contract.endDate = in.endDate();
        contract.sectors = sectors.toArray(String[]::new);
    }

    private static List<OngoingContractView> views(List<OngoingContract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        Set<UUID> buyerIds = contracts.stream().map(contract -> contract.buyerOrganisationId).collect(Collectors.toSet());
        Map<UUID, String> names = Organisation.getEntityManager()
                .createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", buyerIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
        return contracts.stream().map(contract -> new OngoingContractView(contract.id, contract.buyerOrganisationId,
                names.get(contract.buyerOrganisationId), contract.title, contract.holderName, contract.holderSiret,
                contract.holderContactName, contract.holderContactEmail, contract.holderContactPhone, contract.amount,
                contract.endDate, List.of(contract.sectors), contract.createdAt, contract.updatedAt, contract.version))
                .toList();
    }
}
