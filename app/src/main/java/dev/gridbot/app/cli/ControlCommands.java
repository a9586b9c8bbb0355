package dev.gridbot.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gridbot.app.UserInputException;
import dev.gridbot.app.control.ControlFile;
import dev.gridbot.config.ConfigException;
import dev.gridbot.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The commands that talk to a running {@code ./gridbot run} (or demo) over its control endpoint:
 * status, pause, resume, stop, start, reconfigure. They find the run by its output directory ({@code --run}, by
 * default the newest run under {@code out/} that is running) and authenticate with the token the
 * run wrote there for its owner.
 */
public final class ControlCommands {
    private ControlCommands() {
    }

    /** Options every control command has. */
    public static class Target {
        @Option(names = "--run", paramLabel = "DIR",
                description = "Output directory of the running engine (default: the newest running one under out/).")
        Path run;

        ControlFile controlFile() throws IOException {
            Path dir = run != null ? run : newestRunning(Path.of("out"))
                    .orElseThrow(() -> new UserInputException("no running engine under out/ (name one with --run DIR)"));
            return ControlFile.read(dir);
        }
    }

    static Optional<Path> newestRunning(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(out)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(ControlFile.NAME)))
                    .max(Comparator.comparingLong(d -> d.resolve(ControlFile.NAME).toFile().lastModified()));
        }
    }

    /** One HTTP exchange with the control endpoint; an engine that is gone is said plainly. */
    static HttpResponse<String> exchange(ControlFile control, String method, String pathAndQuery) throws IOException {
        return exchange(control, method, pathAndQuery, HttpRequest.BodyPublishers.noBody());
    }

    static HttpResponse<String> exchange(ControlFile control, String method, String pathAndQuery,
                                         HttpRequest.BodyPublisher body) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + control.token())
                .method(method, body).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new UserInputException("the engine's control endpoint (port " + control.port()
                    + ") does not answer: the run has ended, or another --run was meant", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show a running engine's strategies: state, position, orders, PnL, last refusal, venue.")
    public static final class Status extends Target implements Callable<Integer> {
        @Option(names = "--strategy", paramLabel = "NAME", description = "Only this strategy.")
        String strategy;

        @Option(names = "--json", description = "Print the endpoint's JSON as it is (for machines).")
        boolean json;

        @Option(names = "--log", paramLabel = "N", defaultValue = "10",
                description = "How many of the last trade-log entries to show (default ${DEFAULT-VALUE}).")
        int log;

        @Override
        public Integer call() throws IOException {
            if (log < 0) {
                throw new UserInputException("--log wants a number of entries, not " + log);
            }
            HttpResponse<String> r = exchange(controlFile(), "GET", "/status?log=" + log
                    + (strategy == null ? "" : "&strategy=" + encode(strategy)));
            PrintStream out = System.out;
            if (r.statusCode() != 200) {
                System.err.print("gridbot status: " + r.body());
                return 1;
            }
            out.print(json ? r.body() : table(r.body()));
            return 0;
        }
    }

    /** pause, resume, stop and start share everything but the verb. */
    public abstract static class Verb extends Target implements Callable<Integer> {
        @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "The strategy.")
        String strategy;

        abstract String verb();

        @Override
        public Integer call() throws IOException {
            HttpResponse<String> r = exchange(controlFile(), "POST", "/" + verb() + "?strategy=" + encode(strategy));
            String body = r.body().strip();
            if (r.statusCode() == 200) {
                System.out.println(strategy + ": " + verb() + " " + field(body, "result") + "; now "
                        + field(body, "state"));
                return 0;
            }
            if (r.statusCode() == 409) {
                System.err.println(strategy + ": " + verb() + " refused in state " + field(body, "state"));
                return 1;
            }
            System.err.println("gridbot " + verb() + ": " + body);
            return 1;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a strategy: no new orders; working orders and positions are kept.")
    public static final class Pause extends Verb {
        @Override
        String verb() {
            return "pause";
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused strategy from its current state.")
    public static final class Resume extends Verb {
        @Override
        String verb() {
            return "resume";
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop a strategy: cancel its orders, close its position, then STOPPED.")
    public static final class Stop extends Verb {
        @Override
        String verb() {
            return "stop";
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a stopped strategy again from its configuration.")
    public static final class Start extends Verb {
        @Override
        String verb() {
            return "start";
        }
    }

    @Command(name = "reconfigure", mixinStandardHelpOptions = true,
            description = {"Give a running engine a changed configuration: the strategies whose parameters it "
                    + "changes take it, each only if paused or stopped (moving a grid's levels needs it stopped).",
                    "The venue, instruments, accounts and the list of strategies stay as the run started."})
    public static final class Reconfigure extends Target implements Callable<Integer> {
        @Option(names = "--config", required = true, paramLabel = "FILE",
                description = "The whole configuration (YAML), as the run should go on.")
        Path config;

        @Option(names = "--json", description = "Print the endpoint's JSON as it is (for machines).")
        boolean json;

        @Override
        public Integer call() throws IOException, ConfigException {
            String text = ConfigLoader.readText(config);
            HttpResponse<String> r = exchange(controlFile(), "POST", "/config?name=" + encode(config.toString()),
                    HttpRequest.BodyPublishers.ofString(text));
            if (json) {
                System.out.print(r.body());
                return r.statusCode() == 200 ? 0 : 1;
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                System.err.print("gridbot reconfigure: " + r.body());
                return 1;
            }
            JsonNode answer = JSON.readTree(r.body());
            PrintStream to = r.statusCode() == 200 ? System.out : System.err;
            String result = answer.path("result").asText();
            to.println("gridbot reconfigure: " + result + (answer.has("revision")
                    ? " (configuration revision " + answer.path("revision").asText() + ")" : ""));
            for (JsonNode s : answer.path("strategies")) {
                List<String> changed = new ArrayList<>();
                s.path("changed").forEach(c -> changed.add(c.asText()));
                to.println("  " + s.path("strategy").asText() + ": " + String.join(", ", changed)
                        + (s.path("levelsMove").asBoolean() ? " (levels move)" : "")
                        + (s.has("result") ? " -> " + s.path("result").asText() : "") + "; now "
                        + s.path("state").asText());
            }
            for (JsonNode reason : answer.path("reasons")) {
                to.println("  refused: " + reason.asText());
            }
            return r.statusCode() == 200 ? 0 : 1;
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text value of a top-level field of a small JSON object, or "?". */
    static String field(String json, String name) throws IOException {
        JsonNode value = JSON.readTree(json).get(name);
        return value == null || !value.isValueNode() ? "?" : value.asText();
    }

    /** The status JSON as a table a person reads. */
    static String table(String json) throws IOException {
        JsonNode status = JSON.readTree(json);
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-16s %-14s %-10s %12s %7s %12s %12s %7s %s%n", "strategy", "type", "state",
                "position", "orders", "realized", "unrealized", "fills", "last reject"));
        for (JsonNode s : status.path("strategies")) {
            String code = s.path("lastRejectCode").asText();
            b.append(String.format("%-16s %-14s %-10s %12s %7s %12s %12s %7s %s%n", s.path("name").asText(),
                    s.path("type").asText(), s.path("state").asText(), s.path("position").asText(),
                    s.path("workingOrders").asText(), s.path("realizedPnl").asText(),
                    s.path("unrealizedPnl").asText(), s.path("fills").asText(), "0".equals(code) ? "-" : code));
            // A grid's levels with an order or a position, one line each, top price first.
            for (JsonNode l : s.path("levels")) {
                b.append(String.format("    level %4s @ %-12s %-15s %-5s holds %s%n", l.path("level").asText(),
                        l.path("price").asText(), l.path("state").asText(), l.path("order").asText(""),
                        l.path("open").asText()));
            }
        }
        for (JsonNode a : status.path("accounts")) {
            b.append(String.format("account %s %s: venue position %s, strategies' %s%n", a.path("account").asText(),
                    a.path("symbol").asText(), a.path("venuePosition").asText(), a.path("virtualPosition").asText()));
        }
        b.append("venue: ").append(status.path("venue").asText("?")).append('\n');
        if (!status.path("recentLog").isEmpty()) {
            b.append("recent log:\n");
            for (JsonNode e : status.path("recentLog")) {
                b.append(String.format("  %s %-5s %-14s %s%n", e.path("time").asText(), e.path("type").asText(),
                        e.path("who").asText(), e.path("text").asText()));
            }
        }
        return b.toString();
    }
}
