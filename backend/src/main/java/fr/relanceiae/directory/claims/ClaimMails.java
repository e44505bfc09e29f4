package fr.relanceiae.directory.claims;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.relanceiae.account.AppUser;
import fr.relanceiae.account.signup.SignUpMails;
import fr.relanceiae.directory.profile.Structure;
import fr.relanceiae.shared.outbox.MailLayout;
import fr.relanceiae.shared.outbox.Outbox;
import fr.relanceiae.shared.outbox.OutgoingMail;
import fr.relanceiae.shared.web.PublicUrl;

/** The e-mails of structure claims (French), put in the outbox within the transaction that causes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClaimMails {

    public static final String CONFIRMATION_PATH = "/rattachement/confirmation?jeton=";
    static final String REQUEST_SUBJECT = "Une personne demande à représenter votre structure sur Relance IAE";
    static final String ACCEPTED_SUBJECT = "Votre rattachement à une structure est confirmé";
    static final String REFUSED_SUBJECT = "Votre demande de rattachement à une structure";

    private final Outbox outbox;
    private final SignUpMails signUpMails;
    private final PublicUrl publicUrl;

    public ClaimMails(Outbox outbox, SignUpMails signUpMails, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.signUpMails = signUpMails;
        this.publicUrl = publicUrl;
    }

    /** To the structure's contact e-mail: the link that attaches the person to the structure. */
    void sendRequest(Structure structure, AppUser person, String token, Duration validity, boolean alsoVerifies) {
        MailLayout layout = MailLayout.greeting(null)
                .paragraph(person.displayName + " (" + person.email + ") vient de créer un compte sur Relance IAE et "
                        + "demande à agir au nom de la structure « " + structure.name + " » (SIRET " + structure.siret
                        + "), dont cette adresse est le contact dans l'annuaire.")
                .paragraph("Cette personne pourra alors mettre à jour la fiche de la structure et répondre aux demandes "
                        + "des acheteurs. Si vous êtes d'accord, suivez ce lien (valable " + SignUpMails.describe(validity)
                        + ", il ne sert qu'une fois)" + (alsoVerifies ? " ; il confirme aussi votre adresse e-mail." : "."))
                .action("Confirmer le rattachement", signUpMails.link(CONFIRMATION_PATH, token))
                .paragraph("Si vous ne connaissez pas cette personne, ignorez ce message : rien ne se passera.");
        outbox.enqueue(OutgoingMail.to(structure.email).subject(REQUEST_SUBJECT).body(layout));
    }

    void sendAccepted(AppUser person, Structure structure) {
        MailLayout layout = MailLayout.greeting(person.displayName)
                .paragraph("Vous agissez désormais sur Relance IAE au nom de la structure « " + structure.name + " ».")
                .action("Se connecter", publicUrl.of("/connexion").toString())
                .paragraph(person.emailVerified ? "Vous pouvez mettre à jour sa fiche et répondre aux demandes des acheteurs."
                        : "Confirmez d'abord votre adresse e-mail avec le lien reçu à l'inscription.");
        outbox.enqueue(OutgoingMail.to(person.email).subject(ACCEPTED_SUBJECT).body(layout));
    }

    void sendRefused(AppUser person, Structure structure, String reason) {
        MailLayout layout = MailLayout.greeting(person.displayName)
                .paragraph("Votre demande pour agir au nom de la structure « " + structure.name + " » n'a pas été acceptée "
                        + "par l'équipe d'animation du réseau, pour la raison suivante :")
                .paragraph(reason)
                .paragraph("Votre compte reste ouvert. Pour en savoir plus, contactez l'équipe d'animation du réseau.");
        outbox.enqueue(OutgoingMail.to(person.email).subject(REFUSED_SUBJECT).body(layout));
    }
}
