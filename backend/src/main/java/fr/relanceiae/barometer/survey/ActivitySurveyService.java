package fr.relanceiae.barometer.survey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.barometer.followup.FollowUpRouting;
import fr.relanceiae.barometer.indicators.IsoWeek;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.FormView;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.LinkView;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.SurveyPage;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.SurveyView;
import fr.relanceiae.barometer.survey.ActivitySurveyViews.VersionView;
import fr.relanceiae.barometer.survey.SurveyLinks.SurveyLink;
import fr.relanceiae.directory.profile.ActingStructure;
import fr.relanceiae.directory.profile.CallerStructures;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.error.FieldError;
import fr.relanceiae.shared.error.ProblemException;
import fr.relanceiae.shared.error.ProblemType;
import fr.relanceiae.shared.paging.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * The weekly answers of the structures: given by their users, by a facilitator on their behalf or
 * through the personal link of the e-mail; a second answer for a week replaces the first and the
 * history keeps both. The needs of each answer are routed to the facilitators ({@link FollowUpRouting}).
 */
@ApplicationScoped
public class ActivitySurveyService {

    /** How far back an answer may go: a year of weeks. */
    static final int MAX_WEEKS_BACK = 52;
    static final String INVALID = "Certains champs sont invalides.";
    static final String NOT_FOUND = "Réponse introuvable.";
    private static final ActingStructure.Messages ANSWERING = new ActingStructure.Messages(
            "Choisissez la structure qui répond.", "Votre organisation n'a aucune structure active.",
            "Choisissez pour laquelle de vos structures vous répondez.");
    static final String LINK_NOT_FOUND = "Ce lien n'est pas (ou plus) valable. Le lien de la semaine en cours est "
            + "dans l'e-mail de lundi ; vous pouvez aussi répondre en vous connectant.";

    /** An answer stored: the view of the answer in force, and whether it was the week's first. */
    public record Answered(SurveyView view, boolean created) {
    }

    private final CallerStructures access;
    private final SurveyAnswerStore store;
    private final SurveyLinks links;
    private final FollowUpRouting routing;

    public ActivitySurveyService(CallerStructures access, SurveyAnswerStore store, SurveyLinks links,
            FollowUpRouting routing) {
        this.access = access;
        this.store = store;
        this.links = links;
        this.routing = routing;
    }

    @Transactional
    public Answered answer(ActivitySurveyInput input) {
        Instant now = now();
        List<FieldError> errors = new ArrayList<>();
        IsoWeek week = answerableWeek(input.week(), now, errors);
        errors.addAll(input.inconsistencies());
        Structure structure = access.acting(input.structureId(), ANSWERING);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, INVALID, errors, Map.of());
        }
        EnteredVia via = access.actsForAll() ? EnteredVia.FACILITATOR : EnteredVia.STRUCTURE;
        SurveyAnswerStore.Stored stored = write(structure, week, input.answers(), access.userId(), via, now);
        return new Answered(view(ActivitySurvey.findById(stored.id())), stored.created());
    }

    public SurveyPage list(ActivitySurveyQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!access.actsForAll()) {
            where.append(" and structure.organisation.id = :organisation");
            parameters.and("organisation", access.organisationId());
        }
        if (query.structureId != null) {
            where.append(" and structure.id = :structure");
            parameters.and("structure", query.structureId);
        }
        List<FieldError> errors = new ArrayList<>();
        IsoWeek from = weekParameter("from", query.from, errors);
        IsoWeek to = weekParameter("to", query.to, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, INVALID, errors, Map.of());
        }
        if (from != null) {
            where.append(" and weekStart >= :from");
            parameters.and("from", from.monday());
        }
        if (to != null) {
            where.append(" and weekStart <= :to");
            parameters.and("to", to.monday());
        }
        Page<SurveyView> page = Page.fetch(ActivitySurvey.<ActivitySurvey>find(where.toString(),
                Sort.by("weekStart", Sort.Direction.Descending).and("structure.name").and("id"), parameters), query)
                .mapAll(ActivitySurveyService::views);
        return new SurveyPage(page.items(), page.page(), page.size(), page.totalItems());
    }

    public SurveyView get(UUID id) {
        return view(requireVisible(id));
    }

    public List<VersionView> history(UUID id) {
        ActivitySurvey survey = requireVisible(id);
        List<SurveyAnswerStore.StoredVersion> versions = store.history(survey.id);
        Map<UUID, String> names = userNames(versions.stream().map(SurveyAnswerStore.StoredVersion::enteredByUserId)
                .toList());
        return versions.stream().map(version -> new VersionView(version.version(), version.answers(),
                version.enteredVia(), version.enteredByUserId() == null ? null : names.get(version.enteredByUserId()),
                version.enteredAt())).toList();
    }

    public FormView thisWeek(UUID structureId) {
        Structure structure = access.acting(structureId, ANSWERING);
        IsoWeek week = IsoWeek.of(now());
        ActivitySurvey current = inForce(structure.id, week).orElse(null);
        return new FormView(structure.id, structure.name, week.toString(), week.monday(),
                current == null ? null : view(current), prefill(structure.id, week));
    }

    public LinkView getByLink(String token) {
        SurveyLink link = requireLink(token);
        return linkView(link);
    }

    @Transactional
    public LinkView answerByLink(String token, ActivitySurveyAnswers answers) {
        Instant now = now();
        SurveyLink link = requireLink(token);
        List<FieldError> errors = answers.inconsistencies();
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, INVALID, errors, Map.of());
        }
        Structure structure = Structure.findById(link.structureId());
        write(structure, link.week(), answers.normalized(), null, EnteredVia.LINK, now);
        return linkView(link);
    }

    private SurveyAnswerStore.Stored write(Structure structure, IsoWeek week, ActivitySurveyAnswers answers,
            UUID userId, EnteredVia via, Instant now) {
        SurveyAnswerStore.Stored stored = store.store(structure, week, answers, userId, via, now);
        routing.route(structure.id, stored.id(), answers.needs(), answers.needsText(), answers.revenueLossPct(), now);
        return stored;
    }

    private SurveyLink requireLink(String token) {
        return links.find(token, now()).orElseThrow(() -> ProblemException.notFound(LINK_NOT_FOUND));
    }

    private LinkView linkView(SurveyLink link) {
        Structure structure = Structure.findById(link.structureId());
        ActivitySurveyAnswers current = inForce(link.structureId(), link.week()).map(ActivitySurvey::answers)
                .orElse(null);
        return new LinkView(structure.name, link.week().toString(), link.week().monday(), current,
                prefill(link.structureId(), link.week()), link.expiresAt());
    }

    private static Optional<ActivitySurvey> inForce(UUID structureId, IsoWeek week) {
        return ActivitySurvey.find("structure.id = ?1 and week = ?2", structureId, week.toString()).firstResultOptional();
    }

    /** The answers of the last week answered before this one: what the form starts from. */
    static ActivitySurveyAnswers prefill(UUID structureId, IsoWeek week) {
        return ActivitySurvey.<ActivitySurvey>find("structure.id = ?1 and weekStart < ?2",
                Sort.by("weekStart", Sort.Direction.Descending), structureId, week.monday())
                .firstResultOptional().map(ActivitySurvey::answers).orElse(null);
    }

    /**
     * The week of an answer: an ISO week, not after the current one (Paris time) and at most
     * {@value #MAX_WEEKS_BACK} weeks back. A refusal adds an error on {@code week} and answers null.
     */
    static IsoWeek answerableWeek(String text, Instant now, List<FieldError> errors) {
        IsoWeek week = weekParameter("week", text, errors);
        if (week == null) {
            if (text == null) {
                errors.add(new FieldError("week", "Indiquez la semaine (par exemple 2026-W48)."));
            }
            return null;
        }
        IsoWeek current = IsoWeek.of(now);
        if (week.isAfter(current)) {
            errors.add(new FieldError("week", "La semaine " + week + " n'a pas commencé : la semaine en cours est "
                    + current + "."));
        } else if (week.isBefore(current.plusWeeks(-MAX_WEEKS_BACK))) {
            errors.add(new FieldError("week", "Au plus " + MAX_WEEKS_BACK + " semaines en arrière : pas avant "
                    + current.plusWeeks(-MAX_WEEKS_BACK) + "."));
        }
        return errors.stream().anyMatch(error -> error.field().equals("week")) ? null : week;
    }

    /** An ISO week parameter, or null when absent or invalid (then with an error naming it). */
    static IsoWeek weekParameter(String field, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            errors.add(new FieldError(field, Character.toUpperCase(message.charAt(0)) + message.substring(1) + "."));
            return null;
        }
    }

    private static SurveyView view(ActivitySurvey survey) {
        return views(List.of(survey)).get(0);
    }

    /** The views of a page of answers, their structures and authors read in batches. */
    static List<SurveyView> views(List<ActivitySurvey> surveys) {
        return surveys.stream().map(survey -> {
            ActivitySurveyAnswers answers = survey.answers();
            return new SurveyView(survey.id, survey.structure.id, survey.structure.name, survey.week,
                    survey.weekStart, answers.activityLevelPct(), answers.revenueLossPct(),
                    answers.insertionEmployees(), answers.insertionWorking(), answers.insertionShortTime(),
                    answers.peopleFollowed(), answers.followedInPerson(), answers.followedByPhone(),
                    answers.followedByVideo(), answers.obstacles(), answers.needs(), answers.needsText(),
                    survey.version, survey.enteredVia, survey.enteredBy == null ? null : survey.enteredBy.displayName,
                    survey.createdAt, survey.updatedAt);
        }).toList();
    }

    private static Map<UUID, String> userNames(List<UUID> ids) {
        Set<UUID> known = ids.stream().filter(id -> id != null).collect(Collectors.toSet());
        if (known.isEmpty()) {
            return Map.of();
        }
        return AppUser.<AppUser>list("id in ?1", known).stream()
                .collect(Collectors.toMap(user -> user.id, user -> user.displayName, (a, b) -> a));
    }

    /** The time as the database keeps it (microseconds), so that an answer says what reading it back will. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }


    /** The answer if the caller sees it (staff every one, a siae user its organisation's); else a 404. */
    private ActivitySurvey requireVisible(UUID id) {
        return access.requireActsFor(ActivitySurvey.<ActivitySurvey>findById(id), answer -> answer.structure, NOT_FOUND);
    }
}
