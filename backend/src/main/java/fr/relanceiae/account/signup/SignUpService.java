package fr.relanceiae.account.signup;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SignUpService {

    public SignUpAccepted signUpBuyer(BuyerSignUp request) {
        throw new UnsupportedOperationException("not yet");
    }

    public EmailVerified verify(EmailVerification request) {
        throw new UnsupportedOperationException("not yet");
    }

    public SignUpAccepted resend(VerificationResend request) {
        throw new UnsupportedOperationException("not yet");
    }
}
