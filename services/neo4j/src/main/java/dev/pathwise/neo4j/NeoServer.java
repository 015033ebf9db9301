// Starts an in-process Neo4j (neo4j-harness, community edition) with Bolt on 127.0.0.1:$NEO4J_PORT and
// stays up until the process is stopped (SIGTERM runs the shutdown hook). Prints "PATHWISE_NEO4J_READY <uri>"
// once Bolt answers; with NEO4J_EXIT_ON_STDIN_EOF=1 it exits when its stdin closes. Auth is disabled, as
// the harness does by default; drivers may send any credentials.
package dev.pathwise.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** The development and test Neo4j of Pathwise. */
public final class NeoServer {
  private NeoServer() {}

  /**
   * Starts Neo4j and blocks until the JVM is asked to stop.
   *
   * @param args unused; configuration comes from NEO4J_PORT, NEO4J_HOST, NEO4J_PAGECACHE_BYTES,
   *     NEO4J_EXIT_ON_STDIN_EOF
   */
  public static void main(String[] args) throws Exception {
    String host = env("NEO4J_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    // The harness runs in a fresh subdirectory of this one and deletes it on close: data is throw-away.
    Path work = Files.createTempDirectory("pathwise-neo4j-");

    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(work)
        .withDisabledServer()
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .withConfig(HttpConnector.enabled, false)
        .withConfig(GraphDatabaseSettings.auth_enabled, false)
        .withConfig(GraphDatabaseSettings.pagecache_memory, Long.parseLong(env("NEO4J_PAGECACHE_BYTES", "268435456")))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      neo4j.close();
      try {
        Files.deleteIfExists(work); // the harness removed its own directory inside it
      } catch (java.io.IOException ignored) {
        // left behind: an empty temporary directory
      }
      stopped.countDown();
    }));
    if ("1".equals(System.getenv("NEO4J_EXIT_ON_STDIN_EOF"))) {
      // Started by a test harness: when the parent dies, stdin closes and Neo4j goes with it.
      Thread watcher = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // discard
          }
        } catch (java.io.IOException ignored) {
          // treat as closed
        }
        System.exit(0);
      });
      watcher.setDaemon(true);
      watcher.start();
    }
    System.out.println("PATHWISE_NEO4J_READY " + neo4j.boltURI());
    System.out.flush();
    stopped.await();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
