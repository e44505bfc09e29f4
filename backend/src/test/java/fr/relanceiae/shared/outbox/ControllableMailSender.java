package fr.relanceiae.shared.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The outbox's sender in tests: the real one (the mock mailbox), unless a test makes the
 * sending to an address fail a number of times, or slows every sending down. Left as it is,
 * it changes nothing for the other tests.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ControllableMailSender implements MailSender {

    static final String FAILURE = "Connexion au serveur SMTP refusée (test)";

    private final QuarkusMailSender real;
    private final Map<String, Integer> failuresToCome = new ConcurrentHashMap<>();
    private volatile int delayMillis;

    public ControllableMailSender(QuarkusMailSender real) {
        this.real = real;
    }

    void failFor(String recipient, int times) {
        failuresToCome.put(recipient, times);
    }

    void slowDown(int millis) {
        delayMillis = millis;
    }

    void reset() {
        failuresToCome.clear();
        delayMillis = 0;
    }

    @Override
    public void send(String recipient, String subject, String text, String html) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Integer left = failuresToCome.computeIfPresent(recipient, (address, count) -> count - 1);
        if (left != null && left >= 0) {
            throw new IllegalStateException(FAILURE);
        }
        real.send(recipient, subject, text, html);
    }
}
