package io.github.motcua.scoring.internal;

import io.github.motcua.scoring.SchemeProvider;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.qd766.Qd766Index;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import java.util.List;

/**
 * Offers the built-in schemes to {@link io.github.motcua.scoring.Schemes#installed()}. Public only
 * because {@link java.util.ServiceLoader} requires it; the package is not exported.
 */
public final class BuiltInSchemes implements SchemeProvider {
    /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
    public BuiltInSchemes() {}

    @Override
    public List<ScoringScheme> schemes() {
        List<ScoringScheme> schemes = new java.util.ArrayList<>(Tt01Schemes.all());
        schemes.add(Qd766Index.scheme());
        return schemes;
    }
}
