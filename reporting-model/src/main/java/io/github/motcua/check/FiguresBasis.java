package io.github.motcua.check;

import io.github.motcua.rate.RateBasis;
import java.util.OptionalLong;

/**
 * The counts of published figures as a rate basis, with the derivations a reader would make; a
 * count that is neither stated nor derivable throws {@link Missing}, so that the definitions that
 * need it are skipped.
 */
final class FiguresBasis implements RateBasis {
    /** A count the figures do not give. */
    static final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String column;

        Missing(Quantity quantity) {
            super(quantity.column() + " is not stated", null, false, false);
            this.column = quantity.column();
        }

        String column() {
            return column;
        }
    }

    private final PublishedFigures figures;
    private final boolean sums;

    /**
     * The figures as a basis: with their totals as published, or, with {@code sums}, the received
     * and resolved totals as the sums of their stated parts.
     */
    FiguresBasis(PublishedFigures figures, boolean sums) {
        this.figures = figures;
        this.sums = sums;
    }

    private long required(Quantity quantity) {
        return figures.get(quantity).orElseThrow(() -> new Missing(quantity));
    }

    private long orZero(Quantity quantity) {
        return figures.get(quantity).orElse(0);
    }

    @Override
    public long received() {
        OptionalLong received = figures.get(Quantity.RECEIVED);
        if (received.isPresent() && !sums) {
            return received.getAsLong();
        }
        return required(Quantity.NEW_ONLINE) + required(Quantity.NEW_DIRECT_POSTAL) + required(Quantity.CARRIED_OVER);
    }

    @Override
    public long resolved() {
        OptionalLong resolved = figures.get(Quantity.RESOLVED);
        return resolved.isPresent() && !sums ? resolved.getAsLong() : early() + onTime() + late();
    }

    /** When early is not stated, on time is read as early and on time together. */
    @Override
    public long early() {
        return orZero(Quantity.EARLY);
    }

    @Override
    public long onTime() {
        return required(Quantity.ON_TIME);
    }

    @Override
    public long late() {
        return required(Quantity.LATE);
    }

    @Override
    public long lateExcused() {
        return orZero(Quantity.LATE_EXCUSED);
    }

    @Override
    public long pendingWithin() {
        return pendingPart(Quantity.PENDING_WITHIN);
    }

    @Override
    public long pendingOverdue() {
        return pendingPart(Quantity.PENDING_OVERDUE);
    }

    /** A part of the pending count; both parts are zero when nothing is pending. */
    private long pendingPart(Quantity part) {
        OptionalLong value = figures.get(part);
        if (value.isPresent()) {
            return value.getAsLong();
        }
        if (figures.get(Quantity.PENDING).orElse(-1) == 0) {
            return 0;
        }
        throw new Missing(part);
    }
}
