package dev.gridbot.app.control;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.engine.RunDefinition;
import dev.gridbot.engine.event.InboundEvent;
import dev.gridbot.engine.grid.GridState;
import dev.gridbot.engine.grid.LevelState;
import dev.gridbot.engine.model.ControlCommand;
import dev.gridbot.engine.model.Instrument;
import dev.gridbot.engine.pipeline.EnginePipeline;
import dev.gridbot.engine.pipeline.InboundPublisher;
import dev.gridbot.engine.strategy.EngineLogic;
import dev.gridbot.engine.strategy.StatusBoard;
import dev.gridbot.engine.strategy.Strategy;
import dev.gridbot.engine.time.Clock;
import dev.gridbot.journal.Journal;
import dev.gridbot.journal.JournalException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The control endpoint of a running engine, on loopback only (Netty HTTP):
 * <ul>
 *   <li>{@code GET /health}: 200 while the engine runs, 503 once it halted; no token needed.</li>
 *   <li>{@code GET /status[?strategy=NAME][&log=N]}: the strategies' state, position, orders, PnL,
 *       last refusal, the accounts' venue and virtual positions, the venue connection, and the last
 *       N entries of the trade log the process keeps (JSON).</li>
 *   <li>{@code POST /pause|/resume|/stop|/start?strategy=NAME}: an operator's command. It enters
 *       the engine as a journaled event; the answer says whether the engine applied or refused it.</li>
 *   <li>{@code POST /config[?name=FILE]} with a whole configuration (YAML) as the body: the
 *       strategies whose parameters it changes take it, if each is paused or stopped
 *       ({@link ConfigChange} says what may change). It is journaled as a configuration revision,
 *       then enters the engine as one control event per strategy.</li>
 *   <li>{@code GET /metrics}: Prometheus text format.</li>
 * </ul>
 * Every request but {@code /health} needs {@code Authorization: Bearer <token>}, the token the run
 * writes to an owner-only file ({@link ControlFile}). One I/O thread; a command waits (at most
 * {@link #COMMAND_WAIT_MILLIS}) for the engine to have handled it.
 */
public final class ControlServer implements AutoCloseable {
    static final long COMMAND_WAIT_MILLIS = 3_000;
    /** Trade-log entries {@code /status} shows unless {@code log=N} asks for another number. */
    static final int DEFAULT_LOG_LINES = 20;

    private final RunDefinition definition;
    private final GridbotConfig written;
    private final EnginePipeline pipeline;
    private final EngineMetrics metrics;
    private final RecentEvents recent;
    private final RecentLogText logText;
    private final Journal journal;
    private final BooleanSupplier connected;
    private final byte[] token;
    private final EventLoopGroup group;
    private final Channel channel;
    private final InboundPublisher publisher;
    private final Clock clock;
    private final JsonFactory json = new JsonFactory();

    /**
     * @param written the configuration the run started with as its journal header has it (a demo
     *                runs it at another venue): what a changed configuration is compared with
     */
    public ControlServer(RunDefinition definition, GridbotConfig written, EnginePipeline pipeline,
                         EngineMetrics metrics, RecentEvents recent, Journal journal, BooleanSupplier connected,
                         String token, Clock clock, int port) throws InterruptedException {
        this.definition = definition;
        this.written = written;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.recent = recent;
        this.logText = new RecentLogText(definition);
        this.journal = journal;
        this.connected = connected;
        this.token = ("Bearer " + token).getBytes(StandardCharsets.US_ASCII);
        this.clock = clock;
        this.publisher = new InboundPublisher(pipeline.inboundRing());
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024),
                                    new Handler());
                        }
                    });
            this.channel = bootstrap.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).sync()
                    .channel();
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The port it listens on (loopback). */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            QueryStringDecoder query = new QueryStringDecoder(request.uri());
            String path = query.path();
            Answer answer;
            try {
                if (path.equals("/health")) {
                    answer = pipeline.health().halted()
                            ? new Answer(503, "text/plain", "halted: " + pipeline.health().failure() + "\n")
                            : new Answer(200, "text/plain", "ok\n");
                } else if (!authorized(request)) {
                    answer = new Answer(401, "text/plain", "a valid bearer token is required\n");
                } else {
                    answer = path.equals("/config") ? reconfigure(request, parameter(query, "name"))
                            : route(request.method(), path, parameter(query, "strategy"), parameter(query, "log"));
                }
            } catch (RuntimeException e) {
                answer = new Answer(500, "text/plain", "control endpoint failed: " + e + "\n");
            }
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(answer.status()),
                    Unpooled.copiedBuffer(answer.body(), StandardCharsets.UTF_8));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, answer.contentType() + "; charset=utf-8");
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            // One request per connection: say so, or a client may reuse a connection this side closes.
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private boolean authorized(FullHttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        return header != null && MessageDigest.isEqual(token, header.getBytes(StandardCharsets.US_ASCII));
    }

    private static String parameter(QueryStringDecoder query, String name) {
        List<String> values = query.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private Answer route(HttpMethod method, String path, String strategy, String log) {
        if (method.equals(HttpMethod.GET) && path.equals("/status")) {
            int id = strategy == null ? -1 : strategyId(strategy);
            if (strategy != null && id < 0) {
                return unknownStrategy(strategy);
            }
            if (log != null && !log.matches("\\d{1,6}")) {
                return new Answer(400, "text/plain", "log=N wants a number of entries\n");
            }
            return new Answer(200, "application/json", status(id, log == null ? DEFAULT_LOG_LINES
                    : Integer.parseInt(log)));
        }
        if (method.equals(HttpMethod.GET) && path.equals("/metrics")) {
            return new Answer(200, "text/plain; version=0.0.4", PrometheusText.render(definition, pipeline, metrics,
                    journal, connected.getAsBoolean()));
        }
        ControlCommand command = path.length() > 1 ? commandOf(path.substring(1)) : null;
        if (command != null) {
            if (!method.equals(HttpMethod.POST)) {
                return new Answer(405, "text/plain", "use POST for " + path + "\n");
            }
            if (strategy == null) {
                return new Answer(400, "text/plain", "name the strategy: " + path + "?strategy=NAME\n");
            }
            int id = strategyId(strategy);
            return id < 0 ? unknownStrategy(strategy) : command(command, id);
        }
        return new Answer(404, "text/plain", "no " + method + " " + path
                + " (GET /status, /metrics, /health; POST /pause, /resume, /stop, /start, /config)\n");
    }

    private Answer unknownStrategy(String name) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < definition.strategyCount(); i++) {
            names.append(i == 0 ? "" : ", ").append(definition.strategyName(i));
        }
        return new Answer(404, "text/plain", "no strategy '" + name + "' (strategies: " + names + ")\n");
    }

    private static ControlCommand commandOf(String name) {
        for (ControlCommand c : ControlCommand.values()) {
            if (c != ControlCommand.RECONFIGURE && c.name().toLowerCase(Locale.ROOT).equals(name)) {
                return c;
            }
        }
        return null;
    }

    private int strategyId(String name) {
        for (int i = 0; i < definition.strategyCount(); i++) {
            if (definition.strategyName(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Publishes the command and waits until the engine has applied or refused it. */
    private Answer command(ControlCommand command, int id) {
        String result = publishAndWait(e -> e.setControl(clock.epochNanos(), definition.instrumentOf(id).id(), id,
                command.ordinal()));
        if (result == null) {
            return ringFull();
        }
        StatusBoard board = pipeline.logic().statusBoard();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = json.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("strategy", definition.strategyName(id));
            g.writeStringField("command", command.name().toLowerCase(Locale.ROOT));
            g.writeStringField("result", result);
            g.writeStringField("state", stateName(board, id));
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Answer(result.equals("refused") ? 409 : 200, "application/json", w + "\n");
    }

    /**
     * Publishes one control event, filled by {@code fill}, and waits (at most
     * {@link #COMMAND_WAIT_MILLIS}) for the engine's verdict: "applied", "refused", or "pending" when
     * it has not handled it yet; null when the ring had no room (nothing was published).
     */
    private String publishAndWait(java.util.function.Consumer<InboundEvent> fill) {
        StatusBoard board = pipeline.logic().statusBoard();
        long before = board.controlsApplied() + board.controlsRefused();
        long appliedBefore = board.controlsApplied();
        InboundEvent e = publisher.claim();
        if (e == null) {
            return null;
        }
        fill.accept(e);
        publisher.publish();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(COMMAND_WAIT_MILLIS);
        while (board.controlsApplied() + board.controlsRefused() == before && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return board.controlsApplied() + board.controlsRefused() == before ? "pending"
                : board.controlsApplied() > appliedBefore ? "applied" : "refused";
    }

    private static Answer ringFull() {
        return new Answer(503, "text/plain", "the engine's inbound ring is full; try again\n");
    }

    /**
     * A changed configuration: checked against what the engine runs ({@link ConfigChange}), journaled
     * as the next revision, then one reconfigure event per changed strategy, each answered with the
     * engine's verdict. A journal that cannot be written refuses the change: it would not replay.
     */
    private Answer reconfigure(FullHttpRequest request, String name) {
        if (!request.method().equals(HttpMethod.POST)) {
            return new Answer(405, "text/plain", "use POST for /config, with the configuration as the body\n");
        }
        String text = request.content().toString(StandardCharsets.UTF_8);
        String source = name == null || name.isBlank() ? "control endpoint" : name;
        RunDefinition next;
        try {
            next = new RunDefinition(ConfigLoader.parse(text, source));
        } catch (ConfigException | RuntimeException e) {
            return new Answer(400, "text/plain", "the configuration does not load: " + e.getMessage() + "\n");
        }
        EngineLogic logic = pipeline.logic();
        ConfigChange change = ConfigChange.of(written, logic.revisions(), logic.statusBoard(), next);
        if (!change.refusals().isEmpty()) {
            return new Answer(change.structural() ? 400 : 409, "application/json",
                    changeJson(-1, "refused", change, null, change.refusals()));
        }
        if (change.changed().isEmpty()) {
            return new Answer(200, "application/json", changeJson(-1, "unchanged", change, null, List.of()));
        }
        if (journal.degraded()) {
            return new Answer(503, "text/plain", "the journal cannot be written now (" + journal.lastWriteFailure()
                    + "): a change it cannot hold would not replay; try again once it recovers\n");
        }
        int revision;
        try {
            revision = change.record(journal, logic.revisions(), text, source);
        } catch (JournalException e) {
            return new Answer(503, "text/plain", e.getMessage() + "; the change is not made\n");
        }
        String[] results = new String[change.changed().size()];
        boolean allApplied = true;
        for (int i = 0; i < results.length; i++) {
            int id = change.changed().get(i).id();
            results[i] = publishAndWait(e -> e.setReconfigure(clock.epochNanos(), definition.instrumentOf(id).id(), id,
                    revision));
            if (results[i] == null) {
                results[i] = "not sent: the engine's inbound ring is full";
            }
            allApplied &= results[i].equals("applied");
        }
        return new Answer(allApplied ? 200 : 409, "application/json",
                changeJson(revision, allApplied ? "applied" : "not all applied", change, results, List.of()));
    }

    private String changeJson(int revision, String result, ConfigChange change, String[] results, List<String> reasons) {
        StatusBoard board = pipeline.logic().statusBoard();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = json.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("result", result);
            if (revision >= 0) {
                g.writeNumberField("revision", revision);
            }
            g.writeArrayFieldStart("strategies");
            for (int i = 0; i < change.changed().size(); i++) {
                ConfigChange.Changed c = change.changed().get(i);
                g.writeStartObject();
                g.writeStringField("strategy", c.name());
                g.writeArrayFieldStart("changed");
                for (String setting : c.settings()) {
                    g.writeString(setting);
                }
                g.writeEndArray();
                g.writeBooleanField("levelsMove", c.movesLevels());
                if (results != null) {
                    g.writeStringField("result", results[i]);
                }
                g.writeStringField("state", stateName(board, c.id()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (String reason : reasons) {
                g.writeString(reason);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w + "\n";
    }

    /** running, paused, waiting, stopping, stopped, stop-loss; "safe mode" overrides while it lasts. */
    static String stateName(StatusBoard board, int id) {
        int conditions = board.conditions(id);
        if ((conditions & Strategy.SAFE_MODE) != 0) {
            return "safe mode";
        }
        if ((conditions & Strategy.STOP_LOSS) != 0) {
            return "stop-loss";
        }
        return GridState.values()[board.state(id)].name().toLowerCase(Locale.ROOT);
    }

    private String status(int only, int logLines) {
        StatusBoard board = pipeline.logic().statusBoard();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = json.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("venue", connected.getAsBoolean() ? "connected" : "disconnected");
            g.writeBooleanField("engineHalted", pipeline.health().halted());
            g.writeArrayFieldStart("strategies");
            for (int id = 0; id < definition.strategyCount(); id++) {
                if (only >= 0 && id != only) {
                    continue;
                }
                Instrument inst = definition.instrumentOf(id);
                g.writeStartObject();
                g.writeStringField("name", definition.strategyName(id));
                g.writeStringField("type", definition.strategyConfig(id).type());
                g.writeStringField("account", definition.accountName(definition.accountOf(id)));
                g.writeStringField("symbol", inst.symbol());
                g.writeStringField("state", stateName(board, id));
                g.writeNumberField("configRevision", board.revision(id));
                g.writeBooleanField("throttled", (board.conditions(id) & Strategy.THROTTLED) != 0);
                g.writeStringField("position", inst.lotsToQty(board.netLots(id)).stripTrailingZeros().toPlainString());
                g.writeNumberField("workingOrders", board.workingOrders(id));
                g.writeStringField("realizedPnl", money(inst, board.realizedUnits(id)));
                g.writeStringField("unrealizedPnl", money(inst, board.unrealizedUnits(id)));
                g.writeStringField("fees", money(inst, board.feeUnits(id)));
                g.writeNumberField("fills", board.fills(id));
                g.writeNumberField("rejects", board.rejects(id));
                g.writeNumberField("lastRejectCode", board.lastRejectCode(id));
                writeLevels(g, board, id, inst);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("accounts");
            for (int b = 0; b < definition.bookCount(); b++) {
                Instrument inst = definition.bookInstrument(b);
                g.writeStartObject();
                g.writeStringField("account", definition.accountName(definition.bookAccount(b)));
                g.writeStringField("symbol", inst.symbol());
                StatusBoard.BookPositions positions = board.bookPositions(b);
                g.writeStringField("venuePosition", inst.lotsToQty(positions.venueLots()).stripTrailingZeros()
                        .toPlainString());
                g.writeStringField("virtualPosition", inst.lotsToQty(positions.virtualLots()).stripTrailingZeros()
                        .toPlainString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("recentLog");
            String name = only >= 0 ? definition.strategyName(only) : null;
            int written = 0;
            java.util.List<RecentEvents.Entry> entries = recent.last(Integer.MAX_VALUE);
            java.util.List<RecentLogText.Line> lines = new java.util.ArrayList<>();
            for (int i = entries.size() - 1; i >= 0 && written < logLines; i--) {
                RecentLogText.Line line = logText.format(entries.get(i));
                if (name == null || name.equals(line.who())) {
                    lines.add(0, line);
                    written++;
                }
            }
            for (RecentLogText.Line line : lines) {
                g.writeStartObject();
                g.writeStringField("time", line.time());
                g.writeStringField("type", line.type());
                g.writeStringField("who", line.who());
                g.writeStringField("text", line.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("positionMismatches", board.positionMismatches());
            g.writeBooleanField("journalDegraded", journal.degraded());
            g.writeNumberField("journalDropped", journal.droppedEvents());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    /** The levels with an order or a position: price, state, the working order's side, the quantity held. */
    private static void writeLevels(JsonGenerator g, StatusBoard board, int id, Instrument inst) throws IOException {
        if (board.levels(id) == 0) {
            return;
        }
        g.writeArrayFieldStart("levels");
        for (int level = board.levels(id) - 1; level >= 0; level--) {
            long word = board.levelWord(id, level);
            LevelState state = LevelState.values()[(int) ((word >> 1) & 7)];
            long open = board.levelOpenLots(id, level);
            if (state == LevelState.IDLE && open == 0) {
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("level", level);
            g.writeStringField("price", inst.ticksToPrice(word >>> 8).stripTrailingZeros().toPlainString());
            g.writeStringField("state", state.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (state == LevelState.ENTRY_WORKING || state == LevelState.EXIT_WORKING) {
                g.writeStringField("order", (word & 1) == 1 ? "SELL" : "BUY");
            }
            g.writeStringField("open", inst.lotsToQty(open).stripTrailingZeros().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String money(Instrument inst, long units) {
        return inst.unitsToQuote(units).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    record Answer(int status, String contentType, String body) {
    }
}
