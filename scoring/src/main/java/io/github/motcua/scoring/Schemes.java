package io.github.motcua.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A registry of scoring schemes by id: the built-in schemes and every scheme that a {@link
 * SchemeProvider} on the class or module path offers, plus any added in code.
 *
 * <pre>{@code
 * Schemes schemes = Schemes.installed().with(myScheme);
 * Scorecard card = schemes.require("tt01-2018-units").score(evidence);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schemes {
    private final Map<String, ScoringScheme> byId;

    private Schemes(Map<String, ScoringScheme> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Returns the schemes offered by the providers that {@link ServiceLoader} finds with this
     * library's class loader, in the order found.
     *
     * @return the installed schemes
     * @throws IllegalStateException if two schemes share an id
     */
    public static Schemes installed() {
        List<ScoringScheme> schemes = new ArrayList<>();
        ServiceLoader.load(SchemeProvider.class, Schemes.class.getClassLoader())
                .forEach(provider -> schemes.addAll(provider.schemes()));
        return of(schemes);
    }

    /**
     * Returns a registry of the given schemes only.
     *
     * @param schemes the schemes
     * @return the registry
     * @throws IllegalStateException if two schemes share an id
     */
    public static Schemes of(Collection<? extends ScoringScheme> schemes) {
        return new Schemes(Map.of()).with(schemes);
    }

    /**
     * Returns this registry with more schemes.
     *
     * @param schemes the schemes to add
     * @return a new registry
     * @throws IllegalStateException if a scheme's id is taken
     */
    public Schemes with(Collection<? extends ScoringScheme> schemes) {
        Map<String, ScoringScheme> all = new LinkedHashMap<>(byId);
        for (ScoringScheme scheme : schemes) {
            ScoringScheme taken = all.putIfAbsent(scheme.id(), scheme);
            if (taken != null) {
                throw new IllegalStateException(
                        "two scoring schemes have the id '" + scheme.id() + "': " + taken + " and " + scheme);
            }
        }
        return new Schemes(all);
    }

    /**
     * Returns this registry with one more scheme.
     *
     * @param scheme the scheme to add
     * @return a new registry
     * @throws IllegalStateException if the scheme's id is taken
     */
    public Schemes with(ScoringScheme scheme) {
        return with(List.of(scheme));
    }

    /**
     * Finds a scheme by id.
     *
     * @param id the identifier
     * @return the scheme, or empty
     */
    public Optional<ScoringScheme> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns a scheme by id.
     *
     * @param id the identifier
     * @return the scheme
     * @throws UnknownSchemeException if there is none, naming the ids available
     */
    public ScoringScheme require(String id) {
        ScoringScheme scheme = byId.get(id);
        if (scheme == null) {
            throw new UnknownSchemeException(id, byId.keySet());
        }
        return scheme;
    }

    /**
     * Returns every scheme, in the order added.
     *
     * @return the schemes
     */
    public List<ScoringScheme> all() {
        return List.copyOf(byId.values());
    }
}
