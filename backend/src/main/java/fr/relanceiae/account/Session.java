package fr.relanceiae.account;

import java.time.Duration;

/** A session opened or refreshed: the body to answer and the refresh token to set in the cookie. */
public record Session(SessionResponse response, String refreshToken, Duration refreshTokenTtl) {
}
