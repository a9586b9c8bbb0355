package dev.gridbot.app.cli;

import dev.gridbot.config.ConfigLoader;
import dev.gridbot.config.GridStrategyConfig;
import dev.gridbot.config.GridbotConfig;
import dev.gridbot.config.StrategyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gridbot config check FILE}. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Configuration tools.",
        subcommands = ConfigCommand.Check.class)
public final class ConfigCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Validates a configuration file without running anything. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a configuration file; exit 2 with one message naming file, strategy and key if bad.")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", description = "Configuration file (YAML).")
        Path file;

        @Override
        public Integer call() throws Exception {
            GridbotConfig config = ConfigLoader.load(file);
            System.out.printf("%s: OK — venue %s, %d instrument(s), %d strateg%s%n", file, config.venue().kind(),
                    config.instruments().size(), config.strategies().size(),
                    config.strategies().size() == 1 ? "y" : "ies");
            for (StrategyConfig s : config.strategies()) {
                if (s instanceof GridStrategyConfig g) {
                    System.out.printf("  %s: %s grid on %s, %s–%s, %d levels (%s), %s per level, cap %s per side, "
                                    + "stop %s%% beyond the range%n", g.name(), g.mode().name().toLowerCase(), g.symbol(),
                            g.lower().toPlainString(), g.upper().toPlainString(), g.levels(),
                            g.spacing().name().toLowerCase(), g.quantity().toPlainString(),
                            g.maxPosition().toPlainString(), g.stopLossBufferPct().toPlainString());
                }
            }
            return 0;
        }
    }
}
