package dev.gridbot.gateway.sim.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SimServer} starts with: where it binds (127.0.0.1 and a free port by default; any
 * other address only with {@link Builder#allowNonLoopback()}), its accounts and instruments, the
 * market data it replays, its rate limits, how often it pings WebSocket clients (and how long it
 * waits for a pong) and how long a listenKey lives without a keep-alive. Immutable; built with
 * {@link #builder()}.
 */
public final class SimServerConfig {
    private final String host;
    private final int port;
    private final boolean allowNonLoopback;
    private final List<SimAccountConfig> accounts;
    private final List<SimInstrumentConfig> instruments;
    private final SimDataSource data;
    private final SimRateLimits rateLimits;
    private final Duration pingInterval;
    private final Duration pongTimeout;
    private final Duration listenKeyValidity;
    private final int defaultLeverage;
    private final boolean startPaused;

    private SimServerConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.allowNonLoopback = b.allowNonLoopback;
        this.accounts = List.copyOf(b.accounts);
        this.instruments = List.copyOf(b.instruments.isEmpty() ? List.of(SimInstrumentConfig.btcusdt()) : b.instruments);
        this.data = b.data;
        this.rateLimits = b.rateLimits;
        this.pingInterval = b.pingInterval;
        this.pongTimeout = b.pongTimeout;
        this.listenKeyValidity = b.listenKeyValidity;
        this.defaultLeverage = b.defaultLeverage;
        this.startPaused = b.startPaused;
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("the simulated venue needs at least one account");
        }
        List<String> keys = new ArrayList<>();
        for (SimAccountConfig account : accounts) {
            if (keys.contains(account.apiKey())) {
                throw new IllegalArgumentException("duplicate API key: " + account.apiKey());
            }
            keys.add(account.apiKey());
        }
        List<String> symbols = new ArrayList<>();
        for (SimInstrumentConfig instrument : instruments) {
            if (symbols.contains(instrument.symbol())) {
                throw new IllegalArgumentException("duplicate symbol: " + instrument.symbol());
            }
            symbols.add(instrument.symbol());
        }
        if (!data.isNone() && !symbols.contains(data.symbol())) {
            throw new IllegalArgumentException("the data source's symbol is not an instrument: " + data.symbol());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean allowNonLoopback() {
        return allowNonLoopback;
    }

    public List<SimAccountConfig> accounts() {
        return accounts;
    }

    public List<SimInstrumentConfig> instruments() {
        return instruments;
    }

    public SimDataSource data() {
        return data;
    }

    public SimRateLimits rateLimits() {
        return rateLimits;
    }

    public Duration pingInterval() {
        return pingInterval;
    }

    public Duration pongTimeout() {
        return pongTimeout;
    }

    public Duration listenKeyValidity() {
        return listenKeyValidity;
    }

    /** True when the replay waits for {@link SimFaults#resumeMarketData()} before its first trade. */
    public boolean startPaused() {
        return startPaused;
    }

    public int defaultLeverage() {
        return defaultLeverage;
    }

    /** Collects a {@link SimServerConfig}; not thread-safe. */
    public static final class Builder {
        private boolean startPaused;

        /** Holds the replay until {@link SimFaults#resumeMarketData()} (a client connects first). */
        public Builder startPaused() {
            this.startPaused = true;
            return this;
        }

        private String host = "127.0.0.1";
        private int port;
        private boolean allowNonLoopback;
        private final List<SimAccountConfig> accounts = new ArrayList<>();
        private final List<SimInstrumentConfig> instruments = new ArrayList<>();
        private SimDataSource data = SimDataSource.none();
        private SimRateLimits rateLimits = SimRateLimits.binanceDefaults();
        private Duration pingInterval = Duration.ofMinutes(3);
        private Duration pongTimeout = Duration.ofMinutes(10);
        private Duration listenKeyValidity = Duration.ofMinutes(60);
        private int defaultLeverage = 20;

        private Builder() {
        }

        /** The address to bind; anything but a loopback address is refused at start unless allowed. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** 0 (the default) binds a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder allowNonLoopback() {
            this.allowNonLoopback = true;
            return this;
        }

        public Builder account(SimAccountConfig account) {
            accounts.add(Objects.requireNonNull(account));
            return this;
        }

        /** Without any, the venue lists {@link SimInstrumentConfig#btcusdt()}. */
        public Builder instrument(SimInstrumentConfig instrument) {
            instruments.add(Objects.requireNonNull(instrument));
            return this;
        }

        public Builder data(SimDataSource data) {
            this.data = Objects.requireNonNull(data);
            return this;
        }

        public Builder rateLimits(SimRateLimits rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits);
            return this;
        }

        public Builder pingInterval(Duration pingInterval) {
            this.pingInterval = positive(pingInterval, "ping interval");
            return this;
        }

        public Builder pongTimeout(Duration pongTimeout) {
            this.pongTimeout = positive(pongTimeout, "pong timeout");
            return this;
        }

        public Builder listenKeyValidity(Duration validity) {
            this.listenKeyValidity = positive(validity, "listenKey validity");
            return this;
        }

        /** The leverage of every symbol until POST /fapi/v1/leverage changes it (default 20). */
        public Builder defaultLeverage(int leverage) {
            if (leverage < 1 || leverage > 125) {
                throw new IllegalArgumentException("leverage must be 1..125: " + leverage);
            }
            this.defaultLeverage = leverage;
            return this;
        }

        public SimServerConfig build() {
            return new SimServerConfig(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive: " + d);
            }
            return d;
        }
    }
}
