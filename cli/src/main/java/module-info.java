/**
 * motcua cli: the {@code motcua} command line.
 *
 * <p>It parses options, calls the library and prints; it holds no rules of its own. Its one API is
 * {@code io.github.motcua.cli.Motcua}, whose {@code main} and {@code run} start it.
 */
module io.github.motcua.cli {
    requires io.github.motcua.io;
    requires io.github.motcua.reporting;
    requires io.github.motcua.sample;
    requires info.picocli;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    // sun.misc.Signal: motcua serve reloads its master data on SIGHUP.
    requires jdk.unsupported;
    requires static org.jspecify;
    // The core values carry Jackson's annotations; tools that read them, such as javadoc, need them resolved.
    requires static com.fasterxml.jackson.annotation;

    exports io.github.motcua.cli;

    // picocli reads the commands' annotated fields reflectively.
    opens io.github.motcua.cli to
            info.picocli;
    opens io.github.motcua.cli.serve to
            info.picocli;
}
