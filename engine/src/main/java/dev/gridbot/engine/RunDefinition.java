package dev.gridbot.engine;

import dev.gridbot.config.AccountConfig;
import dev.gridbot.config.AccountRisk;
import dev.gridbot.config.ConfigDiff;
import dev.gridbot.config.GridStrategyConfig;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.InstrumentConfig;
import dev.gridbot.config.StrategyConfig;
import dev.gridbot.config.TargetStrategyConfig;
import dev.gridbot.engine.grid.GridSpec;
import dev.gridbot.engine.grid.GridStrategy;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.model.Instruments;
import dev.gridbot.engine.model.MoneyUnits;
import dev.gridbot.engine.netting.AccountLimits;
import dev.gridbot.engine.netting.NettingBook;
import dev.gridbot.engine.netting.TargetStrategy;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.OrderSink;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.engine.target.TargetSignal;
import dev.gridbot.engine.target.TargetSignals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run trades, derived from a validated configuration: the instruments (ids in file order),
 * the strategies (ids in file order), the accounts (file order; a file that names none has one,
 * {@link #DEFAULT_ACCOUNT}), and the netting books: one per account and instrument that some
 * strategy trades, with ids after the strategies' ({@code strategyCount() + book index}), in the
 * order their first strategy appears. Immutable; builds a fresh {@link EngineLogic} per pipeline,
 * so a backtest and its replay start from the same state.
 */
public final class RunDefinition {
    /** The name of the one account of a file that names none. */
    public static final String DEFAULT_ACCOUNT = "default";

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final GridbotConfig config;
    private final Instruments instruments;
    private final MoneyUnits moneyUnits;
    private final List<StrategyConfig> strategies;
    private final List<GridSpec> gridSpecs;
    private final GridSpec[] gridSpecById;
    private final int[] instrumentOfStrategy;
    private final List<String> accountNames = new ArrayList<>();
    private final List<AccountConfig> accountConfigs = new ArrayList<>();
    private final int[] accountOfStrategy;
    private final int[] bookOfStrategy;
    private final List<int[]> books = new ArrayList<>();

    public RunDefinition(GridbotConfig config) {
        this.config = config;
        List<Instrument> list = new ArrayList<>();
        int id = 0;
        for (InstrumentConfig ic : config.instruments().values()) {
            list.add(new Instrument(id++, ic.symbol(), ic.tickSize(), ic.stepSize(), ic.minQty(), ic.minNotional(),
                    ic.makerFeePpm(), ic.takerFeePpm()));
        }
        this.instruments = new Instruments(list);
        this.moneyUnits = new MoneyUnits(list);
        this.strategies = List.copyOf(config.strategies());
        int n = strategies.size();
        this.gridSpecById = new GridSpec[n];
        this.instrumentOfStrategy = new int[n];
        this.accountOfStrategy = new int[n];
        this.bookOfStrategy = new int[n];
        if (config.accounts().isEmpty()) {
            accountNames.add(DEFAULT_ACCOUNT);
            accountConfigs.add(null);
        } else {
            for (AccountConfig account : config.accounts().values()) {
                accountNames.add(account.name());
                accountConfigs.add(account);
            }
        }
        List<GridSpec> specs = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            StrategyConfig sc = strategies.get(s);
            Instrument instrument = instruments.bySymbol(sc.symbol());
            instrumentOfStrategy[s] = instrument.id();
            accountOfStrategy[s] = sc.account() == null ? 0 : accountNames.indexOf(sc.account());
            if (sc instanceof GridStrategyConfig grid) {
                GridSpec spec = GridSpec.of(s, grid, config.instrument(grid.symbol()), instrument);
                specs.add(spec);
                gridSpecById[s] = spec;
            }
            int book = -1;
            for (int b = 0; b < books.size(); b++) {
                if (books.get(b)[0] == accountOfStrategy[s] && books.get(b)[1] == instrument.id()) {
                    book = b;
                }
            }
            if (book < 0) {
                book = books.size();
                books.add(new int[] {accountOfStrategy[s], instrument.id()});
            }
            bookOfStrategy[s] = book;
        }
        this.gridSpecs = List.copyOf(specs);
    }

    public GridbotConfig config() {
        return config;
    }

    public Instruments instruments() {
        return instruments;
    }

    public MoneyUnits moneyUnits() {
        return moneyUnits;
    }

    /** The grid strategies' specs (not indexed by strategy id when other strategy types are in the run). */
    public List<GridSpec> gridSpecs() {
        return gridSpecs;
    }

    /** The grid spec of strategy {@code strategyId}, or null when it is not a grid. */
    public GridSpec gridSpec(int strategyId) {
        return gridSpecById[strategyId];
    }

    public int strategyCount() {
        return strategies.size();
    }

    public StrategyConfig strategyConfig(int strategyId) {
        return strategies.get(strategyId);
    }

    public String strategyName(int strategyId) {
        return strategies.get(strategyId).name();
    }

    /** The instrument strategy {@code strategyId} trades. */
    public Instrument instrumentOf(int strategyId) {
        return instruments.byId(instrumentOfStrategy[strategyId]);
    }

    public int accountCount() {
        return accountNames.size();
    }

    public String accountName(int account) {
        return accountNames.get(account);
    }

    public boolean hedgeMode(int account) {
        AccountConfig a = accountConfigs.get(account);
        return a != null && a.hedgeMode();
    }

    public int bookCount() {
        return books.size();
    }

    /** Ids of strategies and books: what the strategy part of a client order id may be. */
    public int ownerCount() {
        return strategies.size() + books.size();
    }

    /** The account of an owner id: a strategy's id, or a book's ({@code strategyCount() + index}). */
    public int accountOf(int ownerId) {
        return ownerId < strategies.size() ? accountOfStrategy[ownerId] : books.get(ownerId - strategies.size())[0];
    }

    /** The instrument of book {@code index}. */
    public Instrument bookInstrument(int index) {
        return instruments.byId(books.get(index)[1]);
    }

    /** The account of book {@code index}. */
    public int bookAccount(int index) {
        return books.get(index)[0];
    }

    /** The index of the book strategy {@code strategyId} trades through. */
    public int bookOf(int strategyId) {
        return bookOfStrategy[strategyId];
    }

    /** A fresh business-logic handler whose books emit through {@code sink}. */
    public EngineLogic newLogic(OrderSink sink) {
        int n = strategies.size();
        List<AccountLimits> limits = new ArrayList<>();
        for (int a = 0; a < accountNames.size(); a++) {
            AccountRisk risk = accountConfigs.get(a) == null ? AccountRisk.DEFAULT : accountConfigs.get(a).risk();
            limits.add(new AccountLimits(accountNames.get(a), risk.maxOpenOrders(), risk.ordersPer10s(),
                    risk.ordersPerMinute()));
        }
        List<NettingBook> bookList = new ArrayList<>();
        for (int b = 0; b < books.size(); b++) {
            int account = books.get(b)[0];
            Instrument instrument = instruments.byId(books.get(b)[1]);
            AccountConfig ac = accountConfigs.get(account);
            BigDecimal cap = ac == null ? null : ac.risk().maxPosition();
            bookList.add(new NettingBook(n + b, instrument, hedgeMode(account), limits.get(account),
                    cap == null ? Long.MAX_VALUE : instrument.qtyToLotsFloor(cap), sink));
        }
        Strategy[] all = new Strategy[n];
        long[] multipliers = new long[n];
        for (int s = 0; s < n; s++) {
            all[s] = newStrategy(s, bookList.get(bookOfStrategy[s]), null);
            multipliers[s] = moneyUnits.multiplier(instrumentOf(s));
        }
        for (int b = 0; b < bookList.size(); b++) {
            List<Strategy> members = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (bookOfStrategy[s] == b) {
                    members.add(all[s]);
                }
            }
            bookList.get(b).attach(members.toArray(new Strategy[0]), all);
        }
        return new EngineLogic(List.of(all), bookList, instruments.size(), multipliers, new ConfigRevisions(this));
    }

    /**
     * Strategy {@code s} as this configuration builds it, trading through {@code book}; a target
     * strategy gets {@code signal} when not null (its own, kept warm across a change), else a fresh one.
     */
    private Strategy newStrategy(int s, NettingBook book, TargetSignal signal) {
        Instrument instrument = instrumentOf(s);
        if (strategies.get(s) instanceof TargetStrategyConfig target) {
            return new TargetStrategy(s, target.name(), instrument.id(),
                    signal != null ? signal : TargetSignals.of(target, instrument),
                    instrument.qtyToLotsFloor(target.maxPosition()), quoteToUnits(target.maxLoss(), instrument),
                    instrument.qtyToLotsFloor(target.execution().threshold()),
                    Math.multiplyExact(target.execution().chaseAfterMs(), NANOS_PER_MILLI),
                    target.execution().chaseTicks(), book);
        }
        return new GridStrategy(gridSpecById[s], book);
    }

    /**
     * Gives {@code current} (a strategy of a run built from {@code previous}) this configuration's
     * parameters, if its state allows (see {@link Strategy#reconfigure}). A target strategy whose
     * signal settings did not change keeps its signal and what the signal has seen. Runs on the
     * business-logic thread; allocates (a configuration change is not the hot path).
     *
     * @param previous the configuration {@code current} was built from, or last changed to
     * @param book     the book {@code current} trades through
     */
    public boolean reconfigure(Strategy current, RunDefinition previous, NettingBook book, long nowNanos) {
        int s = current.id();
        TargetSignal keep = null;
        if (current instanceof TargetStrategy target
                && onlyExecutionChanged(previous.strategyConfig(s), strategies.get(s))) {
            keep = target.signal();
        }
        return current.reconfigure(newStrategy(s, book, keep), nowNanos);
    }

    /**
     * True when two configurations of a target strategy differ in nothing its signal reads but the
     * cap, which a kept signal takes ({@link TargetSignal#resize}).
     */
    private static boolean onlyExecutionChanged(StrategyConfig before, StrategyConfig after) {
        for (String path : ConfigDiff.differences(before, after, "")) {
            if (!path.equals("maxPosition") && !path.equals("maxLoss") && !path.startsWith("execution")) {
                return false;
            }
        }
        return true;
    }

    /** A quote-currency amount in the instrument's money units, rounded down (the stop never comes later than configured). */
    private static long quoteToUnits(BigDecimal quote, Instrument instrument) {
        return quote.divide(instrument.moneyUnit(), 0, RoundingMode.FLOOR).longValueExact();
    }
}
