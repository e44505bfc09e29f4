/**
 * Sign-up by buyers and structures, the verification of their e-mail, the organisations created by
 * sign-up that facilitators verify (confirm or merge), and the anti-abuse rules of these public
 * endpoints (rate limits per address and per e-mail, honeypot, enumeration-safe answers, password policy).
 */
package fr.relanceiae.account.signup;
