package fr.relanceiae.shared.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * A setting that counts something and must be at least 1 (a limit per minute, per address…),
 * for {@code @WithConverter}: a value of 0 or below, or not a whole number, stops the start with
 * the setting's name. A converter rather than {@code @Positive}: a constraint on any settings class
 * has Quarkus build a second validator factory, for the settings alone, on every start (about
 * 0.3 s of a restart; backend/bench/RESULTS.md, "Restart").
 */
public class PositiveCount implements Converter<Integer> {

    @Override
    public Integer convert(String value) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a whole number", e);
        }
        if (count < 1) {
            throw new IllegalArgumentException(count + " is not allowed: the value must be at least 1");
        }
        return count;
    }
}
