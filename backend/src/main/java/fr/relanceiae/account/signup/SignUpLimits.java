package fr.relanceiae.account.signup;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import fr.relanceiae.account.FailureLimits;

/** Placeholder, replaced by the real limits in the next commit. */
@ApplicationScoped
public class SignUpLimits {

    private final FailureLimits failures;

    public SignUpLimits(FailureLimits failures) {
        this.failures = failures;
    }

    public void count(String address, String email) {
    }

    public <T> T token(String address, Supplier<T> use) {
        return failures.passwordToken(address, use, result -> false);
    }
}
