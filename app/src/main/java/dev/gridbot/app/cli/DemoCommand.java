package dev.gridbot.app.cli;

import dev.gridbot.app.backtest.BacktestJob;
import dev.gridbot.engine.pipeline.WaitStrategyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

/** {@code gridbot demo}: the embedded demo configuration over the bundled real trades. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Backtest the embedded config/examples/demo.yaml over the bundled real trades.")
public final class DemoCommand implements Callable<Integer> {
    static final String DEMO_RESOURCE = "/examples/demo.yaml";

    @Option(names = "--out", description = "Output directory (default: out/demo-<time>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path dir = out != null ? out
                : Path.of("out", "demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        new BacktestJob(demoConfig(), "demo.yaml (embedded)", null, dir, WaitStrategyKind.SLEEPING).run(System.out);
        return 0;
    }

    static String demoConfig() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IOException("the embedded demo configuration " + DEMO_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
