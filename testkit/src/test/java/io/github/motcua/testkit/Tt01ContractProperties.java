package io.github.motcua.testkit;

import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.Criterion;
import io.github.motcua.scoring.MissingDataPolicy;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.tt01.Tt01Schemes;
import io.github.motcua.testkit.contract.MonotoneCriterionContract;
import io.github.motcua.testkit.contract.SchemeContract;
import net.jqwik.api.Group;

/** The built-in schemes (TT 01/2018 and QĐ 766) and each TT 01/2018 criterion pass the test kit's contracts. */
class Tt01ContractProperties {
    /** A TT 01/2018 indicator, which must not lose points on better evidence. */
    abstract static class Indicator extends MonotoneCriterionContract {
        private final int number;

        Indicator(int number) {
            this.number = number;
        }

        @Override
        protected Criterion criterion() {
            return Tt01Schemes.units().criteria().get(number - 1);
        }

        @Override
        protected Evidence improve(Evidence evidence) {
            return Improved.of(evidence);
        }
    }

    @Group
    class Indicator1 extends Indicator {
        Indicator1() {
            super(1);
        }
    }

    @Group
    class Indicator2 extends Indicator {
        Indicator2() {
            super(2);
        }
    }

    @Group
    class Indicator3 extends Indicator {
        Indicator3() {
            super(3);
        }
    }

    @Group
    class Indicator4 extends Indicator {
        Indicator4() {
            super(4);
        }
    }

    @Group
    class Indicator5 extends Indicator {
        Indicator5() {
            super(5);
        }
    }

    @Group
    class Indicator6 extends Indicator {
        Indicator6() {
            super(6);
        }
    }

    @Group
    class Indicator7 extends Indicator {
        Indicator7() {
            super(7);
        }
    }

    @Group
    class Indicator8 extends Indicator {
        Indicator8() {
            super(8);
        }
    }

    @Group
    class Indicator9 extends Indicator {
        Indicator9() {
            super(9);
        }
    }

    @Group
    class Units extends SchemeContract {
        @Override
        protected ScoringScheme scheme() {
            return Tt01Schemes.units();
        }
    }

    @Group
    class UnitsTwoDecimals extends SchemeContract {
        @Override
        protected ScoringScheme scheme() {
            return Tt01Schemes.unitsTwoDecimals();
        }
    }

    @Group
    class UnitsStrict extends SchemeContract {
        @Override
        protected ScoringScheme scheme() {
            return Tt01Schemes.unitsStrict();
        }
    }

    @Group
    class UnitsRescaled extends SchemeContract {
        @Override
        protected ScoringScheme scheme() {
            return ScoringScheme.builder(Tt01Schemes.units())
                    .id("tt01-2018-units-rescaled")
                    .missingData(MissingDataPolicy.RESCALE)
                    .build();
        }
    }

    @Group
    class Officials extends SchemeContract {
        @Override
        protected ScoringScheme scheme() {
            return Tt01Schemes.officials();
        }
    }

    @Group
    class Qd766 extends SchemeContract {
        @Override
        protected ScoringScheme scheme() {
            return io.github.motcua.scoring.qd766.Qd766Index.scheme();
        }
    }
}
