package fr.relanceiae.shared.preload;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Down (/q/health/ready answers 503) until {@link Preloading} has read the in-memory copies. */
@Readiness
@ApplicationScoped
public class PreloadedReadiness implements HealthCheck {

    static final String NAME = "In-memory copies read";

    private final Preloading preloading;

    public PreloadedReadiness(Preloading preloading) {
        this.preloading = preloading;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(preloading.done()).build();
    }
}
