package fr.relanceiae.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read open to anonymous visitors (the public directory and the reference lists its search needs),
 * always with {@code @PermitAll}: anonymous calls are counted per client address
 * ({@code AnonymousReadLimitFilter}), and the service decides what an anonymous caller (or a partner
 * without the operation's scope, which gets the same view) may see.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface PublicRead {
}
