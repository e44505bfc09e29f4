package fr.relanceiae.directory.claims;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.Emails;
import fr.relanceiae.account.Organisation;
import fr.relanceiae.account.Role;
import fr.relanceiae.account.SecretTokens;
import fr.relanceiae.account.UserService;
import fr.relanceiae.account.signup.SignUpAccepted;
import fr.relanceiae.account.signup.SignUpConfig;
import fr.relanceiae.account.signup.SignUpService;
import fr.relanceiae.account.signup.StructureProposal;
import fr.relanceiae.account.signup.StructureSignUp;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.directory.profile.StructureInput;
import fr.relanceiae.directory.profile.StructureService;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import fr.relanceiae.shared.paging.PagingQuery;

/**
 * Structure sign-up and the claims it makes. The person gets an account of their own (role siae) in an
 * organisation of their own, acting for no structure; a claim accepted (by the link sent to the
 * structure's contact e-mail, or by a facilitator) moves them into the structure's organisation, which
 * is what makes a siae user act for a structure everywhere else (members, "my structures", orders…).
 */
@ApplicationScoped
@Transactional
public class StructureClaimService {

    static final String NOT_IN_DIRECTORY = "Aucune structure de l'annuaire n'a ce SIRET : décrivez-la pour la proposer.";
    static final String INVALID_LINK = "Ce lien n'est plus valable : il a déjà servi, a expiré, ou la demande a été "
            + "traitée entre-temps.";
    static final String NOT_PENDING = "Cette demande a déjà été traitée.";

    private final SignUpService signUps;
    private final SignUpConfig config;
    private final StructureService structures;
    private final UserService users;
    private final ClaimMails mails;

    public StructureClaimService(SignUpService signUps, SignUpConfig config, StructureService structures,
            UserService users, ClaimMails mails) {
        this.signUps = signUps;
        this.config = config;
        this.structures = structures;
        this.users = users;
        this.mails = mails;
    }

    public SignUpAccepted signUp(StructureSignUp request) {
        if (SignUpService.isRobot(request.website())) {
            return SignUpService.ACCEPTED;
        }
        SignUpService.refuseInvalid(request.password(), request.acceptTerms());
        String siret = SignUpService.checkedSiret(request.siret(), "siret");
        Structure structure = Structure.findBySiret(siret).orElse(null);
        if (structure == null && request.proposal() == null) {
            throw ProblemException.invalidField("proposal", NOT_IN_DIRECTORY);
        }
        SignUpService.lockAddress(request.email());
        if (signUps.answeredKnownAddress(request.email())) {
            return SignUpService.ACCEPTED;
        }
        boolean proposed = structure == null;
        if (proposed) {
            structure = propose(siret, request.proposal());
        }
        AppUser person = signUps.newAccount(request.email(), request.displayName(), request.password(), Role.siae,
                ownOrganisation(request.displayName()));
        StructureClaim claim = new StructureClaim();
        claim.id = UUID.randomUUID();
        claim.user = person;
        claim.structure = structure;
        claim.proposed = proposed;
        boolean byContact = !proposed && structure.active && structure.email != null && !structure.email.isBlank();
        claim.method = byContact ? ClaimMethod.CONTACT_EMAIL : ClaimMethod.QUEUE;
        boolean contactIsPerson = byContact && Emails.normalise(structure.email).equals(person.email);
        String token = null;
        if (byContact) {
            token = SecretTokens.generate();
            claim.tokenHash = SecretTokens.hash(token);
            claim.tokenExpiresAt = Instant.now().plus(config.claimLinkTtl());
        }
        claim.persist();
        if (byContact) {
            mails.sendRequest(structure, person, token, config.claimLinkTtl(), contactIsPerson);
        }
        if (!contactIsPerson) {
            signUps.sendVerification(person, structure.name);
        }
        return SignUpService.ACCEPTED;
    }

    /**
     * The link sent to the structure's contact e-mail: the person now acts for the structure; when the
     * person's address is that contact e-mail, the link verifies it too.
     */
    public ConfirmedStructureClaim confirm(StructureClaimConfirmation request) {
        Instant now = Instant.now();
        StructureClaim claim = StructureClaim.<StructureClaim>find("tokenHash", SecretTokens.hash(request.token()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(found -> found.pending() && now.isBefore(found.tokenExpiresAt))
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, INVALID_LINK));
        AppUser person = claim.user;
        if (!person.emailVerified && claim.structure.email != null
                && Emails.normalise(claim.structure.email).equals(person.email)) {
            SignUpService.markVerified(person, now);
        }
        attach(claim, null, now);
        return new ConfirmedStructureClaim(claim.structure.id, claim.structure.name);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StructureClaimPage list(ClaimStatus status, PagingQuery query) {
        Sort sort = Sort.by("createdAt").and("id");
        Page<StructureClaim> page = status == null ? Page.fetch(StructureClaim.findAll(sort), query)
                : Page.fetch(StructureClaim.find("status", sort, status), query);
        return StructureClaimPage.of(page.map(StructureClaimService::view));
    }

    public StructureClaimView accept(UUID id, UUID deciderId) {
        StructureClaim claim = requirePending(id);
        if (claim.proposed) {
            claim.structure.active = true;
        }
        attach(claim, deciderId, Instant.now());
        return view(claim);
    }

    public StructureClaimView refuse(UUID id, StructureClaimRefusal request, UUID deciderId) {
        StructureClaim claim = requirePending(id);
        claim.status = ClaimStatus.REFUSED;
        claim.refusalReason = request.reason().strip();
        claim.decidedAt = Instant.now();
        claim.decidedBy = deciderId;
        if (claim.tokenExpiresAt != null) {
            claim.tokenExpiresAt = claim.decidedAt;
        }
        mails.sendRefused(claim.user, claim.structure, claim.refusalReason);
        return view(claim);
    }

    private static StructureClaim requirePending(UUID id) {
        StructureClaim claim = StructureClaim.<StructureClaim>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Demande de rattachement introuvable."));
        if (!claim.pending()) {
            throw ProblemException.conflict(NOT_PENDING);
        }
        return claim;
    }

    /**
     * Moves the person into the structure's organisation (their sessions end: their tokens name the old
     * one) and drops the organisation they had on their own when nobody else is in it.
     */
    private void attach(StructureClaim claim, UUID deciderId, Instant now) {
        AppUser person = claim.user;
        Organisation own = person.organisation;
        users.moveToOrganisation(person.id, claim.structure.organisation.id);
        if (!own.id.equals(claim.structure.organisation.id) && AppUser.count("organisation", own) == 0
                && Structure.count("organisation", own) == 0) {
            own.delete();
        }
        claim.status = ClaimStatus.ACCEPTED;
        claim.decidedAt = now;
        claim.decidedBy = deciderId;
        if (claim.tokenExpiresAt != null) {
            claim.tokenExpiresAt = now;
        }
        mails.sendAccepted(person, claim.structure);
    }

    /** The structure proposed by the person: created inactive, with its own SIAE organisation. */
    private Structure propose(String siret, StructureProposal proposal) {
        StructureInput.Builder input = StructureInput.builder();
        input.siret = siret;
        input.name = proposal.name().strip();
        input.kind = proposal.kind();
        input.address = proposal.address().strip();
        input.postCode = proposal.postcode();
        input.city = proposal.city().strip();
        input.active = false;
        UUID id = structures.create(input.build()).id();
        return Structure.findById(id);
    }

    /** The organisation a person who signed up for a structure is in until a claim is accepted. */
    private static Organisation ownOrganisation(String displayName) {
        String name = "Inscription de " + displayName.strip();
        Organisation organisation = StructureService.newOrganisationFor(name.length() > 200 ? name.substring(0, 200) : name);
        organisation.persist();
        return organisation;
    }

    static StructureClaimView view(StructureClaim claim) {
        Structure structure = claim.structure;
        ProposedStructure proposal = claim.proposed ? new ProposedStructure(structure.name, structure.kind,
                structure.address, structure.postCode, structure.city) : null;
        return new StructureClaimView(claim.id, claim.user.displayName, claim.user.email, claim.user.emailVerified,
                structure.siret, structure.id, structure.name, structure.email, proposal, claim.method, claim.status,
                claim.refusalReason, claim.createdAt, claim.decidedAt);
    }
}
