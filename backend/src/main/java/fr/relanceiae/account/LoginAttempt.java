package fr.relanceiae.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One login attempt, counted per normalised e-mail (known or not) for throttling. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public boolean succeeded;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
}
