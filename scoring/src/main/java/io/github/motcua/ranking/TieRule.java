package io.github.motcua.ranking;

/** How tied scorecards share a rank and which rank follows them. */
public enum TieRule {
    /** Standard competition ranking: 1, 2, 2, 4. The default. */
    COMPETITION,
    /** Dense ranking: 1, 2, 2, 3. */
    DENSE
}
