package dev.gridbot.app;

import dev.gridbot.app.cli.BacktestCommand;
import dev.gridbot.app.cli.ConfigCommand;
import dev.gridbot.app.cli.ControlCommands;
import dev.gridbot.app.cli.DemoCommand;
import dev.gridbot.app.cli.ExportCommand;
import dev.gridbot.app.cli.LogCommand;
import dev.gridbot.app.cli.ReplayCommand;
import dev.gridbot.app.cli.ReportCommand;
import dev.gridbot.app.cli.RunCommand;
import dev.gridbot.app.cli.SimCommand;
import dev.gridbot.app.cli.StatsCommand;
import dev.gridbot.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gridbot command line: {@code gridbot demo | backtest | replay | config check}. */
@Command(name = "gridbot", mixinStandardHelpOptions = true, version = "gridbot 0.1.0",
        description = "Grid-trading engine for USDT-margined perpetual futures.",
        subcommands = {DemoCommand.class, RunCommand.class, BacktestCommand.class, ReplayCommand.class,
            ConfigCommand.class, SimCommand.class, ControlCommands.Status.class, ControlCommands.Pause.class,
            ControlCommands.Resume.class, ControlCommands.Stop.class, ControlCommands.Start.class,
            ControlCommands.Reconfigure.class,
            StatsCommand.class, LogCommand.class, ExportCommand.class, ReportCommand.class})
public final class Main implements Runnable {
    /** Exit code of a refused configuration or command line. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code of a run that failed or did not verify. */
    public static final int EXIT_FAILED = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException) {
                commandLine.getErr().println(ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof UserInputException) {
                commandLine.getErr().println("gridbot: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println("gridbot: " + ex.getMessage());
            if (Boolean.getBoolean("gridbot.debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }
}
