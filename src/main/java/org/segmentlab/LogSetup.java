package org.segmentlab;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import org.segmentlab.core.AppDirs;

/**
 * SegmentLab's logging, set up in code when logback starts (it finds this class as a
 * {@link Configurator} service): everything at INFO and above (Smile's and Tablesaw's at WARN) goes
 * to the rolling log file {@link AppDirs#logFile()} (5 MB, then {@code .1} to {@code .3}), one
 * {@link LogLineLayout} line per event; nothing goes to the console, where the CLI prints its own
 * one-line messages, and logback's own status (a log folder it cannot write, …) is never printed.
 * When the folder cannot be written SegmentLab logs nowhere ({@link LogFileAppender}).
 *
 * <p>Set up this way rather than from a {@code logback.xml}, because reading the XML (an XML parser
 * and logback's configuration model, ~500 classes) cost every command about 0.2 s. A configuration
 * file given with {@code -Dlogback.configurationFile=…}, or a {@code logback-test.xml} on the class
 * path (the tests'), still wins: then this configurator steps aside and logback reads that file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String MAX_FILE_SIZE = "5MB";
    static final int KEPT_FILES = 3;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());

        String file = AppDirs.logFile().toString();
        LogFileAppender appender = new LogFileAppender();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        appender.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        appender.setTriggeringPolicy(trigger);

        LogLineLayout layout = new LogLineLayout();
        layout.setContext(context);
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        appender.setEncoder(encoder);

        rolling.start();
        trigger.start();
        layout.start();
        encoder.start();
        appender.start();

        context.getLogger("smile").setLevel(Level.WARN);
        context.getLogger("tech.tablesaw").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
