package dev.gridbot.engine.strategy;

/**
 * The run's total net PnL across strategies, in a common money unit, and its drawdown sampled
 * after every trade. Strategies on different instruments have different money units; each is
 * multiplied into the common one exactly. Owned by the business-logic thread.
 */
public final class RunAccount {
    private final Strategy[] strategies;
    private final long[] unitMultipliers;
    private long peakUnits;
    private long maxDrawdownUnits;

    RunAccount(Strategy[] strategies, long[] unitMultipliers) {
        if (unitMultipliers.length != strategies.length) {
            throw new IllegalArgumentException("one unit multiplier per strategy");
        }
        this.strategies = strategies;
        this.unitMultipliers = unitMultipliers.clone();
    }

    /** Net PnL of the run in common units. */
    public long netPnlUnits() {
        long total = 0;
        for (int i = 0; i < strategies.length; i++) {
            total = Math.addExact(total, Math.multiplyExact(strategies[i].account().netPnlUnits(), unitMultipliers[i]));
        }
        return total;
    }

    void sample() {
        long net = netPnlUnits();
        if (net > peakUnits) {
            peakUnits = net;
        }
        long drawdown = net < peakUnits ? peakUnits - net : 0;
        if (drawdown > maxDrawdownUnits) {
            maxDrawdownUnits = drawdown;
        }
    }

    public long maxDrawdownUnits() {
        return maxDrawdownUnits;
    }
}
