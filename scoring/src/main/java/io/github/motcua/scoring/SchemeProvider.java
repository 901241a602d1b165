package io.github.motcua.scoring;

import java.util.List;

/**
 * A source of scoring schemes, found through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/io.github.motcua.scoring.SchemeProvider} (on the class
 * path) or with {@code provides io.github.motcua.scoring.SchemeProvider with …} (in a module).
 * Implementations need a public no-argument constructor.
 */
public interface SchemeProvider {
    /**
     * Returns the schemes this provider offers.
     *
     * @return the schemes, with ids distinct from every other provider's
     */
    List<ScoringScheme> schemes();
}
